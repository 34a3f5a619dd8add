import type { Band } from "../framework/types";
import type { ToolCode } from "../types";

/**
 * What became of one measure of the earlier plan, judged from its status and this year's scores:
 * - `effective`: done, and everything it aimed at (its items, or its indicator for a measure of
 *   no items) is now at or above its floor;
 * - `improving`: done, some of what it aimed at is still under its floor but something rose;
 * - `noEffect`: done, some of what it aimed at is still under its floor and nothing rose (the
 *   next plan takes a different measure for the same topic);
 * - `notDone`: not started or still in progress (carried forward into the next plan);
 * - `cancelled`: staff cancelled it;
 * - `noData`: done, but this year's table has no score for what it aimed at.
 */
export type Verdict = "effective" | "improving" | "noEffect" | "notDone" | "cancelled" | "noData";

/** Every verdict, in the order the follow-up counts them. */
export const VERDICTS: readonly Verdict[] = [
  "effective",
  "improving",
  "noEffect",
  "notDone",
  "cancelled",
  "noData",
];

/** The status staff left in the earlier plan, whatever language it was typed in. */
export type PlanStatus = "notStarted" | "inProgress" | "done" | "cancelled";

/** One item a measure of the earlier plan answered, then and now. */
export interface FollowUpItem {
  code: string;
  /** The score the earlier plan was built on (the previous year's). */
  previous: number | null;
  /** This year's. */
  score: number | null;
  delta: number | null;
  /** Under its tool's item floor this year. */
  belowFloor: boolean;
}

/** One measure of the earlier plan, reported on. */
export interface FollowUpRow {
  /** The measure's code in the earlier plan (its row key), or null for a row staff added. */
  id: string | null;
  /** The measure as the earlier plan says it now (staff may have reworded it). */
  measure: string;
  /** The indicator it answered (its number), when known. */
  indicator: number | null;
  status: PlanStatus | null;
  /** The status cell's text as staff left it. */
  statusText: string | null;
  /** What staff wrote in the plan's "ผลการดำเนินงาน" column (what was done, when, where the
   *  evidence is published), or null. */
  result: string | null;
  /** The indicator's score then (the earlier plan's year) and now. */
  indicatorChange: { previous: number | null; score: number | null; delta: number | null } | null;
  /** The items it answered; empty for a measure of an indicator as a whole. */
  items: FollowUpItem[];
  verdict: Verdict;
}

/** The report on the earlier plan: the plan made from the previous year's scores, for this year. */
export interface FollowUp {
  /** The fiscal year the earlier plan was for (= the assessed year of this analysis). */
  planYear: number;
  /** The earlier plan's sheet, as found by its tag. */
  sheet: string;
  rows: FollowUpRow[];
  counts: Record<Verdict, number>;
}

/** One year of the trend: the total, its level and the three tools. */
export interface TrendPoint {
  year: number;
  total: number | null;
  level: Band | null;
  tools: Record<ToolCode, number | null>;
}
