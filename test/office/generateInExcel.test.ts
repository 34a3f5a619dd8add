import { mixedTable } from "../fixtures/layouts";
import { besideOf, fakeWith, generate, keyOf, withNoise } from "./helpers";
import { generateInExcel } from "../../src/hosts/office/generateInExcel";

const TAGS = [
  "ITAAnalyzer_analysis_2568",
  "ITAAnalyzer_check_2568",
  "ITAAnalyzer_memo_2568",
  "ITAAnalyzer_plan_2568",
  "ITAAnalyzer_summary_2568",
];

describe("Generate inside Excel (fake)", () => {
  it("writes the five sheets, tagged, and reads in 1 sync, writes in 2", async () => {
    const fake = fakeWith(mixedTable());
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "ITA",
      "บันทึกข้อความ ITA 2568",
      "สรุปผล ITA 2568",
      "วิเคราะห์ผล ITA 2568",
      "แผนพัฒนา ITA 2569",
      "ตรวจสอบ ITA 2568 (ภายใน)",
    ]);
    expect(fake.syncs).toBe(3);
    expect(fake.state.names.map((n) => n.name).sort()).toEqual(TAGS);
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    expect(besideOf(summary, "คะแนนรวม ITA ปี 2568", 2)).toBe(94.5);
    expect(Object.values(summary.cells).some((c) => c.value === 94.49)).toBe(false);
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.pageLayout.printArea).toMatch(/^A1:G\d+$/);
    expect(summary.customProperties).toEqual({ ITAAnalyzer: "ITAAnalyzer_summary_2568" });
    expect(summary.charts).toHaveLength(1);
    // what moved the total: one series with signed value labels, no legend, axis left to Excel
    expect(summary.charts[0]).toMatchObject({
      type: "BarClustered",
      "dataLabels.showValue": true,
      "legend.visible": false,
    });
    expect(summary.charts[0]).not.toHaveProperty(["axes.valueAxis.minimum"]);
    expect(fake.state.activeSheetId).toBe(fake.sheet("บันทึกข้อความ ITA 2568")!.id);
  });

  it("falls back to listing the sheets first where Excel refuses to chain past the last sheet", async () => {
    const fake = fakeWith(mixedTable());
    fake.refuseNullChains = true;
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.syncs).toBe(5); // the refused read, list, read, build, swap
    expect(besideOf(fake.sheet("สรุปผล ITA 2568")!, "คะแนนรวม ITA ปี 2568", 2)).toBe(94.5);
  });

  it.each([1, 10, 100])("uses the same number of syncs for an input %d× larger", async (factor) => {
    const fake = fakeWith(withNoise(mixedTable(), factor));
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.syncs).toBe(3);
  });

  it("keeps number-looking text from the workbook as text", async () => {
    const layout = mixedTable();
    layout[0]!.rows[1] = ["หน่วยงาน", "1/10/2568"];
    const fake = fakeWith(layout);
    await generate(fake);
    const cell = fake.sheet("สรุปผล ITA 2568")!.cells["2,1"]!;
    expect([cell.value, cell.formula]).toEqual(["1/10/2568", null]);
  });

  it("keeps formula-looking text from the workbook as text", async () => {
    const layout = mixedTable();
    layout[0]!.rows[1] = ["หน่วยงาน", "=เทศบาลตำบลคลองใหญ่"];
    const fake = fakeWith(layout);
    await generate(fake);
    const cell = fake.sheet("สรุปผล ITA 2568")!.cells["2,1"]!;
    expect([cell.value, cell.formula, cell.numberFormat]).toEqual([
      "=เทศบาลตำบลคลองใหญ่",
      null,
      "@",
    ]);
    const analysis = fake.sheet("วิเคราะห์ผล ITA 2568")!;
    const texts = Object.values(analysis.cells).filter(
      (c) => typeof c.value === "string" && c.value.startsWith("- "),
    );
    expect(texts.length).toBeGreaterThan(5);
    expect(
      Object.values(analysis.cells).every(
        (c) => c.formula === null || /^=[A-Z]+\d+-[A-Z]+\d+$/.test(c.formula),
      ),
    ).toBe(true);
  });

  it("rejects a workbook without scores with findings, and writes nothing", async () => {
    const fake = fakeWith([{ name: "Sheet1", rows: [["ชื่อ", "ที่อยู่"]] }]);
    const before = fake.snapshot();
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("rejected");
    expect(fake.snapshot()).toBe(before);
    expect(fake.syncs).toBe(1);
  });

  it("still writes correct sheets on Office 2019 (ExcelApi 1.7), without newer APIs", async () => {
    const fake = fakeWith(mixedTable(), 7);
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    const summary = fake.sheet("สรุปผล ITA 2568")!;
    expect(besideOf(summary, "คะแนนรวม ITA ปี 2568", 2)).toBe(94.5);
    expect(summary.customProperties).toEqual({});
    expect(summary.pageLayout).toEqual({});
    expect(fake.state.names).toHaveLength(5);
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.validations).toEqual([]);
  });
});

