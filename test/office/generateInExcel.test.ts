import { mixedTable } from "../fixtures/layouts";
import { besideOf, dataSheet, fakeWith, generate, keyOf, withNoise } from "./helpers";
import { a1 } from "../../src/domain/address";
import { MARK_NAME, markFormula, parseMark } from "../../src/domain/layout/ownership";
import { PAYLOAD_LIMIT } from "../fakeExcel/limits";
import { SAMPLE_SHEETS } from "../sampleSheets";

const SHEETS = ["ITA", ...SAMPLE_SHEETS];
const TAGS = [
  "ITAAnalyzer_analysis_2568",
  "ITAAnalyzer_check_2568",
  "ITAAnalyzer_memo_2568",
  "ITAAnalyzer_plan_2568",
  "ITAAnalyzer_summary_2568",
];
const TOTAL_LABEL = "คะแนนรวม ITA ปี 2568";
/** The Summary's total, found by its label (two columns to its right). */
const totalOf = (fake: ReturnType<typeof fakeWith>) =>
  besideOf(fake.sheet("สรุปผล ITA 2568")!, TOTAL_LABEL, 2);
/** The A1 address of the Summary's total. */
const totalAddress = (fake: ReturnType<typeof fakeWith>) => {
  const [r, c] = keyOf(fake.sheet("สรุปผล ITA 2568")!, TOTAL_LABEL).split(",").map(Number);
  return a1(r as number, (c as number) + 2);
};
const workbookNames = (fake: ReturnType<typeof fakeWith>) =>
  fake.state.names.filter((n) => !n.scopeId).map((n) => n.name);

