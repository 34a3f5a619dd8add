import { agencyNames } from "../agency/agencyNames";
import { FILL, type Agency } from "../agency/types";
import type { Analysis } from "../analyse/types";
import type { ReportText } from "../prose/types";
import type { Bilingual, Grid, Lang } from "../types";
import { defineColumns, printArea, widthsOf, type ColumnDef } from "./columns";
import { dateText, readDateText } from "./dateText";
import { fiscalYearOfIso } from "./memoDate";
import { thaiDigits } from "./digits";
import { LABELS } from "./labels";
import { fitScale, pageCapacity } from "./pageBreaks";
import { printSetup } from "./printSetup";
import { breakPieces, columnTextPoints, keepNamesWhole, textPoints, wrapLines } from "./rowHeight";
import { SheetGrid } from "./sheetGrid";
import { STYLES } from "./styles";
import type { CellSpec, ImageSpec, SheetLayout } from "./spec";
import { readStaffEdits, type StaffEdits, type StaffValue } from "./staffEdits";
import { tagName } from "./tag";

type MemoKey = "a" | "b" | "c" | "d" | "field";
type Cell = Exclude<MemoKey, "field">;

/** Digits of the Thai memo: Thai (๑๒๓, as official memos write them) or Arabic. */
export type Digits = "thai" | "arabic";

const cellColumn = (key: Cell, width: number): ColumnDef<MemoKey> => ({
  key,
  label: { th: key, en: key },
  width,
  style: "memoValue",
  editable: true,
  printed: true,
});

/**
 * The memo's four printed columns (A4 portrait at 90 %): the labels (ส่วนราชการ in 20 pt bold)
 * and the left half's rest, then วันที่ and the right half's rest, where the writer and each
 * approver sign; outside the print area, the column that names each field staff fill in, so
 * their text is found again on the next run.
 */
export const MEMO_COLUMNS: ColumnDef<MemoKey>[] = defineColumns<MemoKey>([
  cellColumn("a", 20),
  cellColumn("b", 25),
  cellColumn("c", 10),
  cellColumn("d", 35),
  {
    key: "field",
    label: { th: LABELS.th.memoFieldKey, en: LABELS.en.memoFieldKey },
    width: 60,
    style: "staffCell",
    editable: false,
    printed: false,
    rowKey: true,
  },
]);

/** The memo's rows staff fill in, by field: each row's name in both languages. */
const FIELDS = {
  agency: { th: "ส่วนราชการ", en: "From" },
  ref: { th: "เลขที่หนังสือและวันที่", en: "Reference and date" },
  to: { th: "เรียน", en: "To" },
  sign: { th: "ลงชื่อผู้รายงาน", en: "Signature of the writer" },
  name: { th: "ชื่อผู้รายงาน", en: "Name of the writer" },
  position: { th: "ตำแหน่งผู้รายงาน", en: "Position of the writer" },
} satisfies Record<string, Bilingual>;
/** An approver's three rows: an opinion line beside the signature, the name, the position. */
const approverField = (i: number, part: 1 | 2 | 3): Bilingual => ({
  th: `ผู้บังคับบัญชา ${i} ${["ความเห็น/ลงชื่อ", "ความเห็น/ชื่อ", "ความเห็น/ตำแหน่ง"][part - 1]}`,
  en: `Approver ${i} ${["opinion/signature", "opinion/name", "opinion/position"][part - 1]}`,
});
const APPROVERS = 3;
const ALL_FIELDS: Bilingual[] = [
  ...Object.values(FIELDS),
  ...Array.from({ length: APPROVERS }, (_, i) =>
    ([1, 2, 3] as const).map((p) => approverField(i + 1, p)),
  ).flat(),
];

type Edits = Partial<Record<MemoKey, StaffValue>>;

/**
 * Staff edits of the memo by field (the Thai field name), whichever language the earlier memo
 * was written in. A cell still holding only what we print for staff to fill (dotted lines,
 * "(ลงชื่อ)", "ตำแหน่ง", "…………") is not an edit: the new memo prints its own.
 */
