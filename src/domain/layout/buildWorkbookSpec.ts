import type { Analysis } from "../analyse/types";
import { applyPlanEdits, buildPlan, type PlanEdits } from "../plan/buildPlan";
import type { Lang } from "../types";
import { analysisSheet } from "./analysisSheet";
import { planSheet } from "./planSheet";
import { markValue, randomMarkId } from "./ownership";
import { paginateSheet } from "./printSetup";
import type { SheetLayout, SheetSpec, WorkbookSpec } from "./spec";
import { STYLES } from "./styles";
import { summarySheet } from "./summarySheet";

export interface BuildSpecOptions {
  lang: Lang;
  /** Responsible unit written in the action plan. @default "สำนักปลัด" / "Office of the Permanent Secretary" */
  responsible?: string;
  /** What staff typed in the action plan of an earlier run. */
  planEdits?: PlanEdits | null;
  /** Makes the random id of each sheet's ownership mark (the host's crypto.getRandomValues). */
  newMarkId?: () => string;
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
    sheets: withMarks(
      [
        summarySheet(analysis, lang),
        analysisSheet(analysis, lang),
        planSheet(analysis, plan, lang),
      ],
      options.newMarkId ?? randomMarkId,
    ).map((sheet) => paginateSheet(sheet, analysis.unit?.name ?? null)),
  };
}

/** Gives each laid-out sheet its ownership mark: a new id and the hash of its A1 title. */
export function withMarks(sheets: SheetLayout[], newMarkId: () => string): SheetSpec[] {
  return sheets.map((sheet) => {
    const title = sheet.rows[0]?.[0]?.v;
    return { ...sheet, mark: markValue(newMarkId(), typeof title === "string" ? title : "") };
  });
}