describe("Generate inside Excel (fake)", () => {
  it("writes the five sheets, tagged and marked, in 4 requests: list, read, content, cosmetics", async () => {
    const fake = fakeWith(mixedTable());
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "done", warnings: [] });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(SHEETS);
    expect(fake.syncs).toBe(4);
    expect(workbookNames(fake)).toEqual(TAGS);
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    expect(totalOf(fake)).toBe(94.5);
    expect(summary.customProperties).toEqual({ ITAAnalyzer: "ITAAnalyzer_summary_2568" });
    expect(summary.charts).toHaveLength(1);
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.freeze).not.toBeNull();
    // what moved the total: one series with signed value labels, no legend, axis left to Excel
    expect(summary.charts[0]).toMatchObject({
      type: "ColumnClustered",
      "dataLabels.showValue": true,
      "legend.visible": false,
    });
    expect(summary.charts[0]).not.toHaveProperty(["axes.valueAxis.minimum"]);
    expect(summary.charts[0]).not.toHaveProperty(["axes.categoryAxis.reversePlotOrder"]);
    expect(fake.state.activeSheetId).toBe(fake.sheet("บันทึกข้อความ ITA 2568")!.id);
    // each generated sheet carries its own hidden, sheet-scoped mark
    for (const name of SHEETS.slice(1)) {
      const sheet = fake.sheet(name)!;
      const marks = fake.state.names.filter((n) => n.scopeId === sheet.id);
      expect(marks.map((m) => [m.name, m.visible])).toEqual([[MARK_NAME, false]]);
      expect(parseMark(marks[0]?.value)).not.toBeNull();
    }
  });

  it.each([1, 10, 100])("uses the same 4 requests for an input %d× larger", async (factor) => {
    const fake = fakeWith(withNoise(mixedTable(), factor));
    expect((await generate(fake)).kind).toBe("done");
    expect(fake.syncs).toBe(4);
  });

  it("reads a sheet larger than its first window in budgeted batches (one more request)", async () => {
    // 100× the rows, with notes across A:H: wider than the look's A:E below its first rows.
    const fake = fakeWith(
      withNoise(mixedTable(), 100).map((sheet) => ({
        ...sheet,
        rows: sheet.rows.map((r, i) => (i < 40 ? r : [...r, null, null, `หมายเหตุ ${i}`])),
      })),
    );
    expect((await generate(fake)).kind).toBe("done");
    expect(fake.syncs).toBe(5);
    expect(totalOf(fake)).toBe(94.5);
  });

  it("reads 200,000 texts (more than 5 MB in one answer) in answers under the budget", async () => {
    const fake = fakeWith(mixedTable());
    fake.addSheet(
      "บันทึก",
      Array.from({ length: 20_000 }, (_, r) =>
        Array.from({ length: 10 }, (_, c) => `บันทึกการประชุมครั้งที่ ${r}-${c}`),
      ),
    );
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(4_500_000);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it("leaves a 200,000-row data sheet beside the scores unscanned, with a finding, in 4 requests", async () => {
    const fake = fakeWith(mixedTable());
    fake.addSheet("ข้อมูลดิบ", dataSheet(200_000, 5));
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.syncs).toBe(4);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    if (outcome.kind !== "done") return;
    const note = outcome.analysis.findings.find((f) => f.rule === "sheet-too-large");
    expect(note).toMatchObject({ severity: "info", cell: "'ข้อมูลดิบ'!A1" });
    expect(note?.message.th).toContain("1,000,000 เซลล์");
    expect(note?.message.en).toContain("select the table");
    expect(outcome.analysis.total.score).toBe(94.5);
  }, 60_000);

  it("reads an empty Sheet2 without calling a method on a null object", async () => {
    const fake = fakeWith(mixedTable());
    fake.addSheet("Sheet2");
    fake.addSheet("Sheet3", [["หมายเหตุ"]]);
    expect(fake.strictNullObjects).toBe(true);
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.syncs).toBe(4);
  });

  it("keeps number-looking text from the workbook as text", async () => {
    const layout = mixedTable();
    layout[0]!.rows[1] = ["หน่วยงาน", "1/10/2568"];
    const fake = fakeWith(layout);
    await generate(fake);
    // The agency's name, in the summary's title (named once, no line of its own).
    const cell = fake.sheet("สรุปผล ITA 2568")!.cells["1,1"]!;
    expect([String(cell.value).includes("ของ1/10/2568 "), cell.formula]).toEqual([true, null]);
  });

  it("keeps formula-looking text from the workbook as text", async () => {
    const layout = mixedTable();
    layout[0]!.rows[1] = ["หน่วยงาน", "=เทศบาลตำบลคลองใหญ่"];
    const fake = fakeWith(layout);
    await generate(fake);
    // The agency's name, in the summary's title (named once, no line of its own).
    const title = fake.sheet("สรุปผล ITA 2568")!.cells["1,1"]!;
    expect([String(title.value).includes("ของ=เทศบาลตำบลคลองใหญ่ "), title.formula]).toEqual([
      true,
      null,
    ]);
    // Every cell of ours that holds it holds it as text.
    const holding = ["บันทึกข้อความ ITA 2568", "สรุปผล ITA 2568", "แผนพัฒนา ITA 2569"].flatMap((n) =>
      Object.values(fake.sheet(n)!.cells).filter((c) => String(c.value).includes("=เทศบาล")),
    );
    expect(holding.length).toBeGreaterThan(1);
    expect(holding.map((c) => c.formula ?? null)).toEqual(holding.map(() => null));
  });

  it("reads formula cells of the input (their values, as Excel calculated them)", async () => {
    const layout = mixedTable();
    const fake = fakeWith(layout);
    const ita = fake.sheet("ITA")!;
    // the total typed as a formula that points at a cell holding it
    const totalRow = layout[0]!.rows.findIndex((r) => r[0] === "คะแนนรวม ITA") + 1;
    ita.cells[`${totalRow},6`] = { ...ita.cells[`${totalRow},3`]! };
    ita.cells[`${totalRow},3`] = {
      value: null,
      formula: `=F${totalRow}`,
      error: null,
      numberFormat: "0.00",
      format: {},
    };
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    if (outcome.kind === "done") expect(outcome.analysis.total.score).toBe(94.5);
  });

  it("rejects a workbook without scores with findings, and writes nothing", async () => {
    const fake = fakeWith([{ name: "Sheet1", rows: [["ชื่อ", "ที่อยู่"]] }]);
    const before = fake.snapshot();
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("rejected");
    expect(fake.snapshot()).toBe(before);
    expect(fake.syncs).toBe(2);
  });

  it("still writes correct sheets on Office 2019 (ExcelApi 1.7), without newer APIs", async () => {
    const fake = fakeWith(mixedTable(), 7);
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "done", warnings: [] });
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    expect(totalOf(fake)).toBe(94.5);
    expect(summary.customProperties).toEqual({});
    expect(summary.pageLayout).toEqual({});
    expect(workbookNames(fake)).toHaveLength(5);
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.validations).toEqual([]);
  });
});

