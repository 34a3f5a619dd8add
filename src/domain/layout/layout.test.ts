import { mixedTable } from "../../../test/fixtures/layouts";
import { toGrids } from "../../../test/fixtures/toGrids";
import { generate, type GenerateOptions } from "../generate";
import type { Grid, GridValue } from "../types";
import { bodyCells, defineColumns, headerCells, printArea, type ColumnDef } from "./columns";
import { dateText } from "./dateText";
import { telephoneLine } from "./memoSheet";
import type { SheetSpec } from "./spec";
import { keepStaffEdits, readStaffEdits } from "./staffEdits";
import { PUBLIC_KINDS, SHEET_KINDS, isTagName, parseTagName, tagName } from "./tag";

type K = "no" | "name" | "note" | "id";
const COLUMNS: ColumnDef<K>[] = defineColumns<K>([
  {
    key: "no",
    label: { th: "ที่", en: "No." },
    width: 5,
    style: "cell",
    editable: false,
    printed: true,
    source: "number",
  },
  {
    key: "name",
    label: { th: "ชื่อ", en: "Name" },
    width: 20,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "note",
    label: { th: "บันทึก", en: "Note" },
    width: 20,
    style: "cell",
    editable: true,
    printed: false,
  },
  {
    key: "id",
    label: { th: "รหัส", en: "Code" },
    width: 8,
    style: "cell",
    editable: false,
    printed: false,
    rowKey: true,
  },
]);

const grid = (values: GridValue[][]): Grid => ({ name: "S", top: 3, left: 2, values });

/** A spec sheet's values as a grid a host would read back. */
const readBack = (sheet: SheetSpec, tag: string): Grid => ({
  name: sheet.name,
  top: 1,
  left: 1,
  values: sheet.rows.map((r) => r.map((c) => c?.v ?? null)),
  tag,
});

describe("columns defined once", () => {
  it("derive the header, the body (empty is null), and the print area of the printed columns", () => {
    expect(headerCells(COLUMNS, "en").map((c) => c.v)).toEqual(["No.", "Name", "Note", "Code"]);
    expect(bodyCells(COLUMNS, { no: 1, name: "", id: "X" }).map((c) => c.v)).toEqual([
      1,
      null,
      null,
      "X",
    ]);
    expect(printArea(COLUMNS, 1, 9)).toBe("A1:B9");
  });

  it("refuse a printed column after a staff-only one, and duplicate keys", () => {
    const [no, name] = COLUMNS as [ColumnDef<K>, ColumnDef<K>];
    expect(() => defineColumns([{ ...no, printed: false }, name])).toThrow(RangeError);
    expect(() => defineColumns([no, { ...name, key: "no" }])).toThrow("duplicate key");
  });
});

describe("readStaffEdits", () => {
  it("reads edits by row key and header, wherever staff moved the columns; an emptied cell is null", () => {
    const edits = readStaffEdits(
      grid([
        ["title"],
        ["Code", "Note", "ที่", "ชื่อ"],
        ["A", "ok", 1, "first"],
        ["B", null, 2, "  "],
        [null, "mine", null, "added"],
        [],
      ]),
      COLUMNS,
    );
    expect(edits).toEqual({
      byKey: { A: { note: "ok", no: 1, name: "first" }, B: { note: null, no: 2, name: null } },
      added: [{ note: "mine", no: null, name: "added" }],
    });
  });

  it("keeps numbers as numbers, and a row holding only its number is not a staff row", () => {
    const edits = readStaffEdits(
      grid([
        ["ที่", "ชื่อ", "บันทึก", "รหัส"],
        [1, 2568, true, "A"],
        [2, null, 12.5, null],
        [3, null, null, null],
      ]),
      COLUMNS,
    );
    expect(edits).toEqual({
      byKey: { A: { no: 1, name: 2568, note: true } },
      added: [{ no: 2, name: null, note: 12.5 }],
    });
  });
});

describe("keepStaffEdits", () => {
  const rows = [
    { name: "ours A", note: "n", id: "A" },
    { name: "ours B", note: "n", id: "B" },
  ];
  it("gives our rows the editable cells staff left (emptied ones too), then their rows", () => {
    const kept = keepStaffEdits(COLUMNS, rows, (r) => r.id, {
      byKey: { A: { no: 7, name: 100, note: null, id: "A" } },
      added: [{ no: 9, name: "theirs", note: 3, id: null }],
    });
    expect(kept).toEqual([
      { name: 100, note: null, id: "A" },
      { name: "ours B", note: "n", id: "B" },
      { name: "theirs", note: 3, id: null },
    ]);
  });

  it("gives our rows as they are without edits", () => {
    expect(keepStaffEdits(COLUMNS, rows, (r) => r.id, null)).toEqual(rows);
  });

  it("returns null for a sheet without the key column", () => {
    expect(readStaffEdits(grid([["ที่", "ชื่อ"]]), COLUMNS)).toBeNull();
  });
});

