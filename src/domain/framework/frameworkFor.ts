import { FRAMEWORKS } from "./frameworks";
import type { Framework } from "./types";

/**
 * Returns the framework of a fiscal year (BE). A year we have no data for takes the nearest
 * known year's framework (the ten indicators have not changed since 2563), marked with the
 * year asked for.
 *
 * @example frameworkFor(2568).bands[1].label.th //=> "ผ่านดี"
 */
export function frameworkFor(year: number): Framework {
  const exact = FRAMEWORKS[year];
  if (exact) return exact;
  const years = Object.keys(FRAMEWORKS).map(Number);
  const nearest = years.reduce((best, y) =>
    Math.abs(y - year) < Math.abs(best - year) ? y : best,
  );
  const base = FRAMEWORKS[nearest] as Framework;
  return { ...base, year, status: { ...base.status, items: "U" } };
}

/** The band a 2-decimal total falls in, floor inclusive, no gaps. */
export function bandFor(framework: Framework, total: number) {
  return framework.bands.find((band) => total >= band.min) ?? null;
}
