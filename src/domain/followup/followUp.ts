import type { Analysis, IndicatorResult, ItemResult } from "../analyse/types";
import { dec, toScore } from "../decimal";
import { cellText } from "../layout/staffEdits";
import { alternativeOf, MEASURES, SECOND_MEASURES } from "../measures/library";
import { baseId, planChoices, type PlanChoice } from "../plan/planChoices";
import { statusOf, type EarlierLine, type EarlierPlan } from "./readEarlierPlan";
import {
  VERDICTS,
  type FollowUp,
  type FollowUpItem,
  type FollowUpRow,
  type Verdict,
} from "./types";

/**
 * The report on the earlier plan: each of its rows (ours by key, then the ones staff added), its
 * status and what staff wrote, and what became of what it aimed at in this year's scores.
 *
 * What a row aimed at is rebuilt from the previous year's analysis (`previous`, the scores the
 * earlier plan was made from) by the plan's own choices (planChoices.ts): its indicator and the
 * weak items it answered. A row that is no longer among them (a measure carried from an older
 * plan, a second measure in place of its first) keeps its measure's indicator and no items; a
 * row staff added, the indicator its indicator cell starts with. This year's items are those of
 * the same topics as the items answered then (`topic`, found from each item's own text or the
 * year's list), else of the same code: a year that renumbers its items (2568 → 2569) still finds
 * them. Within a topic, the k-th item now is compared with the k-th item then.
 */
export function followUpOf(
  analysis: Analysis,
  plan: EarlierPlan,
  previous: Analysis | null,
): FollowUp {
  const choices = previous ? planChoices(previous) : [];
  const rows = plan.lines.map((line) => rowOf(line, analysis, previous, choices));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const row of rows) counts[row.verdict] += 1;
  return { planYear: plan.planYear, sheet: plan.sheet, rows, counts };
}

/** The choice of the previous year's plan a row's key stands for: its own, else its pair's. */
function choiceOf(id: string, choices: PlanChoice[]): PlanChoice | null {
  const own = choices.find((c) => c.id === id);
  if (own) return own;
  const other = alternativeOf(baseId(id));
  const suffix = id.slice(baseId(id).length);
  return (other && choices.find((c) => c.id === `${other.id}${suffix}`)) ?? null;
}

/** The indicator a row answers when the choices do not tell: its key's suffix, its measure's,
 *  else the number its indicator cell starts with. */
function indicatorNumber(line: EarlierLine): number | null {
  const suffix = line.id ? /-(\d+)$/.exec(line.id)?.[1] : undefined;
  if (suffix) return Number(suffix);
  const base = line.id ? baseId(line.id) : null;
  const measure = [...MEASURES, ...SECOND_MEASURES].find(
    (m) => m.id === base || m.aliases?.includes(base ?? ""),
  );
  if (measure) return measure.indicator;
  const n = /^\s*(\d{1,2})(?!\d)/.exec(cellText(line.values.indicator ?? null) ?? "")?.[1];
  return n === undefined ? null : Number(n);
}

const minus = (a: number | null, b: number | null) =>
  a === null || b === null ? null : toScore(dec(a).minus(dec(b)));

function rowOf(
  line: EarlierLine,
  analysis: Analysis,
  previous: Analysis | null,
  choices: PlanChoice[],
): FollowUpRow {
  const choice = line.id ? choiceOf(line.id, choices) : null;
  const number = choice?.indicator.number ?? indicatorNumber(line);
  const now = analysis.indicators.find((i) => i.number === number) ?? null;
  const then = previous?.indicators.find((i) => i.number === number) ?? null;
  const indicatorChange =
    number === null
      ? null
      : {
          previous: then?.score ?? null,
          score: now?.score ?? null,
          delta: minus(now?.score ?? null, then?.score ?? null),
        };
  const items = choice ? itemsNow(choice, analysis) : [];
  const statusText = cellText(line.values.status ?? null);
  const status = statusOf(line.values.status);
  return {
    id: line.id,
    measure: cellText(line.values.measure ?? null) ?? "",
    indicator: number,
    status,
    statusText,
    result: cellText(line.values.result ?? null),
    indicatorChange,
    items,
    verdict: verdictOf(status, items, indicatorChange, now, analysis),
  };
}

/** This year's items of what a row answered then: by topic, else by code, paired in order. */
function itemsNow(choice: PlanChoice, analysis: Analysis): FollowUpItem[] {
  const thisYear = analysis.indicators.flatMap((i) => i.items);
  const then = choice.items
    .map((code) => choice.indicator.items.find((i) => i.code === code))
    .filter((i): i is ItemResult => i !== undefined);
  const out: FollowUpItem[] = [];
  const done = new Set<string>();
  for (const item of then) {
    const key = item.topic;
    if (key !== null && done.has(key)) continue;
    const before = key === null ? [item] : then.filter((i) => i.topic === key);
    const after =
      key === null
        ? thisYear.filter((i) => i.code === item.code)
        : thisYear.filter((i) => i.topic === key);
    if (key !== null) done.add(key);
    const n = Math.max(before.length, after.length);
    for (let k = 0; k < n; k++) {
      const was = before[k]?.score ?? null;
      const is = after[k];
      if (!is && before[k])
        out.push({
          code: before[k]!.code,
          previous: was,
          score: null,
          delta: null,
          belowFloor: false,
        });
      else if (is)
        out.push({
          code: is.code,
          previous: was,
          score: is.score,
          delta: minus(is.score, was),
          belowFloor: is.belowFloor,
        });
    }
  }
  return out;
}

/**
 * The verdict (types.ts): not done or cancelled by its status; a done row by what it aimed at —
 * its items, or its indicator for a row of no items — each against its floor this year (an
 * indicator with an item under the item's floor has not met its aim either).
 */
function verdictOf(
  status: FollowUpRow["status"],
  items: FollowUpItem[],
  change: FollowUpRow["indicatorChange"],
  now: IndicatorResult | null,
  analysis: Analysis,
): Verdict {
  if (status === "cancelled") return "cancelled";
  if (status !== "done") return "notDone";
  const targets =
    items.length > 0
      ? items.map((i) => ({ score: i.score, delta: i.delta, below: i.belowFloor }))
      : change && now
        ? [
            {
              score: change.score,
              delta: change.delta,
              // The indicator as a whole: under its floor, or an item of it under the item's.
              below:
                (change.score !== null && change.score < analysis.floors.indicator) ||
                now.flag === "improve",
            },
          ]
        : [];
  const scored = targets.filter((t) => t.score !== null);
  if (scored.length === 0) return "noData";
  if (scored.every((t) => !t.below)) return "effective";
  return scored.some((t) => t.delta !== null && t.delta > 0) ? "improving" : "noEffect";
}
