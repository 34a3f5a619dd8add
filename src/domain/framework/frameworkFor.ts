import type { ToolCode } from "../types";
import { FRAMEWORKS } from "./frameworks";
import type { Band, Framework } from "./types";

/** The fiscal years (BE) we hold a framework for, oldest first: the one list of them. */
export function knownYears(): number[] {
  return Object.keys(FRAMEWORKS)
    .map(Number)
    .sort((a, b) => a - b);
}

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
  const nearest = knownYears().reduce((best, y) =>
    Math.abs(y - year) < Math.abs(best - year) ? y : best,
  );
  const base = FRAMEWORKS[nearest] as Framework;
  // A national average belongs to its own year only.
  const copy: Framework = { ...base, year, status: { ...base.status, items: "U" } };
  delete copy.nationalAverage;
  return copy;
}

/** The band a 2-decimal total falls in by the total alone, floor inclusive, no gaps. */
export function bandFor(framework: Framework, total: number): Band | null {
  return framework.bands.find((band) => total >= band.min) ?? null;
}

/** A level and the tools that held it below the band its total alone would reach. */
export interface Level {
  band: Band | null;
  /** Tools under the floor of the band just above `band` that the total reaches; else empty. */
  heldBy: ToolCode[];
}

/** Tools scored under a band's tool floor; a tool without a score is not counted. */
function toolsUnder(band: Band, tools: Partial<Record<ToolCode, number | null>>): ToolCode[] {
  if (band.toolFloor === undefined) return [];
  const floor = band.toolFloor;
  return (Object.keys(tools) as ToolCode[]).filter((t) => {
    const score = tools[t];
    return score !== null && score !== undefined && score < floor;
  });
}

/**
 * The level of a total in a framework year: the highest band whose total floor is reached and
 * whose tool floor every tool meets (all floors inclusive). `heldBy` names the tools that kept
 * it out of the band just above.
 *
 * @example levelFor(frameworkFor(2567), 86.73, { IIT: 75.4, EIT: 80.35, OIT: 100 })
 * //=> { band: ผ่าน, heldBy: ["IIT", "EIT"] }
 */
export function levelFor(
  framework: Framework,
  total: number,
  tools: Partial<Record<ToolCode, number | null>>,
): Level {
  const reached = framework.bands.filter((band) => total >= band.min);
  const at = reached.findIndex((band) => toolsUnder(band, tools).length === 0);
  if (at < 0) return { band: null, heldBy: [] };
  const above = at > 0 ? reached[at - 1] : undefined;
  return { band: reached[at] ?? null, heldBy: above ? toolsUnder(above, tools) : [] };
}
