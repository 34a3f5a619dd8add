import { cellText, type StaffValue } from "../layout/staffEdits";
import { tagName } from "../layout/tag";
import type { PlanKey } from "../layout/planSheet";
import { STATUSES, STATUS_KEYS } from "../plan/statuses";
import { readPlanEdits, type PlanEdits } from "../plan/readPlanEdits";
import type { Grid } from "../types";
import type { PlanStatus } from "./types";

/** One row of the earlier plan as staff left it: its key (null for a row staff added, even one
 *  they gave a code of their own) and every column found. */
export interface EarlierLine {
  id: string | null;
  values: Partial<Record<PlanKey, StaffValue>>;
}

/** The earlier plan: the plan made from the previous year's scores, for the assessed year. */
export interface EarlierPlan {
  /** Its sheet's name as the workbook has it now (staff may have renamed it). */
  sheet: string;
  /** The fiscal year it was for (= the assessed year of this analysis). */
  planYear: number;
  edits: PlanEdits;
  /** Its rows in order: ours (by key), then the ones staff added. */
  lines: EarlierLine[];
}

/**
 * The plan made from the previous year's scores (tagged `ITAAnalyzer_plan_<year − 1>`, whatever
 * its sheet is called now) on a sheet the host found to be ours (`generated`: a forged tag
 * reports nothing): in the earlier output's grids first, then in the workbook's own; read with
 * readPlanEdits. Null when there is none or it has no key column.
 */
export function readEarlierPlan(
  grids: readonly Grid[],
  earlier: readonly Grid[] | undefined,
  year: number,
): EarlierPlan | null {
  const tag = tagName("plan", year - 1);
  const ours = (g: Grid) => g.tag === tag && g.generated === true;
  const grid = earlier?.find(ours) ?? grids.find(ours) ?? null;
  const edits = grid ? readPlanEdits(grid) : null;
  if (!grid || !edits) return null;
  return { sheet: grid.name, planYear: year, edits, lines: earlierLines(edits) };
}

/** The rows of a plan's staff edits in order: the keyed ones, then the ones staff added. */
export function earlierLines(edits: PlanEdits): EarlierLine[] {
  return [
    ...Object.entries(edits.byKey).map(([id, values]) => ({ id, values })),
    ...edits.added.map((values) => ({ id: null, values })),
  ];
}

/** A text as statuses are compared: trimmed, white space collapsed, lower case. */
const same = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The status a cell holds, in Thai or English (STATUSES), trimmed and in any case; null for an
 * empty cell or a text that is none of them.
 *
 * @example statusOf(" ดำเนินการแล้ว ") //=> "done"
 */
export function statusOf(value: StaffValue | undefined): PlanStatus | null {
  const text = cellText(typeof value === "boolean" ? null : value);
  if (text === null) return null;
  const at = [STATUSES.th, STATUSES.en]
    .map((list) => list.findIndex((s) => same(s) === same(text)))
    .find((i) => i >= 0);
  return at === undefined ? null : (STATUS_KEYS[at] ?? null);
}