export function memoEditsByField(edits: StaffEdits<MemoKey> | null): Record<string, Edits> {
  const out: Record<string, Edits> = {};
  for (const [text, values] of Object.entries(edits?.byKey ?? {})) {
    const field = ALL_FIELDS.find((f) => f.th === text || f.en === text);
    if (!field) continue;
    out[field.th] = Object.fromEntries(
      Object.entries(values).filter(([, v]) => typeof v !== "string" || !isBlankForm(v)),
    );
  }
  return out;
}

const FORM_WORDS =
  /\(ลงชื่อ\)|\(Signed\)|ความเห็น|Opinion|ตำแหน่ง|Position|โทร\.|Tel\.|วันที่|Date|ที่|Ref\./g;
/** Only the form's own words and dots: what we print for staff to fill. */
function isBlankForm(v: string): boolean {
  return v.replace(FORM_WORDS, "").replace(/[.…()\s]/g, "") === "";
}

/**
 * What staff typed in an earlier memo, by this form's fields and cells; `previousForm` when it
 * was read from the form before this one (its cells that held our own defaults then are
 * dropped by `memoSheet`, which knows them).
 */
export type MemoEdits = StaffEdits<MemoKey> & { previousForm?: boolean };

/**
 * The memo's previous form (six printed columns a–f, the three approvers side by side in
 * thirds a, c, e): each of its fields by name (Thai and English), and where each of its cells
 * goes in this form, as [field (Thai), cell].
 */
type PreviousKey = "a" | "b" | "c" | "d" | "e" | "f" | "field";
const PREVIOUS_COLUMNS: ColumnDef<PreviousKey>[] = [
  ...(["a", "b", "c", "d", "e", "f"] as const).map((key) => ({
    ...cellColumn("a", 10),
    key,
    label: { th: key, en: key },
  })),
  { ...(MEMO_COLUMNS[MEMO_COLUMNS.length - 1] as ColumnDef<MemoKey>), key: "field" as const },
];
const approver = (i: number, part: 1 | 2 | 3) => approverField(i, part).th;
const PREVIOUS_FIELDS: [Bilingual, Partial<Record<PreviousKey, [string, Cell]>>][] = [
  [FIELDS.agency, { b: [FIELDS.agency.th, "b"] }],
  [
    { th: "เลขที่หนังสือ", en: "Reference" },
    { b: [FIELDS.ref.th, "b"], e: [FIELDS.ref.th, "d"] },
  ],
  [FIELDS.to, { b: [FIELDS.to.th, "b"] }],
  [FIELDS.name, { d: [FIELDS.name.th, "c"] }],
  [FIELDS.position, { d: [FIELDS.position.th, "c"] }],
  [
    { th: "ความเห็นผู้บังคับบัญชา 3 ท่าน", en: "Opinions of the three approvers" },
    { a: [approver(1, 1), "a"], c: [approver(2, 1), "a"], e: [approver(3, 1), "a"] },
  ],
  [
    { th: "ชื่อผู้บังคับบัญชา 3 ท่าน", en: "Names of the three approvers" },
    { a: [approver(1, 2), "c"], c: [approver(2, 2), "c"], e: [approver(3, 2), "c"] },
  ],
  [
    { th: "ตำแหน่งผู้บังคับบัญชา 3 ท่าน", en: "Positions of the three approvers" },
    { a: [approver(1, 3), "c"], c: [approver(2, 3), "c"], e: [approver(3, 3), "c"] },
  ],
];

/**
 * What the previous form printed in ส่วนราชการ, เรียน and the last approver's position by
 * default (the agency's name and place; the head's title as the kind was then told from the
 * name): found there, it is ours, not staff's.
 */
