import type { Analysis, IndicatorResult } from "../analyse/types";
import type { Measure } from "../measures/types";
import { f2 } from "../messages";
import type { Lang } from "../types";
import { measuresFor } from "./measuresFor";
import { fiscalYearPeriod } from "./period";

/** One row of the action plan. */
export interface PlanRow {
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

function issueText(ind: IndicatorResult, m: Measure, analysis: Analysis, lang: Lang): string {
  const floor = analysis.floors.item[ind.tool];
  const th = lang === "th";
  if (m.for === "item") {
    const weak = ind.causes.filter((c) => (m.items ?? []).includes(c.code));
    return weak
      .map((c) =>
        th
          ? `ข้อ ${c.code} ได้ ${f2(c.score)} ต่ำกว่าเกณฑ์ ${floor}`
          : `${c.code} scored ${f2(c.score)}, under ${floor}`,
      )
      .join("; ");
  }
  const score = ind.score === null ? "—" : f2(ind.score);
  if (ind.flag === "improve") {
    const items = ind.causes.map((c) => `${c.code} ${f2(c.score)}`).join(", ");
    return th
      ? `ต้องปรับปรุง: คะแนน ${score}${items ? ` ข้อที่ต่ำกว่าเกณฑ์ ${items}` : ` ต่ำกว่าเกณฑ์ ${analysis.floors.indicator}`}`
      : `Improve: ${score}${items ? `; items under the floor: ${items}` : `, under ${analysis.floors.indicator}`}`;
  }
  if (ind.flag === "develop") {
    const d = ind.delta === null ? "" : f2(Math.abs(ind.delta));
    return th
      ? `ต้องพัฒนา: คะแนน ${score} ลดลง ${d} จากปี ${analysis.previousYear}`
      : `Develop: ${score}, down ${d} from ${analysis.previousYear}`;
  }
  return th ? `รักษาระดับ: คะแนน ${score} ผ่านเกณฑ์` : `Maintain: ${score} meets the standard`;
}

/**
 * The action plan: at least one measure per indicator (the one for its flag) and the measures
 * for its weak items, for the next fiscal year.
 */
export function buildPlan(analysis: Analysis, lang: Lang, responsible: string): PlanRow[] {
  const period = fiscalYearPeriod(analysis.year + 1, lang);
  return analysis.indicators.flatMap((ind) =>
    measuresFor(ind).map((m) => ({
      id: m.id,
      measure: m.title[lang],
      indicator: `${ind.number}. ${ind.name[lang]}`,
      issue: issueText(ind, m, analysis, lang),
      steps: m.steps.map((s, i) => `${i + 1}. ${s[lang]}`).join("\n"),
      period,
      responsible,
      status: STATUSES[lang][0] as string,
    })),
  );
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
