import { agencyOf } from "../agency/agencyOf";
import type { Analysis } from "../analyse/types";
import type { EarlierPlan } from "../followup/readEarlierPlan";
import { buildPlan } from "../plan/buildPlan";
import { keepPlanEdits, type PlanEdits } from "../plan/readPlanEdits";
import { reportText } from "../prose/reportText";
import type { Lang } from "../types";
import { analysisSheet } from "./analysisSheet";
import { checkSheet } from "./checkSheet";
import { followUpSheet, type FollowUpEdits } from "./followUpSheet";
import { memoSheet, type Digits, type MemoEdits } from "./memoSheet";
import { planSheet } from "./planSheet";
import { markValue, randomMarkId } from "./ownership";
import { paginateSheet } from "./printSetup";
import type { ImageSpec, SheetLayout, SheetSpec, WorkbookSpec } from "./spec";
import { STYLES } from "./styles";
import { summarySheet } from "./summarySheet";

export interface BuildSpecOptions {
  lang: Lang;
  /** One responsible unit for every plan row; by default each measure's unit by its domain and the kind of agency. */
  responsible?: string;
  /** The memo's date (`YYYY-MM-DD`, CE), or null to leave it for staff (memoDate.ts). */
  date?: string | null;
  /** Where the date came from (memoDate.ts): the option's wins over an earlier memo's. */
  dateFrom?: "option" | "today" | null;
  /** Digits of the Thai memo; default Thai. */
  digits?: Digits;
  /** The agency's emblem for the memo. */
  emblem?: ImageSpec | null;
  /** What staff typed in the action plan of an earlier run. */
  planEdits?: PlanEdits | null;
  /** The plan made from the previous year's scores, as staff left it: the new plan carries its
   *  unfinished rows (with `analysis.followUp`'s verdicts). */
  earlierPlan?: EarlierPlan | null;
  /** What staff typed in the memo of an earlier run. */
  memoEdits?: MemoEdits | null;
  /** What staff typed in the follow-up of the earlier plan, in an earlier run. */
  followUpEdits?: FollowUpEdits | null;
  /** Makes the random id of each sheet's ownership mark (the host's crypto.getRandomValues). */
  newMarkId?: () => string;
}

/**
 * Lays out the generated sheets of an analysis: the public ones (memo, summary, analysis, the
 * follow-up of the earlier plan when the analysis has one, plan: PUBLIC_KINDS order), then the
 * check for staff.
 */
export function buildWorkbookSpec(analysis: Analysis, options: BuildSpecOptions): WorkbookSpec {
  const { lang } = options;
  const agency = agencyOf(analysis);
  const text = reportText(analysis, lang);
  const plan = keepPlanEdits(
    buildPlan(analysis, lang, options.responsible, options.earlierPlan ?? null),
    options.planEdits ?? null,
  );
  return {
    styles: STYLES,
    sheets: withMarks(
      [
        memoSheet(analysis, text, lang, agency, {
          date: options.date ?? null,
          dateFrom: options.dateFrom ?? null,
          edits: options.memoEdits ?? null,
          digits: options.digits ?? "thai",
          emblem: options.emblem ?? null,
        }),
        summarySheet(analysis, text, lang),
        analysisSheet(analysis, text, lang),
        ...(analysis.followUp
          ? [followUpSheet(analysis, analysis.followUp, lang, options.followUpEdits ?? null)]
          : []),
        planSheet(analysis, text, plan, lang),
        checkSheet(analysis, lang),
      ],
      options.newMarkId ?? randomMarkId,
    ).map((sheet) => paginateSheet(sheet, lang === "en" ? agency.nameEn : agency.name || null)),
  };
}

/** Gives each laid-out sheet its ownership mark: a new id and the hash of its A1 title. */
export function withMarks(sheets: SheetLayout[], newMarkId: () => string): SheetSpec[] {
  return sheets.map((sheet) => {
    const title = sheet.rows[0]?.[0]?.v;
    return { ...sheet, mark: markValue(newMarkId(), typeof title === "string" ? title : "") };
  });
}