function previousDefaults(name: string, place: string | null): Set<string> {
  const named = (f: (n: string) => string) => (name ? [f(name)] : []);
  return new Set([
    [name, place].filter(Boolean).join(" "),
    ...named((n) => n.replace(/^เทศบาล/, "นายกเทศมนตรี")),
    ...["นายก", "อธิการบดี", "อธิบดี", "หัวหน้า"].flatMap((t) => named((n) => `${t}${n}`)),
    "หัวหน้าส่วนราชการ",
    ...["Mayor", "Chief Executive", "Director-General", "President", "head"].flatMap((t) =>
      named((n) => `The ${t} of ${n}`),
    ),
    "The head of the agency",
  ]);
}

/**
 * Reads what staff typed in an earlier generated memo, or null when it is not one: this form,
 * or the previous one (its fields read under their old names and moved to this form's cells).
 */
export function readMemoEdits(grid: Grid): MemoEdits | null {
  const previous = readStaffEdits(grid, PREVIOUS_COLUMNS);
  const names = Object.keys(previous?.byKey ?? {});
  const oldOnly = PREVIOUS_FIELDS.filter(([f]) => !ALL_FIELDS.some((n) => n.th === f.th));
  if (!previous || !oldOnly.some(([f]) => names.includes(f.th) || names.includes(f.en)))
    return readStaffEdits(grid, MEMO_COLUMNS);
  const byKey: Record<string, Edits> = {};
  for (const [name, values] of Object.entries(previous.byKey)) {
    const moves = PREVIOUS_FIELDS.find(([f]) => f.th === name || f.en === name)?.[1] ?? {};
    for (const [from, to] of Object.entries(moves) as [PreviousKey, [string, Cell]][]) {
      const value = values[from];
      // A cell left empty then is no edit: the new form prints its own.
      if (!value) continue;
      byKey[to[0]] = { ...byKey[to[0]], [to[1]]: value };
    }
  }
  return { byKey, added: [], previousForm: true };
}

/** The emblem of an earlier memo, kept for the next one (the first image at its top left). */
export function readEmblem(grid: Grid): ImageSpec | null {
  return grid.images?.find((i) => i.from === "A1") ?? null;
}

export interface MemoOptions {
  /** The memo's date (`YYYY-MM-DD`, Common Era): the option's, or today's in the plan's fiscal year. */
  date?: string | null;
  /** Where the date came from: the option's wins over an earlier memo's. */
  dateFrom?: "option" | "today" | null;
  /** What staff typed in an earlier memo. */
  edits?: MemoEdits | null;
  /** Digits of the Thai memo; default Thai. */
  digits?: Digits;
  /** The agency's emblem, 1.5 cm high at the top left. */
  emblem?: ImageSpec | null;
}

const COL: Record<Cell, number> = { a: 1, b: 2, c: 3, d: 4 };
const LAST = 4;
/** Points of 1.5 cm: the emblem's height on a memo (3 cm is for letters to outside). */
export const EMBLEM_POINTS = (1.5 / 2.54) * 72;

/** A memo paragraph as official memos set it: the first line indented (2.5 cm). */
function indented(paragraph: string): string {
  return `${"\u00a0".repeat(/^\d+\.\s/.test(paragraph) ? 6 : 12)}${paragraph}`;
}

/**
 * A label followed by a dotted line for handwriting that fits `units` of width on one line in
 * TH Sarabun 16 (measured as row heights are, with a little room to spare).
 */
function dotted(label: string, units: number): string {
  const room = (columnTextPoints(units)[0] ?? 0) * 0.92 - 6;
  const used = label ? textPoints(`${label} `) : 0;
  const dots = ".".repeat(Math.max(8, Math.floor((room - used) / textPoints("."))));
  return label ? `${label} ${dots}` : dots;
}

/**
 * ส่วนราชการ's text: the unit as our fitter lays it out on its lines, then "โทร." and dots to the
 * end of a line, as the official form has them: after the unit's last line where it leaves room;
 * else after the last of its lines that does (the writer's own unit, before an agency's name too
 * long to share its line); else on a line of its own.
 *
 * @example
 * telephoneLine("สำนักปลัด\nองค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย", "โทร.", 70)
 * //=> "สำนักปลัด โทร. ……(dots)\nองค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย"
 */
