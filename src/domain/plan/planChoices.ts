import type { Analysis, IndicatorResult } from "../analyse/types";
import type { Measure } from "../measures/types";
import type { Lang } from "../types";
import { measuresFor, type MeasureChoice } from "./measuresFor";

/** One row of the action plan as chosen, before it is written: its key, measure and items. */
export interface PlanChoice {
  /** The row's key: the measure's id, with the indicator's number after a hyphen for a measure
   *  already placed under an earlier indicator ("9D-10"). */
  id: string;
  measure: Measure;
  indicator: IndicatorResult;
  /** The weak items it answers (measuresFor.ts); empty for a measure of the flag alone. */
  items: string[];
}

/** Changes an indicator's measures before they get their keys (the yearly follow-up's). */
export type AdjustChoices = (ind: IndicatorResult, choices: MeasureChoice[]) => MeasureChoice[];

/**
 * The rows of the action plan an analysis gives, in order: per indicator the measures by topic
 * (measuresFor.ts), each keyed by its measure's id. The one definition of which measures a plan
 * holds and what each aims at: the plan builder writes these, and the next year's follow-up
 * rebuilds them from the previous year's scores to know what each row of the earlier plan
 * answered.
 */
export function planChoices(analysis: Analysis, adjust?: AdjustChoices): PlanChoice[] {
  const seen = new Set<string>();
  return analysis.indicators.flatMap((ind) => {
    const chosen = measuresFor(ind, analysis.framework);
    return (adjust ? adjust(ind, chosen) : chosen).map(({ measure, items }) => {
      // A measure whose topics sit in two indicators this year appears under each.
      const id = seen.has(measure.id) ? `${measure.id}-${ind.number}` : measure.id;
      seen.add(measure.id);
      return { id, measure, indicator: ind, items };
    });
  });
}

/** A row key's measure id, without the indicator suffix ("9D-10" → "9D"). */
export function baseId(id: string): string {
  return id.replace(/-\d+$/, "");
}

/** The plan's indicator column: "4. การใช้ทรัพย์สินของราชการ". */
export function indicatorText(ind: IndicatorResult, lang: Lang): string {
  return `${ind.number}. ${ind.name[lang]}`;
}
