import { a1, columnLetter } from "../address";
import type { Bilingual, Lang } from "../types";
import type { CellSpec, SpecValue } from "./spec";

/**
 * One column of a generated table, defined once: its key, its header in both languages, its
 * width, the style of its cells, whether staff may edit it (what they type is kept when the
 * sheets are generated again) and whether it is printed. Header, widths, cells, the print area,
 * drop-down lists and the reader of staff edits are all derived from this list, so a new column
 * is one new entry.
 */
export interface ColumnDef<K extends string = string> {
  key: K;
  label: Bilingual;
  /** Excel character units. */
  width: number;
  /** Style of the body cells. */
  style: string;
  /** Staff may edit it; their text (an emptied cell too) survives regeneration. */
  editable: boolean;
  /** Inside the print area. Staff-only columns come after every printed one. */
  printed: boolean;
  /** The column whose text identifies a row again when the sheet is read back. */
  rowKey?: boolean;
  /** A drop-down list of allowed values. */
  list?: Readonly<Record<Lang, readonly string[]>>;
  /**
   * Where a generated row's value comes from: the row the layout is given (`"row"`, the
   * default), the row's number (`"number"`), or nobody: staff fill it in (`"staff"`, e.g. what
   * was done). The types of the rows (planSheet.ts: `PlanRow`, `PlanLine`) follow from it.
   */
  source?: "row" | "number" | "staff";
}

/** The keys of a column list whose `source` is one of `S` ("row" when not given). */
export type KeysFrom<C extends readonly ColumnDef[], S extends "row" | "number" | "staff"> = {
  [I in keyof C]: C[I] extends { key: infer K; source?: infer F }
    ? (undefined extends F ? "row" : F) extends S
      ? K
      : never
    : never;
}[number];

/**
 * Checks a column list: keys unique, labels unique per language, printed columns first, one row
 * key at most.
 *
 * @throws {RangeError} when the list breaks one of these rules (a programming error).
 */
export function defineColumns<K extends string, C extends readonly ColumnDef<K>[] = ColumnDef<K>[]>(
  columns: C,
): C {
  const keys = new Set(columns.map((c) => c.key));
  if (keys.size !== columns.length) throw new RangeError("columns: duplicate key");
  for (const lang of ["th", "en"] as const) {
    if (new Set(columns.map((c) => c.label[lang])).size !== columns.length)
      throw new RangeError(`columns: duplicate ${lang} label`);
  }
  const firstStaff = columns.findIndex((c) => !c.printed);
  if (firstStaff >= 0 && columns.slice(firstStaff).some((c) => c.printed))
    throw new RangeError("columns: a printed column after a staff-only one");
  if (columns.filter((c) => c.rowKey).length > 1) throw new RangeError("columns: two row keys");
  if (columns.some((c) => c.editable) && !columns.some((c) => c.rowKey))
    throw new RangeError("columns: editable columns without a row key");
  DEFINED.push(columns);
  return columns;
}

const DEFINED: (readonly ColumnDef[])[] = [];

/**
 * Every column list defined so far (each module's list is defined when it loads): the tests
 * check that every table with editable columns keeps what staff type in each of them.
 */
export function definedColumnLists(): readonly (readonly ColumnDef[])[] {
  return DEFINED;
}

/** 1-based column of a key. @throws {RangeError} for a key not in the list. */
export function columnOf<K extends string>(columns: readonly ColumnDef<K>[], key: K): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new RangeError(`columns: no column "${key}"`);
  return i + 1;
}

export const widthsOf = (columns: readonly ColumnDef[]): number[] => columns.map((c) => c.width);

/** Number of printed columns (they come first). */
export const printedCount = (columns: readonly ColumnDef[]): number =>
  columns.filter((c) => c.printed).length;

/** Header cells in the chosen language. */
export function headerCells(
  columns: readonly ColumnDef[],
  lang: Lang,
  style = "header",
): CellSpec[] {
  return columns.map((c) => ({ v: c.label[lang], s: style }));
}

/**
 * Body cells of one row, in column order. A value missing from `values` or an empty string is
 * an empty cell (`null`), never "".
 */
export function bodyCells<K extends string>(
  columns: readonly ColumnDef<K>[],
  values: Partial<Record<K, SpecValue | CellSpec>>,
): CellSpec[] {
  return columns.map((c): CellSpec => {
    const v = values[c.key] as SpecValue | CellSpec | undefined;
    if (v !== null && typeof v === "object") return { s: c.style, ...v };
    return { v: v === undefined || v === "" ? null : v, s: c.style };
  });
}

/** The print area: the printed columns from `top` to `bottom`, e.g. "A1:G20". */
export function printArea(columns: readonly ColumnDef[], top: number, bottom: number): string {
  return `A${top}:${a1(bottom, printedCount(columns))}`;
}

/** Drop-down lists of the columns that have one, over the body rows. */
export function columnLists(
  columns: readonly ColumnDef[],
  lang: Lang,
  first: number,
  last: number,
): { range: string; list: string[] }[] {
  return columns.flatMap((c, i) =>
    c.list
      ? [
          {
            range: `${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${last}`,
            list: [...c.list[lang]],
          },
        ]
      : [],
  );
}

/**
 * Column widths that hold the longest word of each column (a piece between two places a line may
 * break) in its header's and its cells' fonts, in this language, so that no host breaks a word
 * inside a column; what the widened columns take is given back by `flex`, so the sheet keeps
 * its page width.
 */
export function wordWidths<K extends string>(
  columns: readonly ColumnDef<K>[],
  texts: Partial<Record<K, string[]>>,
  fonts: { header: [number, boolean]; body: (key: K) => [number, boolean] },
  flex: K,
  longest: (text: string, size: number, bold: boolean) => number,
): number[] {
  const unitsFor = (points: number) => Math.ceil(((points + 2) / 0.75 + 4) / 7.35 + 0.5);
  const widths = columns.map((c) => {
    const [hs, hb] = fonts.header;
    const [bs, bb] = fonts.body(c.key);
    const need = Math.max(
      0,
      ...Object.values(c.label).map((t) => longest(t, hs, hb)),
      ...(texts[c.key] ?? []).map((t) => longest(t, bs, bb)),
    );
    return Math.max(c.width, unitsFor(need));
  });
  const extra = widths.reduce((s, w, i) => s + w - (columns[i]?.width ?? w), 0);
  const at = columns.findIndex((c) => c.key === flex);
  if (at >= 0) widths[at] = Math.max(8, (widths[at] ?? 0) - extra);
  return widths;
}