describe("cosmetics are best effort", () => {
  it("freezeRows refused (GeneralException): the sheets are written, the rest applied, a warning", async () => {
    const fake = fakeWith(mixedTable());
    fake.failKind = "WorksheetFreezePanes.freezeRows";
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]?.th).toContain("การตรึงแนว");
    expect(outcome.warnings[0]?.en).toContain("freeze panes");
    expect(outcome.warnings[0]?.en).not.toContain("chart");
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    expect(totalOf(fake)).toBe(94.5);
    expect(summary.charts).toHaveLength(1);
    expect(summary.pageLayout.orientation).toBeDefined();
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.freeze).toBeNull();
  });

  it("a chart refused: the half-drawn chart is taken away, the other cosmetics stay, a warning", async () => {
    const fake = fakeWith(mixedTable());
    fake.failKind = "ChartSeries.setXAxisValues";
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    if (outcome.kind === "done") expect(outcome.warnings[0]?.en).toContain("the chart");
    expect(fake.sheet("สรุปผล ITA 2568")!.charts).toEqual([]);
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.freeze).not.toBeNull();
  });
});

describe("selection", () => {
  it("several areas selected: our message, nothing read or written", async () => {
    const fake = fakeWith(mixedTable());
    fake.state.selection = "'ITA'!A4:C20,E4:E20";
    const before = fake.snapshot();
    const outcome = await generate(fake, { scope: "selection" });
    expect(outcome).toMatchObject({ kind: "failed", code: "InvalidSelection" });
    if (outcome.kind === "failed") expect(outcome.message.en).toContain("one area");
    expect(fake.snapshot()).toBe(before);
  });

  it("whole columns A:E are cut to the used range", async () => {
    const layout = mixedTable();
    const fake = fakeWith(layout);
    fake.state.selection = "'ITA'!A:E";
    const outcome = await generate(fake, { scope: "selection" });
    expect(outcome.kind).toBe("done");
    if (outcome.kind === "done") expect(outcome.analysis.total.score).toBe(94.5);
    expect(fake.maxResponseBytes).toBeLessThan(100_000);
  });

  it("an empty selection: our message", async () => {
    const fake = fakeWith(mixedTable());
    fake.state.selection = "'ITA'!K1:K9";
    const outcome = await generate(fake, { scope: "selection" });
    expect(outcome).toMatchObject({ kind: "failed", code: "SelectionEmpty" });
  });

  it("reads only the selection when asked", async () => {
    const layout = mixedTable();
    layout[0]!.rows.push([], ["ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", null, 10]); // outside the selection
    const fake = fakeWith(layout);
    fake.state.selection = "'ITA'!A4:E71";
    const outcome = await generate(fake, { scope: "selection" });
    expect(outcome.kind).toBe("done");
    if (outcome.kind === "done") expect(outcome.analysis.indicators[3]?.score).toBe(81.88);
    const whole = await generate(fake, {});
    if (whole.kind === "done")
      expect(whole.analysis.findings.some((f) => f.rule === "conflict")).toBe(true);
  });
});

