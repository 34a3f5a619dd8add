import type { Analysis, IndicatorResult } from "../analyse/types";
import { openDataSteps, planIssueText, sameIssueText } from "../prose/planIssueText";
import type { PlanRow } from "../layout/planSheet";
import type { PlanStatus } from "../followup/types";
import type { Lang } from "../types";
import { agencyOf } from "../agency/agencyOf";
import { sayAgencyWords } from "../agency/words";
import { planChoices, type PlanChoice } from "./planChoices";
import { beforeCheckPeriod, fiscalYearPeriod } from "./period";
import { responsibleFor } from "./responsible";

/** One row of the action plan: its columns are the plan's column definition's (planSheet.ts). */
export type { PlanRow };

export const STATUSES = {
  th: ["ยังไม่เริ่ม", "กำลังดำเนินการ", "ดำเนินการแล้ว", "ยกเลิก"],
  en: ["Not started", "In progress", "Done", "Cancelled"],
};

/** What each entry of STATUSES means, in the same order (the follow-up reads the status back). */
export const STATUS_KEYS: readonly PlanStatus[] = ["notStarted", "inProgress", "done", "cancelled"];

/**
 * The action plan, for the next fiscal year: per indicator the measures by topic
 * (measuresFor.ts), each row with the weak items it answers. The issue says in words what is
 * weak and why, for the row's own items; a row whose issue an earlier row already states points
 * at that row. An OIT row publishes what is missing: its items' fixes (the year file's, with
 * the year each must cover) are its steps. The ITA-results measure is this very report, done
 * before the next OIT check. The responsible unit follows the measure's area and the kind of
 * agency, unless `responsible` names one unit for every row.
 */
export function buildPlan(analysis: Analysis, lang: Lang, responsible?: string): PlanRow[] {
  const write = planRowWriter(analysis, lang, responsible);
  return pointRepeats(planChoices(analysis).map(write.row), lang);
}

/**
 * Writes the plan's rows of an analysis: `row` a chosen measure's, with the year and the
 * agency's own words (every division, whom it serves…) in the library's text (`fill`).
 */
export function planRowWriter(analysis: Analysis, lang: Lang, responsible?: string) {
  const planYear = analysis.year + 1;
  const period = fiscalYearPeriod(planYear, lang);
  const agency = agencyOf(analysis);
  const kind = agency.kind;
  const fill = (text: string) =>
    sayAgencyWords(
      text.replace(/\{year\}/g, String(analysis.year)).replace(/\{planYear\}/g, String(planYear)),
      agency,
      lang,
    );
  const row = ({ id, measure: m, indicator: ind, items }: PlanChoice): PlanRow => {
    const codes = items.length > 0 ? items : undefined;
    const publish =
      ind.tool === "OIT" && codes && !m.ownSteps ? openDataSteps(ind, analysis, lang, codes) : [];
    return {
      id,
      measure: fill(m.title[lang]),
      indicator: indicatorText(ind, lang),
      issue: fill(planIssueText(ind, analysis, lang, codes)),
      steps: (publish.length > 0 ? publish.map(fill) : m.steps.map((s) => fill(s[lang])))
        .map((s, n) => `${n + 1}. ${s}`)
        .join("\n"),
      period: m.dated ? beforeCheckPeriod(planYear, lang) : period,
      responsible: responsible ?? responsibleFor(m.domain, kind, lang),
      status: STATUSES[lang][0] as string,
    };
  };
  return { row, fill, period };
}

/** The plan's indicator column: "4. การใช้ทรัพย์สินของราชการ". */
export function indicatorText(ind: IndicatorResult, lang: Lang): string {
  return `${ind.number}. ${ind.name[lang]}`;
}

/** A row whose issue an earlier row already states points at that row instead. */
export function pointRepeats(rows: PlanRow[], lang: Lang): PlanRow[] {
  return rows.map((row, i) => {
    const first = rows.findIndex((r) => r.issue === row.issue);
    return first < i ? { ...row, issue: sameIssueText(first + 1, lang) } : row;
  });
}
