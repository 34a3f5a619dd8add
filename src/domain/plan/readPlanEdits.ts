import { MEASURES } from "../measures/library";
import { LABELS } from "../layout/labels";
import type { Grid, GridValue } from "../types";
import type { PlanEdits, PlanRow } from "./buildPlan";

const KEYS: (keyof PlanRow)[] = [
  "id",
  "measure",
  "indicator",
  "issue",
  "steps",
  "period",
  "responsible",
  "status",
];
const KNOWN = new Set(MEASURES.map((m) => m.id));

const text = (v: GridValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? "" : String(v).trim();

/**
 * Reads what staff typed in an earlier generated action plan: steps, period, responsible and
 * status by measure id, and the rows they added themselves. Columns are found by their header
 * (Thai or English), so moved columns are still read.
 */
export function readPlanEdits(grid: Grid): PlanEdits | null {
  const headers = [LABELS.th.planColumns, LABELS.en.planColumns];
  const headerRow = grid.values.findIndex((row) => {
    const first = row.map(text);
    return headers.some((h) => first.includes(h[0] as string) && first.includes(h[1] as string));
  });
  if (headerRow < 0) return null;
  const head = (grid.values[headerRow] ?? []).map(text);
  const column = new Map<keyof PlanRow, number>();
  KEYS.forEach((key, i) => {
    const at = head.findIndex((h) => headers.some((names) => names[i] === h));
    if (at >= 0) column.set(key, at);
  });
  const edits: PlanEdits = { byId: {}, added: [] };
  for (const row of grid.values.slice(headerRow + 1)) {
    const get = (key: keyof PlanRow) => {
      const at = column.get(key);
      return at === undefined ? "" : text(row[at]);
    };
    const values = Object.fromEntries(KEYS.map((k) => [k, get(k)])) as unknown as PlanRow;
    if (KEYS.every((k) => values[k] === "")) continue;
    if (KNOWN.has(values.id)) {
      edits.byId[values.id] = {
        steps: values.steps,
        period: values.period,
        responsible: values.responsible,
        status: values.status,
      };
    } else {
      edits.added.push(values);
    }
  }
  return edits;
}