describe("dateText", () => {
  it("writes the date as official documents do, the Buddhist era in Thai", () => {
    expect(dateText("2025-11-24", "th")).toBe("24 พฤศจิกายน 2568");
    expect(dateText("2025-11-24", "en")).toBe("24 November 2025");
    expect(dateText("24/11/2025", "th")).toBeNull();
    expect(dateText(null, "th")).toBeNull();
  });
});

describe("sheet kinds", () => {
  it("publish memo, summary, analysis, follow-up and plan in that order; check is for staff", () => {
    expect(PUBLIC_KINDS).toEqual(["memo", "summary", "analysis", "followup", "plan"]);
    expect(SHEET_KINDS).toEqual([...PUBLIC_KINDS, "check"]);
    expect(parseTagName("ITAAnalyzer_followup_2569")).toEqual({ kind: "followup", year: 2569 });
    expect(parseTagName(tagName("check", 2568))).toEqual({ kind: "check", year: 2568 });
    expect(isTagName("ITAAnalyzer_memo_2568")).toBe(true);
    expect(isTagName("ITAAnalyzer_other_2568")).toBe(false);
  });
});

describe("the memo", () => {
  const memoOf = (grids: Grid[], options: GenerateOptions = {}) => {
    const result = generate(grids, options);
    if (!result.ok) throw new Error("the sample did not analyse");
    return result.spec.sheets.find((s) => s.kind === "memo") as SheetSpec;
  };
  const text = (sheet: SheetSpec) => sheet.rows.flat().map((c) => c?.v ?? null);

  it("is dated today only when today falls in the plan's fiscal year, in Thai digits", () => {
    // The 2568 analysis plans fiscal year 2569: 1 October 2568 to 30 September 2569.
    expect(text(memoOf(toGrids(mixedTable()), { today: "2025-11-24" }))).toContain(
      "๒๔ พฤศจิกายน ๒๕๖๘",
    );
    const late = generate(toGrids(mixedTable()), { today: "2026-12-03" });
    if (!late.ok) throw new Error("did not analyse");
    const memo = late.spec.sheets.find((s) => s.kind === "memo") as SheetSpec;
    const dateRow = memo.rows.find((r) => r.some((c) => c?.v === "เลขที่หนังสือและวันที่"));
    expect(dateRow?.[3]?.v).toMatch(/^\.+$/);
    expect(text(memo).join(" ")).not.toMatch(/ธันวาคม/);
    expect(late.analysis.findings.map((f) => f.rule)).toContain("memoDateToFill");
  });

  it("takes the date of the option (BE or CE), in Arabic digits when asked", () => {
    expect(text(memoOf(toGrids(mixedTable()), { date: "2568-11-24" }))).toContain(
      "๒๔ พฤศจิกายน ๒๕๖๘",
    );
    const arabic = memoOf(toGrids(mixedTable()), { date: "2025-11-24", digits: "arabic" });
    expect(text(arabic)).toContain("24 พฤศจิกายน 2568");
  });

  it("keeps the number, a name and an emptied opinion staff typed, by field", () => {
    const grids = toGrids(mixedTable());
    const first = memoOf(grids);
    const back = readBack(first, first.tag);
    const row = (field: string) => back.values.findIndex((r) => r.includes(field));
    (back.values[row("เลขที่หนังสือและวันที่")] as GridValue[])[1] = "พท 56501/732";
    (back.values[row("ชื่อผู้รายงาน")] as GridValue[])[2] = "(นางวรรณีย์ สำนานาว)";
    (back.values[row("ผู้บังคับบัญชา 2 ความเห็น/ลงชื่อ")] as GridValue[])[0] = null;
    const again = memoOf([...grids, back]);
    const cell = (field: string, col: number) =>
      again.rows[again.rows.findIndex((r) => r.some((c) => c?.v === field))]?.[col]?.v;
    expect(cell("เลขที่หนังสือและวันที่", 1)).toBe("พท 56501/732");
    expect(cell("ชื่อผู้รายงาน", 2)).toBe("(นางวรรณีย์ สำนานาว)");
    expect(cell("ผู้บังคับบัญชา 2 ความเห็น/ลงชื่อ", 0)).toBeNull();
    expect(String(cell("ผู้บังคับบัญชา 1 ความเห็น/ลงชื่อ", 0))).toMatch(/^ความเห็น \.+$/);
    expect(cell("ผู้บังคับบัญชา 2 ความเห็น/ตำแหน่ง", 2)).toBe("ปลัดเทศบาล");
  });
});

