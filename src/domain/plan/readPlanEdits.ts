import { PLAN_COLUMNS, type PlanKey, type PlanLine, type PlanRow } from "../layout/planSheet";
import { keepStaffEdits, readStaffEdits, type StaffEdits } from "../layout/staffEdits";
import { MEASURES, SECOND_MEASURES } from "../measures/library";
import type { Grid } from "../types";

/** What staff typed in an earlier generated action plan. */
export type PlanEdits = StaffEdits<PlanKey>;

/** Every id a measure has or had, to the id it has now. */
const KNOWN = new Map(
  [...MEASURES, ...SECOND_MEASURES].flatMap((m) => [
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
 * Reads what staff typed in an earlier generated action plan: the cells of each measure (by its
 * library code), and the rows they added. Columns are found by their header (Thai or English),
 * so moved columns are still read.
 */
export function readPlanEdits(grid: Grid): PlanEdits | null {
  const edits = readStaffEdits(grid, PLAN_COLUMNS);
  if (!edits) return null;
  // A code staff typed themselves is one of their own rows: all of it is theirs.
  for (const [id, values] of Object.entries(edits.byKey)) {
    const now = currentId(id);
    if (now === id) continue;
    delete edits.byKey[id];
    if (now) edits.byKey[now] = { ...values, ...edits.byKey[now] };
    else edits.added.push({ ...values, id });
  }
  return edits;
}

/**
 * The plan's lines: our rows with what staff typed in them for measures that still apply (an
 * emptied cell stays empty), then the rows staff added, in their order. Every column comes from
 * PLAN_COLUMNS (planSheet.ts).
 */
export function keepPlanEdits(rows: readonly PlanRow[], edits: PlanEdits | null): PlanLine[] {
  return keepStaffEdits(
    PLAN_COLUMNS,
    rows,
    (r) => r.id,
    edits && ownRows(rows, edits),
  ) as PlanLine[];
}

/**
 * Staff edits with a row staff added whose code is now one of our rows' (a row of theirs the
 * plan carried forward from the earlier plan, `P2569-1`) read as that row's: kept once.
 */
function ownRows(rows: readonly PlanRow[], edits: PlanEdits): PlanEdits {
  const ours = new Set(rows.map((r) => r.id));
  const byKey = { ...edits.byKey };
  const added = edits.added.filter((values) => {
    const id = typeof values.id === "string" ? values.id : null;
    if (id === null || !ours.has(id) || id in byKey) return true;
    byKey[id] = values;
    return false;
  });
  return { byKey, added };
}
