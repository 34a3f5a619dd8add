import type { ToolCode } from "../types";
import { builtInFrameworks } from "./frameworks";
import type { Band, Framework } from "./types";

/** The frameworks of the built-in year files with the user's own (which win), by year. */
function all(extra: readonly Framework[]): Map<number, Framework> {
  const map = new Map(builtInFrameworks());
  for (const f of extra) map.set(f.year, f);
  return map;
}

/**
 * The fiscal years (BE) we hold a framework for, oldest first: the built-in year files and
 * any the user gave.
 */
export function knownYears(extra: readonly Framework[] = []): number[] {
  return [...all(extra).keys()].sort((a, b) => a - b);
}

/**
 * Returns the framework of a fiscal year (BE): the user's year file for it, else the built-in
 * one. A year with neither takes the nearest known year's weights and levels (`basedOn` says
 * which), but none of its items: another year's numbering never gives an item its meaning.
 *
 * @example frameworkFor(2568).bands[1].label.th //=> "ผ่านดี"
 * @example frameworkFor(2571).basedOn //=> 2569
 */
export function frameworkFor(year: number, extra: readonly Framework[] = []): Framework {
  const map = all(extra);
  const exact = map.get(year);
  if (exact) return exact;
  const nearest = [...map.keys()].reduce((best, y) =>
    Math.abs(y - year) < Math.abs(best - year) ? y : best,
  );
  const base = map.get(nearest) as Framework;
  // A national average and an item list belong to their own year only.
  const copy: Framework = {
    ...base,
    year,
    items: [],
    basedOn: nearest,
    status: { ...base.status, items: "U" },
  };
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
