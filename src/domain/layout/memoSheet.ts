import type { Analysis } from "../analyse/types";
import type { ReportText } from "../prose/types";
import type { Bilingual, Grid, Lang } from "../types";
import { defineColumns, widthsOf, type ColumnDef } from "./columns";
import { dateText } from "./dateText";
import { LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { SheetGrid } from "./sheetGrid";
import type { CellSpec, SheetSpec } from "./spec";
import { readStaffEdits, type StaffEdits } from "./staffEdits";
import { tagName } from "./tag";

type MemoKey = "a" | "b" | "c" | "d" | "field";

/**
 * The memo's four printed columns (A4 portrait) and, outside the print area, the column that
 * names each field staff fill in, so their text is found again on the next run.
 */
export const MEMO_COLUMNS: ColumnDef<MemoKey>[] = defineColumns<MemoKey>([
  { key: "a", label: { th: "ก", en: "a" }, width: 19, style: "memoValue", editable: true, printed: true },
  { key: "b", label: { th: "ข", en: "b" }, width: 22, style: "memoValue", editable: true, printed: true },
  { key: "c", label: { th: "ค", en: "c" }, width: 19, style: "memoValue", editable: true, printed: true },
  { key: "d", label: { th: "ง", en: "d" }, width: 22, style: "memoValue", editable: true, printed: true },
  {
    key: "field",
    label: { th: LABELS.th.memoFieldKey, en: LABELS.en.memoFieldKey },
    width: 24,
    style: "staffCell",
    editable: false,
    printed: false,
    rowKey: true,
  },
]);

/** The memo's fields staff fill in: each row's name (both languages) and the cells it keeps. */
const FIELDS = {
  agency: { th: "ส่วนราชการ", en: "From" },
  ref: { th: "เลขที่หนังสือ", en: "Reference" },
  to: { th: "เรียน", en: "To" },
  name1: { th: "ชื่อผู้รายงาน", en: "Name of the writer" },
  position1: { th: "ตำแหน่งผู้รายงาน", en: "Position of the writer" },
  opinion23: { th: "ความเห็นผู้บังคับบัญชา 1 และ 2", en: "Opinion of approvers 1 and 2" },
  name23: { th: "ชื่อผู้บังคับบัญชา 1 และ 2", en: "Names of approvers 1 and 2" },
  position23: { th: "ตำแหน่งผู้บังคับบัญชา 1 และ 2", en: "Positions of approvers 1 and 2" },
  opinion4: { th: "ความเห็นผู้บังคับบัญชาสูงสุด", en: "Opinion of the head" },
  name4: { th: "ชื่อผู้บังคับบัญชาสูงสุด", en: "Name of the head" },
  position4: { th: "ตำแหน่งผู้บังคับบัญชาสูงสุด", en: "Position of the head" },
} satisfies Record<string, Bilingual>;
type Field = keyof typeof FIELDS;

/** Staff edits of the memo by field, whichever language the earlier memo was written in. */
export function memoEditsByField(edits: StaffEdits<MemoKey> | null): Partial<
  Record<Field, Partial<Record<MemoKey, string | null>>>
> {
  const out: Partial<Record<Field, Partial<Record<MemoKey, string | null>>>> = {};
  for (const [text, values] of Object.entries(edits?.byKey ?? {})) {
    const field = (Object.keys(FIELDS) as Field[]).find(
      (f) => FIELDS[f].th === text || FIELDS[f].en === text,
    );
    if (field) out[field] = values;
  }
  return out;
}

/** What staff typed in an earlier memo. */
export type MemoEdits = StaffEdits<MemoKey>;

/** Reads what staff typed in an earlier generated memo, or null when it is not one. */
export function readMemoEdits(grid: Grid): MemoEdits | null {
  return readStaffEdits(grid, MEMO_COLUMNS);
}

export interface MemoOptions {
  /** Today's date (`YYYY-MM-DD`), read by the host; without it the date is left for staff. */
  today?: string | null;
  /** What staff typed in an earlier memo. */
  edits?: StaffEdits<MemoKey> | null;
}

const COL: Record<Exclude<MemoKey, "field">, number> = { a: 1, b: 2, c: 3, d: 4 };

/**
 * The memo (บันทึกข้อความ) in the form of Thai official memos: ส่วนราชการ, ที่, วันที่, เรื่อง,
 * เรียน, the body (the four scores and the level), and signature blocks for the writer and three
 * approvers, each approver with a line for an opinion. What staff type into ส่วนราชการ, ที่,
 * เรียน, the names, positions and opinions is kept when the sheets are generated again.
 */
export function memoSheet(
  analysis: Analysis,
  text: ReportText,
  lang: Lang,
  options: MemoOptions = {},
): SheetSpec {
  const L = LABELS[lang];
  const widths = widthsOf(MEMO_COLUMNS);
  const g = new SheetGrid(widths);
  const keyCol = MEMO_COLUMNS.length;
  const edits = memoEditsByField(options.edits ?? null);
  const dots = L.dots;
  let r = 1;

  /** A field row: default values per column, replaced by what staff typed (null included). */
  const field = (
    name: Field,
    cells: Partial<Record<Exclude<MemoKey, "field">, CellSpec>>,
    merges: [number, number][] = [],
  ) => {
    const typed = edits[name];
    for (const [key, cell] of Object.entries(cells) as [Exclude<MemoKey, "field">, CellSpec][]) {
      const kept = typed && key in typed ? { ...cell, v: typed[key] ?? null } : cell;
      g.put(r, COL[key], kept);
    }
    for (const [from, to] of merges) g.merge(r, from, r, to);
    g.put(r, keyCol, { v: FIELDS[name][lang], s: "staffCell" });
    r++;
  };
  const line = (v: string, s: string, from = 1, to = 4) => {
    g.put(r, from, { v, s });
    g.merge(r, from, r, to);
    r++;
  };

  g.put(1, 1, { v: L.memoTitle, s: "memoTitle" });
  g.merge(1, 1, 1, 4);
  g.put(1, keyCol, { v: MEMO_COLUMNS[keyCol - 1]?.label[lang] ?? "", s: "header" });
  r = 2;
  const unit = analysis.unit;
  const agency = [unit?.name, unit?.place].filter(Boolean).join(" ");
  field(
    "agency",
    { a: { v: L.memoAgency, s: "memoLabel" }, b: { v: agency || dots, s: "memoValue" } },
    [[2, 4]],
  );
  field("ref", {
    a: { v: L.memoRef, s: "memoLabel" },
    b: { v: null, s: "memoValue" },
    c: { v: L.memoDate, s: "memoLabel" },
    d: { v: dateText(options.today, lang) ?? dots, s: "memoValue" },
  });
  g.put(r, 1, { v: L.memoSubject, s: "memoLabel" });
  g.put(r, 2, { v: text.memo.subject, s: "memoValue" });
  g.merge(r, 2, r, 4);
  r++;
  field(
    "to",
    { a: { v: L.memoTo, s: "memoLabel" }, b: { v: text.memo.to || dots, s: "memoValue" } },
    [[2, 4]],
  );
  for (const paragraph of text.memo.body) line(paragraph, "paragraph");
  r++;

  // The writer, on the right half.
  line(`${L.memoSign} ${dots}`, "memoCenter", 3, 4);
  field("name1", { c: { v: `(${dots})`, s: "memoCenter" } }, [[3, 4]]);
  field("position1", { c: { v: `${L.memoPosition} ${dots}`, s: "memoCenter" } }, [[3, 4]]);
  r++;
  // Two approvers side by side, then the head on the right half.
  const pair = (v: string): Partial<Record<"a" | "c", CellSpec>> => ({
    a: { v, s: "memoValue" },
    c: { v, s: "memoValue" },
  });
  const both: [number, number][] = [
    [1, 2],
    [3, 4],
  ];
  field("opinion23", pair(`${L.memoOpinion} ${dots}`), both);
  line(`${L.memoSign} ${dots}`, "memoCenter", 1, 2);
  r--;
  line(`${L.memoSign} ${dots}`, "memoCenter", 3, 4);
  field("name23", { a: { v: `(${dots})`, s: "memoCenter" }, c: { v: `(${dots})`, s: "memoCenter" } }, both);
  field(
    "position23",
    {
      a: { v: `${L.memoPosition} ${dots}`, s: "memoCenter" },
      c: { v: `${L.memoPosition} ${dots}`, s: "memoCenter" },
    },
    both,
  );
  r++;
  field("opinion4", { c: { v: `${L.memoOpinion} ${dots}`, s: "memoValue" } }, [[3, 4]]);
  line(`${L.memoSign} ${dots}`, "memoCenter", 3, 4);
  field("name4", { c: { v: `(${dots})`, s: "memoCenter" } }, [[3, 4]]);
  field("position4", { c: { v: text.memo.to || `${L.memoPosition} ${dots}`, s: "memoCenter" } }, [
    [3, 4],
  ]);
  const last = r - 1;

  return {
    kind: "memo",
    year: analysis.year,
    name: L.memoName(analysis.year),
    tag: tagName("memo", analysis.year),
    rows: g.rows,
    widths,
    heights: g.heights(),
    merges: g.merges,
    conditionalFormats: [],
    validations: [],
    print: { ...printSetup(lang, undefined, "portrait"), area: `A1:D${last}` },
    tabColor: "203864",
  };
}
