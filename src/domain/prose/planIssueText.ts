import type { Analysis, IndicatorResult } from "../analyse/types";
import type { Lang } from "../types";
import { indicatorText } from "./indicatorText";

/**
 * The plan's issue column for an indicator, in words: what is weak and why (or what is kept).
 */
export function planIssueText(ind: IndicatorResult, analysis: Analysis, lang: Lang): string {
  const t = indicatorText(ind, analysis, lang);
  return ind.flag === "maintain" ? t.keep : t.found;
}
