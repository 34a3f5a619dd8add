import type { Analysis } from "../analyse/types";
import { planIssueText, sameIssueText } from "../prose/planIssueText";
import type { Lang } from "../types";
import { agencyKind } from "./agencyKind";
import { measuresFor } from "./measuresFor";
import { fiscalYearPeriod } from "./period";
import { responsibleFor } from "./responsible";

/** One row of the action plan. */
export interface PlanRow {
  /** The measure's library code (1A, 4D, …): kept to match staff edits, not meant for print. */
  id: string;
  measure: string;
  indicator: string;
  issue: string;
  steps: string;
  period: string;
  responsible: string;
  status: string;
}

export const STATUSES = {
  th: ["ยังไม่เริ่ม", "กำลังดำเนินการ", "ดำเนินการแล้ว", "ยกเลิก"],
  en: ["Not started", "In progress", "Done", "Cancelled"],
};

/**
 * The action plan: at least one measure per indicator (the one for its flag) and the measures
 * for its weak items, for the next fiscal year. The issue says in words what is weak and why
 * (for an item measure, only its items; a general measure beside item measures of other issues
 * leaves the cause to them; a row whose issue an earlier row already states points at that row); the
 * responsible unit follows the measure's domain and the kind of agency, unless `responsible`
 * names one unit for every row.
 */
export function buildPlan(analysis: Analysis, lang: Lang, responsible?: string): PlanRow[] {
  const period = fiscalYearPeriod(analysis.year + 1, lang);
  const kind = agencyKind(analysis.unit?.name);
  const rows = analysis.indicators.flatMap((ind) => {
    const measures = measuresFor(ind);
    const issues = measures.map((m) =>
      m.for === "item" ? planIssueText(ind, analysis, lang, m.items) : null,
    );
    const full = planIssueText(ind, analysis, lang);
    // Item measures that state other issues than the whole indicator's give their causes
    // themselves: the general measure then says only what is weak.
    const brief = issues.some((t) => t !== null && t !== full);
    return measures.map((m, i) => ({
      id: m.id,
      measure: m.title[lang],
      indicator: `${ind.number}. ${ind.name[lang]}`,
      issue:
        issues[i] ?? (brief ? planIssueText(ind, analysis, lang, undefined, { why: false }) : full),
      steps: m.steps.map((s, n) => `${n + 1}. ${s[lang]}`).join("\n"),
      period,
      responsible: responsible ?? responsibleFor(m.domain, kind, lang),
      status: STATUSES[lang][0] as string,
    }));
  });
  return rows.map((row, i) => {
    const first = rows.findIndex((r) => r.issue === row.issue);
    return first < i ? { ...row, issue: sameIssueText(first + 1, lang) } : row;
  });
}

/** What staff typed in an earlier plan: by measure id, plus rows they added themselves. */
export interface PlanEdits {
  byId: Record<string, Partial<Pick<PlanRow, "steps" | "period" | "responsible" | "status">>>;
  added: PlanRow[];
}

/** Keeps staff edits for measures that still apply, and rows they added, at the end. */
export function applyPlanEdits(rows: PlanRow[], edits: PlanEdits | null): PlanRow[] {
  if (!edits) return rows;
  const merged = rows.map((row) => ({ ...row, ...definedOnly(edits.byId[row.id] ?? {}) }));
  return [...merged, ...edits.added];
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  ) as Partial<T>;
}
