import type { IndicatorResult } from "../analyse/types";
import { MEASURES } from "../measures/library";
import type { Measure } from "../measures/types";

/** The measures for an indicator: the one for its flag, then those aimed at its weak items. */
export function measuresFor(ind: IndicatorResult): Measure[] {
  if (ind.flag === null) return [];
  const main = MEASURES.filter((m) => m.indicator === ind.number && m.for === ind.flag);
  const weak = new Set(ind.causes.filter(() => ind.flag === "improve").map((c) => c.code));
  const items = MEASURES.filter(
    (m) =>
      m.for === "item" &&
      m.indicator === ind.number &&
      (m.items ?? []).some((code) => weak.has(code)),
  );
  return [...main, ...items];
}
