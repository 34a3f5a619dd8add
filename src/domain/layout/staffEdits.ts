import type { Grid, GridValue } from "../types";
import type { ColumnDef } from "./columns";

/**
 * A value staff typed, as it is written again: a text (trimmed), a number (kept a number), a
 * truth value, or null for a cell they emptied.
 */
export type StaffValue = string | number | boolean | null;

/** What staff typed in one of our earlier sheets, read back by keys. */
export interface StaffEdits<K extends string> {
  /**
   * Every column found of each keyed row, by row key and column key. `null` is a cell staff
   * emptied: an edit like any other, which a new run keeps (in the editable columns).
   */
  byKey: Record<string, Partial<Record<K, StaffValue>>>;
  /** Rows staff added (no row key, something typed), with every column found. */
  added: Partial<Record<K, StaffValue>>[];
}

/**
 * A cell as staff left it: a text trimmed, a finite number or a truth value as it is; null for an
 * empty cell, an empty text or an error value.
 */
export function staffValue(v: GridValue | undefined): StaffValue {
  if (v === null || v === undefined || typeof v === "object") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  const t = v.trim();
  return t === "" ? null : t;
}

/** A cell's text, trimmed; null for an empty cell, an empty text or an error value. */
export function cellText(v: GridValue | undefined): string | null {
  const value = staffValue(v);
  return value === null ? null : String(value);
}

/** A header as compared: white space (line breaks included) collapsed. */
const same = (t: string) => t.replace(/\s+/g, " ").trim();

/**
 * Reads staff edits from one of our generated sheets. The row-key column is found by its header
 * (Thai or English) anywhere on the sheet; the other columns by their headers in the same row,
 * so columns staff moved are still read. A sheet whose header row holds only the key's header
 * (a form such as the memo) has its columns where `columns` puts them, counted from the key's.
 * Returns null when the sheet has no key column.
 *
 * @example
 * readStaffEdits(planGrid, PLAN_COLUMNS).byKey["4A"]?.responsible //=> "กองคลัง"
 */
export function readStaffEdits<K extends string>(
  grid: Grid,
  columns: readonly ColumnDef<K>[],
): StaffEdits<K> | null {
  const keyDef = columns.findIndex((c) => c.rowKey);
  const key = columns[keyDef];
  if (!key) return null;
  const labels = (c: ColumnDef<K>) => [same(c.label.th), same(c.label.en)];
  let headerRow = -1;
  let keyCol = -1;
  grid.values.some((row, r) =>
    row.some((v, c) => {
      if (!labels(key).includes(same(cellText(v) ?? ""))) return false;
      [headerRow, keyCol] = [r, c];
      return true;
    }),
  );
  if (headerRow < 0) return null;
  const head = (grid.values[headerRow] ?? []).map((v) => same(cellText(v) ?? ""));
  const byHeader = new Map<K, number>();
  columns.forEach((c) => {
    const at = head.findIndex((h) => h !== "" && labels(c).includes(h));
    if (at >= 0) byHeader.set(c.key, at);
  });
  const where = new Map<K, number>(byHeader);
  if (byHeader.size === 1) {
    columns.forEach((c, i) => where.set(c.key, keyCol + i - keyDef));
  }

  const edits: StaffEdits<K> = { byKey: {}, added: [] };
  for (const row of grid.values.slice(headerRow + 1)) {
    const read = (c: ColumnDef<K>) => {
      const at = where.get(c.key);
      return at === undefined || at < 0 ? undefined : staffValue(row[at]);
    };
    const id = read(key);
    const found = columns.filter((c) => c !== key && read(c) !== undefined);
    const values = Object.fromEntries(found.map((c) => [c.key, read(c) ?? null])) as Partial<
      Record<K, StaffValue>
    >;
    if (id !== null && id !== undefined) edits.byKey[String(id)] = values;
    else if (found.some((c) => c.source !== "number" && read(c) !== null)) edits.added.push(values);
  }
  return edits;
}

/**
 * The rows of a table again, with what staff typed kept: each of our rows takes the editable
 * columns staff left in the row with its key (an emptied cell stays empty); the rows staff
 * added follow, in their order, with every column they typed in but the row's number (which
 * is counted again). Only columns of the table are taken.
 *
 * @example
 * keepStaffEdits(PLAN_COLUMNS, rows, (r) => r.id, edits) // our rows, then the staff's
 */
export function keepStaffEdits<K extends string, R extends Partial<Record<K, StaffValue>>>(
  columns: readonly ColumnDef<K>[],
  rows: readonly R[],
  keyOf: (row: R) => string,
  edits: StaffEdits<K> | null,
): Partial<Record<K, StaffValue>>[] {
  const kept = columns.filter((c) => c.source !== "number");
  const line = (pick: (c: ColumnDef<K>) => StaffValue | undefined) =>
    Object.fromEntries(kept.map((c) => [c.key, pick(c) ?? null])) as Partial<Record<K, StaffValue>>;
  const ours = rows.map((row) => {
    const typed: Partial<Record<K, StaffValue>> = edits?.byKey[keyOf(row)] ?? {};
    return line((c) => (c.editable && c.key in typed ? typed[c.key] : row[c.key]));
  });
  const theirs = (edits?.added ?? []).map((added) => line((c) => added[c.key]));
  return [...ours, ...theirs];
}
