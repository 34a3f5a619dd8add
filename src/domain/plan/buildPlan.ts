import type { Analysis } from "../analyse/types";
import { openDataSteps, planIssueText, sameIssueText } from "../prose/planIssueText";
import type { Lang } from "../types";
import { agencyOf } from "../agency/agencyOf";
import { measuresFor, unansweredItems } from "./measuresFor";
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
 * The action plan, for the next fiscal year: per indicator the measure for its flag and the
 * measures for its weak items (measuresFor.ts). The issue says in words what is weak and why:
 * an item measure its own items, a general measure beside item measures the items they leave;
 * a row whose issue an earlier row already states points at that row. The responsible unit
 * follows the measure's domain and the kind of agency, unless `responsible` names one unit for
 * every row.
 */
export function buildPlan(analysis: Analysis, lang: Lang, responsible?: string): PlanRow[] {
  const period = fiscalYearPeriod(analysis.year + 1, lang);
  const kind = agencyOf(analysis).kind;
  const rows = analysis.indicators.flatMap((ind) => {
    const measures = measuresFor(ind);
    // Item measures state their own items; the general measure beside them states the rest.
    const rest = measures.some((m) => m.for === "item")
      ? unansweredItems(ind, measures)
      : undefined;
    // An OIT indicator's general measure publishes what is missing: its weak items' fixes are
    // its steps (the library's steps are for when no item is named).
    const publish = openDataSteps(ind, analysis, lang, rest);
    return measures.map((m) => ({
      id: m.id,
      measure: m.title[lang],
      indicator: `${ind.number}. ${ind.name[lang]}`,
      issue: planIssueText(ind, analysis, lang, m.for === "item" ? m.items : rest),
      steps: (m.for !== "item" && publish.length > 0 ? publish : m.steps.map((s) => s[lang]))
        .map((s, n) => `${n + 1}. ${s}`)
        .join("\n"),
      period,
      responsible: responsible ?? responsibleFor(m.domain, kind, lang),
      status: STATUSES[lang][0] as string,
    }));
  });
  return pointRepeats(rows, lang);
}

/** A row whose issue an earlier row already states points at that row instead. */
export function pointRepeats(rows: PlanRow[], lang: Lang): PlanRow[] {
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