export function telephoneLine(unit: string, tel: string, units: number): string {
  const room = columnTextPoints(units)[0] ?? 0;
  const line = room * 0.92 - 6;
  const dots = (n: number) => ".".repeat(Math.max(8, Math.floor(n / textPoints("."))));
  const lines = wrapLines(unit, room).map((l) => l.replace(/\s+$/, ""));
  const rest = (l: string) => line - textPoints(`${l} ${tel} `);
  let at = lines.length - 1;
  while (at >= 0 && rest(lines[at] ?? "") < 70) at--;
  if (at < 0) return `${lines.join("\n")}\n${tel} ${dots(line - textPoints(`${tel} `))}`;
  return lines
    .map((l, i) => (i === at ? `${l} ${tel} ${dots(rest(l))}` : l.replace(/^\s+/, "")))
    .join("\n");
}

/** Row layouts of the memo's sheet, before their text is final (to be measured). */
interface MemoRow {
  /** Field staff fill in, or none for fixed rows. */
  field?: Bilingual;
  cells: [Cell, Cell, CellSpec][];
  /** A manual page break after this row (the continuation form). */
  breakAfter?: boolean;
}

/**
 * The memo (บันทึกข้อความ) in the official form: a place for the emblem and บันทึกข้อความ, then
 * ส่วนราชการ (the writer's unit and the agency) with a telephone field, ที่ and วันที่, เรื่อง,
 * เรียน (the head, titled by the kind of agency), the body (the four scores and the level), the
 * writer's signature, and the approvers stacked, each with lines for an opinion beside the
 * signature, the name and the position the profile gives (in English, whose titles run longer,
 * the signatures in columns b–d and the opinion in column a). It keeps to one A4 page; when it
 * cannot, it takes the continuation form (the last paragraph carried over, "/จึงเรียน…" at the
 * foot of page 1, "-๒-" on top of page 2). What staff type is kept when the sheets are
 * generated again.
 */
