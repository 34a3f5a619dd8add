import { PLAN_COLUMNS, type PlanKey, type PlanLine } from "../layout/planSheet";
import { readStaffEdits, type StaffEdits } from "../layout/staffEdits";
import { MEASURES } from "../measures/library";
import type { Grid } from "../types";
import type { PlanRow } from "./buildPlan";

/** What staff typed in an earlier generated action plan. */
export type PlanEdits = StaffEdits<PlanKey>;

const KNOWN = new Set(MEASURES.map((m) => m.id));

/**
 * Reads what staff typed in an earlier generated action plan: the editable cells of each
 * measure (by its library code), and the rows they added. Columns are found by their header
 * (Thai or English), so moved columns are still read.
 */
export function readPlanEdits(grid: Grid): PlanEdits | null {
  const edits = readStaffEdits(grid, PLAN_COLUMNS);
  if (!edits) return null;
  // A code staff typed themselves is one of their own rows.
  for (const [id, values] of Object.entries(edits.byKey)) {
    if (KNOWN.has(id)) continue;
    delete edits.byKey[id];
    edits.added.push({ ...values, id });
  }
  return edits;
}

const LINE_KEYS: (keyof PlanLine)[] = [
  "measure",
  "indicator",
  "issue",
  "steps",
  "period",
  "responsible",
  "status",
  "id",
];

/**
 * The plan's lines: our rows with what staff typed in them for measures that still apply (an
 * emptied cell stays empty), then the rows staff added, in their order.
 */
export function keepPlanEdits(rows: readonly PlanRow[], edits: PlanEdits | null): PlanLine[] {
  const ours: PlanLine[] = rows.map((row) => {
    const line = Object.fromEntries(
      LINE_KEYS.map((k) => [k, (row as unknown as Record<string, string | undefined>)[k] ?? null]),
    ) as PlanLine;
    return { ...line, ...(edits?.byKey[row.id] ?? {}) };
  });
  const added = (edits?.added ?? []).map(
    (a) => Object.fromEntries(LINE_KEYS.map((k) => [k, a[k] ?? null])) as PlanLine,
  );
  return [...ours, ...added];
}
