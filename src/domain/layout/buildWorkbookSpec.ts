import type { Analysis } from "../analyse/types";
import { applyPlanEdits, buildPlan, type PlanEdits } from "../plan/buildPlan";
import type { Lang } from "../types";
import { analysisSheet } from "./analysisSheet";
import { planSheet } from "./planSheet";
import { paginateSheet } from "./printSetup";
import type { WorkbookSpec } from "./spec";
import { STYLES } from "./styles";
import { summarySheet } from "./summarySheet";

export interface BuildSpecOptions {
  lang: Lang;
  /** Responsible unit written in the action plan. @default "สำนักปลัด" / "Office of the Permanent Secretary" */
  responsible?: string;
  /** What staff typed in the action plan of an earlier run. */
  planEdits?: PlanEdits | null;
}

export const DEFAULT_RESPONSIBLE: Record<Lang, string> = {
  th: "สำนักปลัด",
  en: "Office of the Permanent Secretary",
};

/** Lays out the three generated sheets of an analysis. */
export function buildWorkbookSpec(analysis: Analysis, options: BuildSpecOptions): WorkbookSpec {
  const { lang } = options;
  const plan = applyPlanEdits(
    buildPlan(analysis, lang, options.responsible ?? DEFAULT_RESPONSIBLE[lang]),
    options.planEdits ?? null,
  );
  return {
    styles: STYLES,
    sheets: [
      summarySheet(analysis, lang),
      analysisSheet(analysis, lang),
      planSheet(analysis, plan, lang),
    ].map((sheet) => paginateSheet(sheet, analysis.unit?.name ?? null)),
  };
}