describe("regeneration inside Excel, in place", () => {
  it("a user's formula pointing at the Summary's total still works; positions and table name stay", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    const summaryId = summary.id;
    const ref = `='สรุปผล ITA 2568'!${totalAddress(fake)}`;
    const notes = fake.addSheet("บันทึกของฉัน", [["คะแนนรวมจากชีตสรุป", { formula: ref }]]);
    // the user moves the Summary to the front
    fake.state.sheets.splice(fake.state.sheets.indexOf(summary), 1);
    fake.state.sheets.unshift(summary);
    const order = fake.state.sheets.map((s) => s.name);
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("บันทึกของฉัน").getRange("B1");
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[94.5]]);
    });

    fake.syncs = 0;
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.syncs).toBe(4);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(order);
    expect(fake.sheet("สรุปผล ITA 2568")!.id).toBe(summaryId);
    expect(notes.cells["1,2"]?.formula).toBe(ref);
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("บันทึกของฉัน").getRange("B1");
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[94.5]]);
    });
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.tables.map((t) => t.name)).toEqual(["ITAPlan2569"]);
    expect(fake.sheet("สรุปผล ITA 2568")!.charts).toHaveLength(1);
  });

  it("Excel's own behaviour, modelled: had the sheet been deleted, the formula would be #REF!", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const notes = fake.addSheet("บันทึกของฉัน", [
      [{ formula: `='สรุปผล ITA 2568'!${totalAddress(fake)}` }],
    ]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("สรุปผล ITA 2568").delete();
      context.workbook.worksheets.add("สรุปผล ITA 2568");
      await context.sync();
    });
    expect(notes.cells["1,1"]?.formula).toBe("=#REF!");
  });

  it("replaces our sheets, keeps staff edits in the plan, follows renamed sheets", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const plan = fake.sheet("แผนพัฒนา ITA 2569")!;
    const row = Object.entries(plan.cells)
      .find(([, c]) => c.value === "4D")![0]
      .split(",")[0];
    plan.cells[`${row},7`]!.value = "กองคลัง";
    plan.cells[`${row},8`]!.value = "ดำเนินการแล้ว";
    fake.sheet("สรุปผล ITA 2568")!.name = "สรุปผู้บริหาร";
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(
      SHEETS.map((n) => (n === "สรุปผล ITA 2568" ? "สรุปผู้บริหาร" : n)),
    );
    const again = fake.sheet("แผนพัฒนา ITA 2569")!;
    const row2 = Object.entries(again.cells)
      .find(([, c]) => c.value === "4D")![0]
      .split(",")[0];
    expect([again.cells[`${row2},7`]?.value, again.cells[`${row2},8`]?.value]).toEqual([
      "กองคลัง",
      "ดำเนินการแล้ว",
    ]);
    expect(workbookNames(fake).sort()).toEqual(TAGS);
  });

  it("leaves the source sheet unchanged, cell for cell, through Generate and regeneration", async () => {
    const fake = fakeWith(mixedTable());
    const before = JSON.stringify(fake.sheet("ITA"));
    await generate(fake);
    await generate(fake);
    expect(JSON.stringify(fake.sheet("ITA"))).toBe(before);
  });

  it("gives identical sheets when run twice, the plan's table keeping its name", async () => {
    const fake = fakeWith(mixedTable());
    const same = () =>
      fake.state.sheets.slice(1).map((s) =>
        JSON.stringify({
          ...s,
          charts: s.charts.map((c) => ({ ...c, name: "" })),
        }),
      );
    await generate(fake);
    const first = same();
    const marks = fake.state.names.filter((n) => n.scopeId).map((n) => n.value);
    await generate(fake);
    expect(same()).toEqual(first);
    // every regeneration writes new mark ids
    const again = fake.state.names.filter((n) => n.scopeId).map((n) => n.value);
    expect(again).toHaveLength(5);
    expect(again.some((v) => marks.includes(v))).toBe(false);
  });

  it("leaves a user sheet that bears our name alone", async () => {
    const fake = fakeWith([...mixedTable(), { name: "สรุปผล ITA 2568", rows: [["ของฉัน"]] }]);
    await generate(fake);
    expect(fake.sheet("สรุปผล ITA 2568")!.cells["1,1"]?.value).toBe("ของฉัน");
    expect(besideOf(fake.sheet("สรุปผล ITA 2568 (2)")!, TOTAL_LABEL, 2)).toBe(94.5);
  });

  it("a tagged sheet whose title the user typed over is theirs: left alone, ours written beside it", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    fake.sheet("สรุปผล ITA 2568")!.cells["1,1"]!.value = "สรุปของกองคลัง";
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.sheet("สรุปผล ITA 2568")!.cells["1,1"]?.value).toBe("สรุปของกองคลัง");
    expect(besideOf(fake.sheet("สรุปผล ITA 2568 (2)")!, TOTAL_LABEL, 2)).toBe(94.5);
    const tag = fake.state.names.find((n) => n.name === "ITAAnalyzer_summary_2568");
    expect(tag?.sheetId).toBe(fake.sheet("สรุปผล ITA 2568 (2)")!.id);
  });

  it("removes a leftover temporary sheet only when it carries our mark", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    const ours = fake.addSheet("~ITA-new-7", [[summary.cells["1,1"]!.value]]);
    const mark = fake.state.names.find((n) => n.scopeId === summary.id)!;
    fake.state.names.push({ ...mark, scopeId: ours.id });
    fake.addSheet("~ITA-old-1", [["ของฉัน"]]);
    expect((await generate(fake)).kind).toBe("done");
    expect(fake.sheet("~ITA-new-7")).toBeUndefined();
    expect(fake.sheet("~ITA-old-1")!.cells["1,1"]?.value).toBe("ของฉัน");
  });

  it("writes the new mark over the old one (the commit point of the content request)", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    const mark = () => fake.state.names.find((n) => n.scopeId === summary.id)?.value;
    expect(mark()).toBe(markFormula(parseMark(mark())!.id + ":" + parseMark(mark())!.titleHash));
    const first = mark();
    await generate(fake);
    expect(mark()).not.toBe(first);
  });
});

