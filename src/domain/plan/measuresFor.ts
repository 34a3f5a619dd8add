import type { IndicatorResult } from "../analyse/types";
import { topicOf } from "../framework/topicOf";
import type { Framework } from "../framework/types";
import { MEASURE_OF_TOPIC, MEASURES } from "../measures/library";
import type { Measure } from "../measures/types";

/** One row the plan gives an indicator: a measure and the weak items it answers. */
export interface MeasureChoice {
  measure: Measure;
  /**
   * The weak items it answers, weakest first: every one of the measure's topics (or, for the
   * indicator's own `improve` measure, without a topic). Empty for a measure of the flag alone.
   */
  items: string[];
}

const general = (indicator: number, flag: Measure["for"]) =>
  MEASURES.find((m) => m.indicator === indicator && m.for === flag);

/**
 * The measures for an indicator, by topic (the topic → measure link): a `maintain` or
 * `develop` indicator gets the measure of its flag; an `improve` one gets, for each weak item,
 * the measure of the item's topic (`topicOf`: its own text, else the year's list), one row per
 * measure with the items it answers, in the library's order. A weak item without a topic goes
 * to the indicator's own `improve` measure, which then names it by its own text; with no weak
 * item at all, that measure alone. An item's number never selects a measure.
 *
 * @example measuresFor(indicator9of2569, frameworkFor(2569)).map((c) => [c.measure.id, c.items])
 * //=> [["9D", ["o11", "o12"]], ["9E", ["o13", "o14"]]]
 */
export function measuresFor(ind: IndicatorResult, framework: Framework): MeasureChoice[] {
  if (ind.flag === null) return [];
  const own = general(ind.number, ind.flag);
  if (ind.flag !== "improve" || ind.causes.length === 0)
    return own ? [{ measure: own, items: [] }] : [];
  const rows = new Map<Measure, string[]>();
  for (const cause of ind.causes) {
    const item = ind.items.find((i) => i.code === cause.code);
    const topic = item ? topicOf(item, framework) : null;
    const measure = (topic ? MEASURE_OF_TOPIC.get(topic) : undefined) ?? own;
    if (!measure) continue;
    rows.set(measure, [...(rows.get(measure) ?? []), cause.code]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => MEASURES.indexOf(a) - MEASURES.indexOf(b))
    .map(([measure, items]) => ({ measure, items }));
}