export function memoSheet(
  analysis: Analysis,
  text: ReportText,
  lang: Lang,
  agency: Agency,
  options: MemoOptions = {},
): SheetLayout {
  const L = LABELS[lang];
  const widths = widthsOf(MEMO_COLUMNS);
  const keyCol = MEMO_COLUMNS.length;
  const edits = memoEditsByField(options.edits ?? null);
  if (options.edits?.previousForm) {
    const ours = previousDefaults(analysis.unit?.name ?? "", analysis.unit?.place ?? null);
    for (const values of Object.values(edits))
      for (const [cell, value] of Object.entries(values) as [Cell, StaffValue][])
        if (typeof value === "string" && ours.has(value)) delete values[cell];
  }
  // An earlier memo's date: the option's wins; a date outside the plan's fiscal year is dropped
  // (the previous form dated every memo by the computer's clock); staff's own text is kept.
  const earlierDate = edits[FIELDS.ref.th]?.d;
  if (earlierDate !== undefined && earlierDate !== null) {
    const read = typeof earlierDate === "string" ? readDateText(earlierDate) : null;
    const planYear = analysis.year + 1;
    if (options.dateFrom === "option" || (read !== null && fiscalYearOfIso(read) !== planYear))
      delete (edits[FIELDS.ref.th] as Edits).d;
  }
  const en = lang === "en";
  const digits = lang === "th" && (options.digits ?? "thai") === "thai";
  const our = (v: string) => (digits ? thaiDigits(v) : v);
  const span = (from: Cell, to: Cell) =>
    widths.slice(COL[from] - 1, COL[to]).reduce((x, y) => x + y, 0);
  const v = (value: string, s: string): CellSpec => ({ v: our(value), s });
  const label = (value: string): CellSpec => ({ v: value, s: "memoLabel" });
  // The agency's name, district, province and head's title are never broken across lines: the
  // line before one ends early where it would straddle the line's end (keepNamesWhole).
  const names = agencyNames(agency, lang);
  const whole = (value: string, from: Cell, to: Cell, s: string) => {
    const font = STYLES[s]?.font;
    const room = columnTextPoints(span(from, to))[0] ?? 0;
    return keepNamesWhole(our(value), names, room, font?.size, font?.bold);
  };
  const named = (value: string, from: Cell, to: Cell, s: string): CellSpec => ({
    v: whole(value, from, to, s),
    s,
  });

  const writer = agency.writerUnit[lang] ?? FILL;
  // ส่วนราชการ and its telephone on one line where they fit, the telephone's dots to its end.
  const unitLine = telephoneLine(whole(writer, "b", "d", "memoValue"), L.memoTel, span("b", "d"));
  const date = dateText(options.date, lang);
  const head: MemoRow[] = [
    {
      field: FIELDS.agency,
      cells: [
        ["a", "a", label(L.memoAgency)],
        ["b", "d", { v: unitLine, s: "memoValue" }],
      ],
    },
    {
      field: FIELDS.ref,
      cells: [
        ["a", "a", label(L.memoRef)],
        ["b", "b", v(dotted("", span("b", "b")), "memoValue")],
        ["c", "c", label(L.memoDate)],
        ["d", "d", v(date ?? dotted("", span("d", "d")), "memoDate")],
      ],
    },
    {
      cells: [
        ["a", "a", label(L.memoSubject)],
        ["b", "d", named(text.memo.subject, "b", "d", "memoValue")],
      ],
    },
    {
      field: FIELDS.to,
      cells: [
        ["a", "a", label(L.memoTo)],
        ["b", "d", named(agency.head[lang] ?? dotted("", span("b", "d")), "b", "d", "memoValue")],
      ],
    },
  ];
  const paragraph = (p: string): MemoRow => ({
    cells: [["a", "d", named(indented(p), "a", "d", "paragraph")]],
  });
  const body = text.memo.body.map(paragraph);
  // Where the writer and the approvers sign: the right half (c–d) in Thai; in English, whose
  // titles run longer, columns b–d, each approver's opinion lines in column a.
  const signFrom: Cell = en ? "b" : "c";
  const opinionTo: Cell = en ? "a" : "b";
  const sign = span(signFrom, "d");
  const opinion = span("a", opinionTo);
  const writerRows: MemoRow[] = [
    { field: FIELDS.sign, cells: [[signFrom, "d", v(dotted(L.memoSign, sign), "memoCenter")]] },
    {
      field: FIELDS.name,
      cells: [[signFrom, "d", v(`(${dotted("", sign - 2)})`, "memoCenter")]],
    },
    {
      field: FIELDS.position,
      cells: [[signFrom, "d", v(dotted(L.memoPosition, sign), "memoCenter")]],
    },
  ];
  // Each approver: three lines for an opinion on the left, the signature, the name and the
  // position on the right; the head signs last.
  const chain = agency.chain.slice(-APPROVERS);
  const approverRows: MemoRow[] = chain.flatMap((p, i) => {
    const position = p[lang]
      ? p.fill
        ? `${p[lang]}${dotted("", Math.max(8, sign / 3))}`
        : p[lang]
      : dotted(L.memoPosition, sign);
    return [
      {
        field: approverField(i + 1, 1),
        cells: [
          ["a", opinionTo, v(dotted(L.memoOpinion, opinion), "memoValue")],
          [signFrom, "d", v(dotted(L.memoSign, sign), "memoCenter")],
        ],
      },
      {
        field: approverField(i + 1, 2),
        cells: [
          ["a", opinionTo, v(dotted("", opinion), "memoValue")],
          [signFrom, "d", v(`(${dotted("", sign - 2)})`, "memoCenter")],
        ],
      },
      {
        field: approverField(i + 1, 3),
        cells: [
          ["a", opinionTo, v(dotted("", opinion), "memoValue")],
          [signFrom, "d", named(position as string, signFrom, "d", "memoCenter")],
        ],
      },
    ] satisfies MemoRow[];
  });
  const signing = new Set<MemoRow>([...writerRows, ...approverRows]);
  const print = printSetup(lang, undefined, "portrait", { bare: true });
  const capacity = pageCapacity({ ...print, scale: fitScale(widths.slice(0, LAST), print) });
  const build = (rows: MemoRow[]) => {
    const g = new SheetGrid(widths);
    g.put(1, 1, { v: L.memoTitle, s: "memoTitle" });
    g.merge(1, 1, 1, LAST);
    g.put(1, keyCol, { v: MEMO_COLUMNS[keyCol - 1]?.label[lang] ?? "", s: "header" });
    rows.forEach((row, i) => {
      const r = i + 2;
      const typed = row.field ? edits[row.field.th] : undefined;
      const covered = new Set<number>();
      for (const [from, to, cell] of row.cells) {
        // The signing cell of a memo in the other language (c in Thai, b in English) is the
        // same place: what staff typed there moves with it.
        const other: Cell | null = signing.has(row) && from === signFrom ? (en ? "c" : "b") : null;
        const theirs = (k: Cell | null) => (k && typed && k in typed ? k : null);
        const at =
          theirs(from) && (typed?.[from] ?? null) !== null
            ? from
            : other && theirs(other) && (typed?.[other] ?? null) !== null
              ? other
              : theirs(from);
        const kept = typed && at ? { ...cell, v: typed[at] ?? null } : cell;
        g.put(r, COL[from], kept);
        g.merge(r, COL[from], r, COL[to]);
        for (let c = COL[from]; c <= COL[to]; c++) covered.add(c);
      }
      // What staff typed in a cell of the row we leave empty is theirs too.
      for (const [key, value] of Object.entries(typed ?? {})) {
        const at = COL[key as Cell];
        if (at !== undefined && !covered.has(at) && value !== null)
          g.put(r, at, { v: value, s: "memoValue" });
      }
      if (row.field) g.put(r, keyCol, { v: row.field[lang], s: "staffCell" });
    });
    const heights = g.heights();
    const used = Object.values(heights).reduce((s, h) => s + h, 0);
    return { g, heights, used };
  };
  let rows = [...head, ...body, ...writerRows, ...approverRows];
  let built = build(rows);
  let breaks: number[] | undefined;
  if (built.used > capacity) {
    // The continuation form: page 1 ends before the last paragraph with its first word after
    // a slash; page 2 is numbered "-๒-" and carries that paragraph, the signatures and the
    // approvers.
    const last = body.length - 1;
    const carried = text.memo.body[last] ?? "";
    const first = breakPieces(carried).slice(0, 2).join("");
    const foot: MemoRow = { cells: [["c", "d", v(`/${first}…`, "memoRight")]], breakAfter: true };
    const top: MemoRow = {
      cells: [["a", "d", v(lang === "th" ? "-2-" : "- 2 -", "memoPageNumber")]],
    };
    rows = [
      ...head,
      ...body.slice(0, last),
      foot,
      top,
      ...body.slice(last),
      ...writerRows,
      ...approverRows,
    ];
    built = build(rows);
    breaks = [rows.indexOf(foot) + 2];
  }
  const lastRow = rows.length + 1;
  return {
    kind: "memo",
    year: analysis.year,
    name: L.memoName(analysis.year),
    tag: tagName("memo", analysis.year),
    rows: built.g.rows,
    widths,
    heights: built.heights,
    merges: built.g.merges,
    conditionalFormats: [],
    validations: [],
    print: {
      ...print,
      area: printArea(MEMO_COLUMNS, 1, lastRow),
      // The continuation form's two pages, each kept whole: page 1 ends at its foot.
      ...(breaks
        ? {
            blocks: [
              { top: 1, bottom: breaks[0] as number },
              { top: (breaks[0] as number) + 1, bottom: lastRow },
            ],
          }
        : {}),
    },
    ...(options.emblem ? { images: [{ ...options.emblem, from: "A1" }] } : {}),
    tabColor: "203864",
  };
}
