import type { IndicatorResult } from "../analyse/types";
import { MEASURES } from "../measures/library";
import type { Measure } from "../measures/types";

/**
 * The measures for an indicator: the one for its flag, then those aimed at its weak items. When
 * the item measures answer every weak item they are the plan for it, and the general measure,
 * which would say the same in looser words, is left out.
 */
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
  const allAnswered = items.length > 0 && unansweredItems(ind, items).length === 0;
  return allAnswered ? items : [...main, ...items];
}

/** The weak items of an indicator that none of its item measures answers. */
export function unansweredItems(ind: IndicatorResult, measures: readonly Measure[]): string[] {
  const answered = new Set(measures.flatMap((m) => (m.for === "item" ? (m.items ?? []) : [])));
  return ind.causes.map((c) => c.code).filter((code) => !answered.has(code));
}
