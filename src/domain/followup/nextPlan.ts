import type { Analysis } from "../analyse/types";
import { cellText } from "../layout/staffEdits";
import type { PlanRow } from "../layout/planSheet";
import { alternativeOf } from "../measures/library";
import { indicatorText } from "../plan/planChoices";
import { STATUSES, STATUS_KEYS } from "../plan/statuses";
import type { AdjustChoices, PlanChoice } from "../plan/planChoices";
import { baseId } from "../plan/planChoices";
import { planIssueText } from "../prose/planIssueText";
import type { Lang } from "../types";
import { statusOf, type EarlierPlan } from "./readEarlierPlan";
import type { FollowUp, Verdict } from "./types";

/** The mark of a measure carried from the earlier plan, after staff's own text. */
export const CONTINUED = {
  th: (planYear: number) => `(ต่อเนื่องจากแผนปี ${planYear})`,
  en: (planYear: number) => `(continued from the ${planYear} plan)`,
};

/** A mark already there (a measure carried twice), in either language, with its space. */
const ANY_MARK = /\s*\((?:ต่อเนื่องจากแผนปี \d{4}|continued from the \d{4} plan)\)/g;

/** A measure's text with the mark of the plan it continues from, once. */
export function markContinued(text: string, planYear: number, lang: Lang): string {
  const own = text.replace(ANY_MARK, "").trim();
  return own ? `${own} ${CONTINUED[lang](planYear)}` : CONTINUED[lang](planYear);
}

/**
 * How the follow-up changes an indicator's fresh measures: a measure done without effect gives
 * way to its second (library.ts: a different measure for the same topics, the same items); a
 * measure done that worked is not repeated when it answers no weak item now and the indicator
 * keeps another row (an indicator never loses its last measure).
 */
export function adjustByFollowUp(followUp: FollowUp): AdjustChoices {
  const verdicts = (id: string): Verdict[] =>
    followUp.rows.flatMap((r) => (r.id !== null && baseId(r.id) === id ? [r.verdict] : []));
  return (_ind, choices) => {
    const swapped = choices.map((c) => {
      const other = verdicts(c.measure.id).includes("noEffect")
        ? alternativeOf(c.measure.id)
        : null;
      return other ? { ...c, measure: other } : c;
    });
    const worked = (c: (typeof swapped)[number]) =>
      c.items.length === 0 &&
      [c.measure.id, alternativeOf(c.measure.id)?.id ?? ""].some((id) =>
        verdicts(id).includes("effective"),
      );
    const kept = swapped.filter((c) => !worked(c));
    return kept.length > 0 ? kept : swapped;
  };
}

/**
 * The new plan's rows with the earlier plan's unfinished ones (verdict `notDone`, ours and the
 * ones staff added) carried forward: staff's measure (marked as continuing from the earlier
 * plan), steps and responsible unit kept; the indicator, issue and period this year's (a row
 * staff added keeps its own issue). A carried
 * row takes the place of the fresh row of the same key, else follows its indicator's rows (a
 * row of no known indicator goes last). A row staff added keeps the code they typed, else gets
 * `P<planYear>-<n>` (n: its place among their rows), so that what they type in the new plan is
 * kept under it. Cancelled rows and done ones are not carried.
 */
export function carryForward(
  fresh: { row: PlanRow; choice: PlanChoice }[],
  analysis: Analysis,
  plan: EarlierPlan,
  followUp: FollowUp,
  lang: Lang,
  period: string,
  fill: (text: string) => string,
): PlanRow[] {
  const entries: { row: PlanRow; number: number | null }[] = fresh.map((f) => ({
    row: f.row,
    number: f.choice.indicator.number,
  }));
  let added = 0;
  plan.lines.forEach((line, i) => {
    if (line.id === null) added += 1;
    const report = followUp.rows[i];
    if (!report || report.verdict !== "notDone") return;
    const typedId = cellText(line.values.id ?? null);
    const id = line.id ?? typedId ?? `P${plan.planYear}-${added}`;
    const at = entries.findIndex((e) => e.row.id === id);
    const same = at >= 0 ? entries[at]?.row : undefined;
    const ind = analysis.indicators.find((n) => n.number === report.indicator) ?? null;
    const text = (k: keyof PlanRow) => cellText(line.values[k] ?? null);
    const weak = report.items
      .filter((it) => it.belowFloor && ind?.causes.some((c) => c.code === it.code))
      .map((it) => it.code);
    const status = statusOf(line.values.status);
    const row: PlanRow = {
      id,
      measure: markContinued(text("measure") ?? same?.measure ?? "", plan.planYear, lang),
      indicator: ind ? indicatorText(ind, lang) : (text("indicator") ?? ""),
      // A row of staff's keeps their issue: no analysis speaks for a measure of theirs.
      issue:
        same?.issue ??
        (line.id === null ? text("issue") : null) ??
        (ind
          ? fill(planIssueText(ind, analysis, lang, weak.length > 0 ? weak : undefined))
          : (text("issue") ?? "")),
      steps: text("steps") ?? same?.steps ?? "",
      period: same?.period ?? period,
      responsible: text("responsible") ?? same?.responsible ?? "",
      status: STATUSES[lang][status === "inProgress" ? STATUS_KEYS.indexOf(status) : 0] as string,
    };
    if (same) {
      entries[at] = { row, number: report.indicator };
      return;
    }
    const number = report.indicator;
    const after =
      number === null
        ? entries.length
        : entries.reduce((pos, e, k) => (e.number !== null && e.number <= number ? k + 1 : pos), 0);
    entries.splice(after, 0, { row, number });
  });
  return entries.map((e) => e.row);
}
