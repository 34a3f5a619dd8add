import type { Grid, GridValue } from "../types";
import type { ColumnDef } from "./columns";

/** What staff typed in one of our earlier sheets, read back by keys. */
export interface StaffEdits<K extends string> {
  /**
   * The editable columns of each keyed row, by row key and column key. `null` is a cell staff
   * emptied: an edit like any other, which a new run keeps.
   */
  byKey: Record<string, Partial<Record<K, string | null>>>;
  /** Rows staff added (no row key, something typed), with every column found. */
  added: Partial<Record<K, string | null>>[];
}

/** A cell's text, trimmed; null for an empty cell, an empty text or an error value. */
export function cellText(v: GridValue | undefined): string | null {
  if (v === null || v === undefined || typeof v === "object") return null;
  const t = String(v).trim();
  return t === "" ? null : t;
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
      return at === undefined || at < 0 ? undefined : cellText(row[at]);
    };
    const id = read(key);
    const found = columns.filter((c) => c !== key && read(c) !== undefined);
    if (id) {
      edits.byKey[id] = Object.fromEntries(
        found.filter((c) => c.editable).map((c) => [c.key, read(c) ?? null]),
      ) as Partial<Record<K, string | null>>;
    } else if (found.some((c) => c.editable && read(c))) {
      edits.added.push(
        Object.fromEntries(found.map((c) => [c.key, read(c) ?? null])) as Partial<
          Record<K, string | null>
        >,
      );
    }
  }
  return edits;
}