describe("regeneration inside Excel", () => {
  it("replaces our sheets, keeps staff edits in the plan, follows renamed sheets", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    const plan = fake.sheet("แผนพัฒนา ITA 2569")!;
    const row = keyOf(plan, "4A").split(",")[0];
    const col = (header: string) => keyOf(plan, header).split(",")[1];
    plan.cells[`${row},${col("ผู้รับผิดชอบ")}`]!.value = "กองคลัง";
    plan.cells[`${row},${col("สถานะ (ไม่พิมพ์)")}`]!.value = "ดำเนินการแล้ว";
    fake.sheet("สรุปผล ITA 2568")!.name = "สรุปผู้บริหาร";
    fake.syncs = 0;
    const outcome = await generate(fake);
    expect(outcome.kind).toBe("done");
    expect(fake.syncs).toBe(3);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "ITA",
      "บันทึกข้อความ ITA 2568",
      "สรุปผู้บริหาร",
      "วิเคราะห์ผล ITA 2568",
      "แผนพัฒนา ITA 2569",
      "ตรวจสอบ ITA 2568 (ภายใน)",
    ]);
    const again = fake.sheet("แผนพัฒนา ITA 2569")!;
    const row2 = keyOf(again, "4A").split(",")[0];
    const col2 = (header: string) => keyOf(again, header).split(",")[1];
    expect([
      again.cells[`${row2},${col2("ผู้รับผิดชอบ")}`]?.value,
      again.cells[`${row2},${col2("สถานะ (ไม่พิมพ์)")}`]?.value,
    ]).toEqual(["กองคลัง", "ดำเนินการแล้ว"]);
    expect(fake.state.names.map((n) => n.name).sort()).toEqual(TAGS);
  });

  it("leaves the source sheet unchanged, cell for cell, through Generate and regeneration", async () => {
    const fake = fakeWith(mixedTable());
    const before = JSON.stringify(fake.sheet("ITA"));
    await generate(fake);
    await generate(fake);
    expect(JSON.stringify(fake.sheet("ITA"))).toBe(before);
  });

  it("leaves a user sheet that bears our name alone", async () => {
    const fake = fakeWith([...mixedTable(), { name: "สรุปผล ITA 2568", rows: [["ของฉัน"]] }]);
    await generate(fake);
    expect(fake.sheet("สรุปผล ITA 2568")!.cells["1,1"]?.value).toBe("ของฉัน");
    expect(besideOf(fake.sheet("สรุปผล ITA 2568 (2)")!, "คะแนนรวม ITA ปี 2568", 2)).toBe(94.5);
  });

  it("gives identical sheets when run twice (the plan's table name alternates, as table names are unique)", async () => {
    const fake = fakeWith(mixedTable());
    const same = () =>
      fake.state.sheets
        .slice(1)
        .map((s) =>
          JSON.stringify({ ...s, id: "", tables: s.tables.map((t) => ({ ...t, name: "" })) }),
        );
    await generate(fake);
    const first = same();
    await generate(fake);
    expect(same()).toEqual(first);
    expect(fake.sheet("แผนพัฒนา ITA 2569")!.tables.map((t) => t.name)).toEqual(["ITAPlan2569_2"]);
  });
});

describe("Excel errors become our messages and change nothing", () => {
  it("cell-edit mode", async () => {
    const fake = fakeWith(mixedTable());
    const before = fake.snapshot();
    fake.cellEditMode = true;
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "failed", code: "InvalidOperationInCellEditMode" });
    if (outcome.kind === "failed") expect(outcome.message.th).toContain("Enter");
    expect(fake.snapshot()).toBe(before);
  });

  it("a protected workbook (structure): our message, nothing changed", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    fake.workbookProtected = true;
    const before = fake.snapshot();
    const outcome = await generate(fake);
    expect(outcome).toMatchObject({ kind: "failed", code: "AccessDenied" });
    if (outcome.kind === "failed") expect(outcome.message.en).toContain("protected");
    expect(fake.snapshot()).toBe(before);
  });

  it("a protected generated sheet is replaced, never written into", async () => {
    const fake = fakeWith(mixedTable());
    await generate(fake);
    fake.sheet("วิเคราะห์ผล ITA 2568")!.protected = true;
    const outcome = await generate(fake);
    // Sheet protection guards a sheet's cells; the new sheet is built fresh and the old one
    // deleted, as Excel allows while the workbook's structure is not protected.
    expect(outcome.kind).toBe("done");
    expect(fake.sheet("วิเคราะห์ผล ITA 2568")!.protected).toBe(false);
  });

  it("reads only the selection when asked", async () => {
    const layout = mixedTable();
    layout[0]!.rows.push([], ["ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", null, 10]); // outside the selection
    const fake = fakeWith(layout);
    fake.state.selection = "'ITA'!A4:E71";
    const outcome = await generateInExcel(
      { run: fake.run, supports: fake.supports },
      { scope: "selection" },
    );
    expect(outcome.kind).toBe("done");
    if (outcome.kind === "done") expect(outcome.analysis.indicators[3]?.score).toBe(81.88);
    const whole = await generateInExcel({ run: fake.run, supports: fake.supports }, {});
    if (whole.kind === "done")
      expect(whole.analysis.findings.some((f) => f.rule === "conflict")).toBe(true);
  });
});