describe("Excel errors become our messages", () => {
  it("cell-edit mode: nothing changed", async () => {
    const fake = fakeWith(mixedTable());
    const before = fake.snapshot();
    fake.cellEditMode = true;
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "failed", code: "InvalidOperationInCellEditMode" });
    if (outcome.kind === "failed") expect(outcome.message.th).toContain("Enter");
    expect(fake.snapshot()).toBe(before);
  });

  it("a protected workbook structure: a first Generate is refused and changes nothing", async () => {
    const fake = fakeWith(mixedTable());
    fake.workbookProtected = true;
    const before = fake.snapshot();
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "failed", code: "AccessDenied" });
    if (outcome.kind === "failed") expect(outcome.message.en).toContain("protected");
    expect(fake.snapshot()).toBe(before);
  });

  it("a protected workbook structure: a regeneration needs no new sheet and succeeds in place", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    fake.workbookProtected = true;
    expect((await generate(fake)).kind).toBe("done");
  });

  it("a protected generated sheet: named in our message, nothing changed", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    fake.sheet("วิเคราะห์ผล ITA 2568")!.protected = true;
    const before = fake.snapshot();
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "failed", code: "AccessDenied" });
    if (outcome.kind === "failed") expect(outcome.message.th).toContain("วิเคราะห์ผล ITA 2568");
    expect(fake.snapshot()).toBe(before);
  });

  it.each([
    "ResponsePayloadSizeLimitExceeded",
    "RequestPayloadSizeLimitExceeded",
    "RangeExceedsLimit",
    "InvalidSelection",
    "MergedRangeConflict",
    "InactiveWorkbook",
    "GeneralException",
    "ApiNotFound",
    "Conflict",
  ])("%s has our own message with a way on", async (code) => {
    const fake = fakeWith(mixedTable());
    fake.failCode = code;
    fake.failAtSync = 1;
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "failed", code });
    if (outcome.kind !== "failed") return;
    expect(outcome.message.th).toContain(":");
    expect(outcome.message.en).toContain(":");
    expect(outcome.message.en).not.toBe(
      "Excel could not complete this; the workbook is as it was; please try again",
    );
  });
});
