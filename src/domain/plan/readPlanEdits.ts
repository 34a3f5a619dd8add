import { PLAN_COLUMNS, type PlanKey, type PlanLine } from "../layout/planSheet";
import { readStaffEdits, type StaffEdits } from "../layout/staffEdits";
import { MEASURES } from "../measures/library";
import type { Grid } from "../types";
import type { PlanRow } from "./buildPlan";

/** What staff typed in an earlier generated action plan. */
export type PlanEdits = StaffEdits<PlanKey>;

/** Every id a measure has or had, to the id it has now. */
const KNOWN = new Map(
  MEASURES.flatMap((m) => [
    [m.id, m.id] as const,
    ...(m.aliases ?? []).map((a) => [a, m.id] as const),
  ]),
);

/** The id a plan row's code stands for now: a measure's (or one it had), with the indicator
 *  suffix of a measure placed in two indicators ("9D-10"); null for a code staff typed. */
function currentId(code: string): string | null {
  const [base, suffix] = code.split(/-(?=\d+$)/);
  const id = KNOWN.get(base ?? "");
  if (!id) return null;
  return suffix ? `${id}-${suffix}` : id;
}

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
    const now = currentId(id);
    if (now === id) continue;
    delete edits.byKey[id];
    if (now) edits.byKey[now] = { ...values, ...edits.byKey[now] };
    else edits.added.push({ ...values, id });
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
