import type { Analysis } from "../analyse/types";
import type { ReportText } from "../prose/types";
import type { Bilingual, Grid, Lang } from "../types";
import { defineColumns, printArea, widthsOf, type ColumnDef } from "./columns";
import { dateText } from "./dateText";
import { LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { columnTextPoints, textPoints } from "./rowHeight";
import { SheetGrid } from "./sheetGrid";
import type { CellSpec, SheetLayout } from "./spec";
import { readStaffEdits, type StaffEdits, type StaffValue } from "./staffEdits";
import { tagName } from "./tag";

type MemoKey = "a" | "b" | "c" | "d" | "e" | "f" | "field";
type Cell = Exclude<MemoKey, "field">;

const cellColumn = (key: Cell, width: number): ColumnDef<MemoKey> => ({
  key,
  label: { th: key, en: key },
  width,
  style: "memoValue",
  editable: true,
  printed: true,
});

/**
 * The memo's six printed columns (A4 portrait: halves A–C and D–F, thirds A–B, C–D, E–F for
 * the approvers) and, outside the print area, the column that names each field staff fill in,
 * so their text is found again on the next run.
 */
export const MEMO_COLUMNS: ColumnDef<MemoKey>[] = defineColumns<MemoKey>([
  cellColumn("a", 19),
  cellColumn("b", 8),
  cellColumn("c", 12),
  cellColumn("d", 14),
  cellColumn("e", 17),
  cellColumn("f", 20),
  {
    key: "field",
    label: { th: LABELS.th.memoFieldKey, en: LABELS.en.memoFieldKey },
    width: 44,
    style: "staffCell",
    editable: false,
    printed: false,
    rowKey: true,
  },
]);

/** The memo's fields staff fill in: each row's name (both languages). */
const FIELDS = {
  agency: { th: "ส่วนราชการ", en: "From" },
  ref: { th: "เลขที่หนังสือ", en: "Reference" },
  to: { th: "เรียน", en: "To" },
  name: { th: "ชื่อผู้รายงาน", en: "Name of the writer" },
  position: { th: "ตำแหน่งผู้รายงาน", en: "Position of the writer" },
  opinions: { th: "ความเห็นผู้บังคับบัญชา 3 ท่าน", en: "Opinions of the three approvers" },
  names: { th: "ชื่อผู้บังคับบัญชา 3 ท่าน", en: "Names of the three approvers" },
  positions: { th: "ตำแหน่งผู้บังคับบัญชา 3 ท่าน", en: "Positions of the three approvers" },
} satisfies Record<string, Bilingual>;
type Field = keyof typeof FIELDS;

/** Staff edits of the memo by field, whichever language the earlier memo was written in. */
export function memoEditsByField(
  edits: StaffEdits<MemoKey> | null,
): Partial<Record<Field, Partial<Record<MemoKey, StaffValue>>>> {
  const out: Partial<Record<Field, Partial<Record<MemoKey, StaffValue>>>> = {};
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

const COL: Record<Cell, number> = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
/** Where each approver's lines go: three thirds of the page. */
const THIRDS: [Cell, number, number][] = [
  ["a", 1, 2],
  ["c", 3, 4],
  ["e", 5, 6],
];

/**
 * A memo paragraph as official memos set it: the first line indented; a numbered line (the
 * scores of the tools) less, so that it keeps to one line.
 */
function indented(paragraph: string): string {
  return `${"\u00a0".repeat(/^\d+\.\s/.test(paragraph) ? 4 : 10)}${paragraph}`;
}

/**
 * A label followed by a dotted line for handwriting that fits `units` of width on one line in
 * TH Sarabun 16 (measured as row heights are, with a little room to spare).
 */
function fill(label: string, units: number): string {
  const room = (columnTextPoints(units)[0] ?? 0) * 0.92 - 6;
  const used = label ? textPoints(`${label} `) : 0;
  const dots = ".".repeat(Math.max(8, Math.floor((room - used) / textPoints("."))));
  return label ? `${label} ${dots}` : dots;
}

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
): SheetLayout {
  const L = LABELS[lang];
  const widths = widthsOf(MEMO_COLUMNS);
  const g = new SheetGrid(widths);
  const keyCol = MEMO_COLUMNS.length;
  const printed = keyCol - 1;
  const edits = memoEditsByField(options.edits ?? null);
  const span = (from: number, to: number) => widths.slice(from - 1, to).reduce((x, y) => x + y, 0);
  let r = 1;

  /** A field row: default values per cell, replaced by what staff typed (null included). */
  const field = (name: Field, cells: [Cell, number, CellSpec][]) => {
    const typed = edits[name];
    const covered = new Set<number>();
    for (const [key, to, cell] of cells) {
      g.put(r, COL[key], typed && key in typed ? { ...cell, v: typed[key] ?? null } : cell);
      g.merge(r, COL[key], r, to);
      for (let c = COL[key]; c <= to; c++) covered.add(c);
    }
    // What staff typed in a cell of the row we leave empty is theirs too.
    for (const [key, v] of Object.entries(typed ?? {})) {
      const at = COL[key as Cell];
      if (at !== undefined && !covered.has(at) && v !== null) g.put(r, at, { v, s: "memoValue" });
    }
    g.put(r, keyCol, { v: FIELDS[name][lang], s: "staffCell" });
    r++;
  };
  const fixed = (cells: [Cell, number, CellSpec][]) => {
    for (const [key, to, cell] of cells) {
      g.put(r, COL[key], cell);
      g.merge(r, COL[key], r, to);
    }
    r++;
  };

  g.put(1, 1, { v: L.memoTitle, s: "memoTitle" });
  g.merge(1, 1, 1, printed);
  g.put(1, keyCol, { v: MEMO_COLUMNS[keyCol - 1]?.label[lang] ?? "", s: "header" });
  r = 2;
  const unit = analysis.unit;
  const agency = [unit?.name, unit?.place].filter(Boolean).join(" ");
  const label = (v: string): [Cell, number, CellSpec] => ["a", 1, { v, s: "memoLabel" }];
  const rest = span(2, printed);
  field("agency", [
    label(L.memoAgency),
    ["b", printed, { v: agency || fill("", rest), s: "memoValue" }],
  ]);
  field("ref", [
    label(L.memoRef),
    ["b", 3, { v: null, s: "memoValue" }],
    ["d", 4, { v: L.memoDate, s: "memoLabel" }],
    ["e", 6, { v: dateText(options.today, lang) ?? fill("", span(5, 6)), s: "memoDate" }],
  ]);
  fixed([label(L.memoSubject), ["b", printed, { v: text.memo.subject, s: "memoValue" }]]);
  field("to", [
    label(L.memoTo),
    ["b", printed, { v: text.memo.to || fill("", rest), s: "memoValue" }],
  ]);
  for (const paragraph of text.memo.body)
    fixed([["a", printed, { v: indented(paragraph), s: "paragraph" }]]);

  // The writer signs on the right half; the three approvers below, side by side.
  const half = span(4, 6);
  fixed([["d", 6, { v: fill(L.memoSign, half), s: "memoCenter" }]]);
  field("name", [["d", 6, { v: `(${fill("", half - 2)})`, s: "memoCenter" }]]);
  field("position", [["d", 6, { v: fill(L.memoPosition, half), s: "memoCenter" }]]);
  const third = (from: number, to: number) => span(from, to);
  const each = (v: (w: number, i: number) => string, s: string): [Cell, number, CellSpec][] =>
    THIRDS.map(([key, from, to], i) => [key, to, { v: v(third(from, to), i), s }]);
  field(
    "opinions",
    each((w) => fill(L.memoOpinion, w), "memoValue"),
  );
  fixed(each((w) => fill(L.memoSign, w), "memoCenter"));
  field(
    "names",
    each((w) => `(${fill("", w - 2)})`, "memoCenter"),
  );
  field(
    "positions",
    each(
      (w, i) => (i === THIRDS.length - 1 && text.memo.to ? text.memo.to : fill(L.memoPosition, w)),
      "memoCenter",
    ),
  );
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
    print: printSetup(lang, undefined, "portrait", {
      bare: true,
      area: printArea(MEMO_COLUMNS, 1, last),
    }),
    tabColor: "203864",
  };
}