describe("ส่วนราชการ's telephone", () => {
  const dots = (n: number) => ".".repeat(n);
  it("follows a short unit on its line, with dots to the line's end", () => {
    expect(telephoneLine("กองคลัง เทศบาลตำบลคลองใหญ่", "โทร.", 70)).toBe(
      `กองคลัง เทศบาลตำบลคลองใหญ่ โทร. ${dots(25)}`,
    );
  });

  it("follows the writer's unit where the agency's name leaves its own line no room", () => {
    expect(telephoneLine("สำนักปลัด\nองค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย", "โทร.", 70)).toBe(
      `สำนักปลัด โทร. ${dots(62)}\nองค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย`,
    );
  });

  it("takes a line of its own when no line of the unit leaves it room", () => {
    expect(telephoneLine("สำนักปลัดองค์การบริหารส่วนจังหวัดนครศรีธรรมราช", "โทร.", 70)).toBe(
      `สำนักปลัดองค์การบริหารส่วนจังหวัดนครศรีธรรมราช\nโทร. ${dots(80)}`,
    );
  });
});

describe("the public sheets", () => {
  const sheetsOf = (grids: Grid[]) => {
    const result = generate(grids, { today: "2025-11-24" });
    if (!result.ok) throw new Error("the sample did not analyse");
    return result.spec.sheets;
  };

  it("never hold an empty text: an empty cell is null for both writers", () => {
    for (const sheet of sheetsOf(toGrids(mixedTable())))
      expect([sheet.kind, sheet.rows.flat().some((c) => c?.v === "")]).toEqual([sheet.kind, false]);
  });

  it('state a partial previous year, and print "-" where a value is missing', () => {
    const layout = mixedTable();
    const rows = layout[0]!.rows;
    for (const label of ["ตัวชี้วัดที่ 8", "ตัวชี้วัดที่ 9"]) {
      const row = rows.find((r) => String(r[0] ?? "").startsWith(label)) as GridValue[];
      row[1] = null;
      row[3] = null;
    }
    const sheets = sheetsOf(toGrids(layout));
    const summary = sheets.find((s) => s.kind === "summary") as SheetSpec;
    const texts = summary.rows.flat().map((c) => c?.v);
    expect(texts).toContain('หมายเหตุ: ปี 2567 มีคะแนนเพียง 8 จาก 10 ตัวชี้วัด ตัวชี้วัดที่ไม่มีคะแนนแสดงด้วย "-"');
    const nine = summary.rows.find((r) => r.some((c) => c?.v === "การเปิดเผยข้อมูล")) ?? [];
    expect(nine.map((c) => c?.v)).toEqual([
      9,
      "การเปิดเผยข้อมูล",
      "OIT",
      "-",
      86.75,
      "-",
      "-",
      93.37,
      "ต้องปรับปรุง",
    ]);
    const analysis = sheets.find((s) => s.kind === "analysis") as SheetSpec;
    expect(analysis.rows.flat().map((c) => c?.v)).toContain(
      'หมายเหตุ: ปี 2567 มีคะแนนเพียง 8 จาก 10 ตัวชี้วัด ตัวชี้วัดที่ไม่มีคะแนนแสดงด้วย "-"',
    );
  });
});

describe("column widths designed for A4", () => {
  /** Excel draws a width of w characters as trunc(7w) + 5 pixels (0.75 pt each). */
  const points = (w: number) => (Math.trunc(w * 7) + 5) * 0.75;
  const A4 = { portrait: 8.27, landscape: 11.69 };

  it("fit every public sheet's printed columns on the page at its print scale (at least 90 %)", () => {
    const result = generate(toGrids(mixedTable()));
    if (!result.ok) throw new Error("the sample did not analyse");
    for (const sheet of result.spec.sheets.filter((s) => PUBLIC_KINDS.includes(s.kind))) {
      const printed = sheet.print.area
        ? Number(/:([A-Z])\d+$/.exec(sheet.print.area)?.[1]?.charCodeAt(0) ?? 0) - 64
        : sheet.widths.length;
      const width = sheet.widths.slice(0, printed).reduce((s, w) => s + points(w), 0);
      const page =
        (A4[sheet.print.orientation] - sheet.print.margins.left - sheet.print.margins.right) * 72;
      expect(sheet.print.scale).toBeGreaterThanOrEqual(90);
      expect([sheet.kind, (width * sheet.print.scale) / 100 <= page]).toEqual([sheet.kind, true]);
    }
  });
});

describe("an AA–F year", () => {
  it("says in words whether the level passed, on the summary", () => {
    const layout = mixedTable();
    const rows = layout[0]!.rows;
    rows[0] = ["ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566"];
    rows[3] = ["ประเด็นการวิเคราะห์", "คะแนน 2565", "คะแนน 2566", "ผลต่าง", "หมายเหตุ"];
    const result = generate(toGrids(layout), { currentYear: 2569 });
    if (!result.ok) throw new Error("did not analyse");
    const summary = result.spec.sheets.find((s) => s.kind === "summary") as SheetSpec;
    const texts = summary.rows.flat().map((c) => c?.v);
    expect(texts).toContain("ระดับผลการประเมิน");
    expect(texts).toContain("A (ผ่าน)");
    // The previous year's level, in its own scale, in the analysis's first paragraph.
    expect(
      texts.filter((t) => typeof t === "string" && t.includes("โดยปี 2565 อยู่ในระดับ A (ผ่าน)")),
    ).toHaveLength(1);
  });
});
