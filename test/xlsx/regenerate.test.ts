import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { mixedTable } from "../fixtures/layouts";
import { toWorkbook } from "../fixtures/toWorkbook";
import { SAMPLE, cli, dumpSheet, editLikeExcel, openXlsx, tempDir } from "../helpers";
import { SAMPLE_SHEETS } from "../sampleSheets";
import { byHeader, findCell, findRow } from "../sheetText";

const PLAN = "แผนพัฒนา ITA 2569";
const MEMO = "บันทึกข้อความ ITA 2568";
const CODE = "รหัสมาตรการ (ไม่พิมพ์)";
const GENERATED = SAMPLE_SHEETS;
/** The sample's output by the version before the memo's official form (see the test). */
const PREVIOUS_FORM = path.join(
  __dirname,
  "..",
  "fixtures",
  "previous",
  "memo-before-official-form.xlsx",
);

/** The memo's cell right of a label (ที่ → the reference number). */
function besideLabel(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  const at = findCell(ws, label);
  return ws.getCell(at.row, at.col + 1);
}

/** The memo's cells on the row staff know by its field name (the column outside the print). */
function fieldRow(ws: ExcelJS.Worksheet, field: string): ExcelJS.Row {
  return ws.getRow(findCell(ws, field).row);
}

describe("running again on its own output", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("replaces the generated sheets and keeps what the staff typed in the plan, by header", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first])).code).toBe(0);
    await editLikeExcel(first, (wb) => {
      const plan = wb.getWorksheet(PLAN)!;
      const row = byHeader(plan, CODE, "4D");
      row.cell("ขั้นตอนหรือวิธีการปฏิบัติ").value = "=ทบทวนระเบียบการยืมพัสดุ ภายใน ธ.ค. 2568";
      row.cell("ผู้รับผิดชอบ").value = "กองคลัง";
      row.cell("สถานะ (ไม่พิมพ์)").value = "กำลังดำเนินการ";
      row.cell("ประเด็นที่ต้องปรับปรุง/\nพัฒนา/รักษาระดับ").value = null; // emptied: stays empty
      const added = plan.rowCount + 1;
      plan.getCell(added, findCell(plan, "มาตรการ/โครงการ/กิจกรรม").col).value =
        "+ อบรมการใช้รถยนต์ส่วนกลาง";
      plan.getCell(added, findCell(plan, "ผู้รับผิดชอบ").col).value = "@กองช่าง";
    });

    const second = path.join(dir, "second.xlsx");
    expect((await cli(["analyze", first, "-o", second])).code).toBe(0);
    const again = await openXlsx(second);
    expect(again.worksheets.map((w) => w.name)).toEqual(["ITA", ...GENERATED]);
    const p2 = again.getWorksheet(PLAN)!;
    const r2 = byHeader(p2, CODE, "4D");
    expect([
      r2.value("ขั้นตอนหรือวิธีการปฏิบัติ"),
      r2.value("ผู้รับผิดชอบ"),
      r2.value("สถานะ (ไม่พิมพ์)"),
      r2.value("ประเด็นที่ต้องปรับปรุง/\nพัฒนา/รักษาระดับ"),
    ]).toEqual(["=ทบทวนระเบียบการยืมพัสดุ ภายใน ธ.ค. 2568", "กองคลัง", "กำลังดำเนินการ", null]);
    const measure = findCell(p2, "มาตรการ/โครงการ/กิจกรรม").col;
    const found = findRow(p2, measure, (v) => v === "+ อบรมการใช้รถยนต์ส่วนกลาง");
    expect(found).toBeGreaterThan(0);
    expect(p2.getCell(found, findCell(p2, "ผู้รับผิดชอบ").col).value).toBe("@กองช่าง");
    // Staff's own row is numbered with ours, and stays inside the Excel table.
    expect(p2.getCell(found, findCell(p2, "ที่").col).value).toBe(12);
  });

  it("keeps what staff typed in the memo: number, names, positions, opinions", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first])).code).toBe(0);
    await editLikeExcel(first, (wb) => {
      const memo = wb.getWorksheet(MEMO)!;
      besideLabel(memo, "ที่").value = "พท 56501/732";
      fieldRow(memo, "ชื่อผู้รายงาน").getCell("C").value = "(นางวรรณีย์ สำนานาว)";
      fieldRow(memo, "ตำแหน่งผู้รายงาน").getCell("C").value = "นักจัดการงานทั่วไปชำนาญการ";
      fieldRow(memo, "ผู้บังคับบัญชา 3 ความเห็น/ลงชื่อ").getCell("A").value =
        "ความเห็น ทราบ เห็นควรประชาสัมพันธ์";
      fieldRow(memo, "ผู้บังคับบัญชา 3 ความเห็น/ชื่อ").getCell("C").value = "(นายสายัญ แดงปรก)";
      fieldRow(memo, "ผู้บังคับบัญชา 1 ความเห็น/ตำแหน่ง").getCell("C").value = null;
    });

    const second = path.join(dir, "second.xlsx");
    expect((await cli(["analyze", first, "-o", second])).code).toBe(0);
    const m2 = (await openXlsx(second)).getWorksheet(MEMO)!;
    expect(besideLabel(m2, "ที่").value).toBe("พท 56501/732");
    expect(fieldRow(m2, "ชื่อผู้รายงาน").getCell("C").value).toBe("(นางวรรณีย์ สำนานาว)");
    expect(fieldRow(m2, "ตำแหน่งผู้รายงาน").getCell("C").value).toBe("นักจัดการงานทั่วไปชำนาญการ");
    expect(fieldRow(m2, "ผู้บังคับบัญชา 3 ความเห็น/ลงชื่อ").getCell("A").value).toBe(
      "ความเห็น ทราบ เห็นควรประชาสัมพันธ์",
    );
    expect(fieldRow(m2, "ผู้บังคับบัญชา 3 ความเห็น/ชื่อ").getCell("C").value).toBe("(นายสายัญ แดงปรก)");
    expect(fieldRow(m2, "ผู้บังคับบัญชา 1 ความเห็น/ตำแหน่ง").getCell("C").value).toBeNull();
    // What staff did not touch is ours again: the profile's positions, the dotted lines.
    expect(fieldRow(m2, "ผู้บังคับบัญชา 2 ความเห็น/ตำแหน่ง").getCell("C").value).toBe("ปลัดเทศบาล");
    expect(String(fieldRow(m2, "ผู้บังคับบัญชา 2 ความเห็น/ชื่อ").getCell("C").value)).toMatch(/^\(\.+\)$/);
  });

  it("moves what staff signed in the Thai memo to the English memo's signing column (b–d) and back", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first])).code).toBe(0);
    await editLikeExcel(first, (wb) => {
      const memo = wb.getWorksheet(MEMO)!;
      fieldRow(memo, "ชื่อผู้รายงาน").getCell("C").value = "(Mrs Wannee Samnanao)";
      fieldRow(memo, "ผู้บังคับบัญชา 3 ความเห็น/ลงชื่อ").getCell("A").value = "Opinion: agreed";
      fieldRow(memo, "ผู้บังคับบัญชา 3 ความเห็น/ชื่อ").getCell("C").value = "(Mr Sayan Daengprok)";
    });
    const english = path.join(dir, "english.xlsx");
    expect((await cli(["analyze", first, "-o", english, "--lang", "en"])).code).toBe(0);
    // the generated sheet keeps its name (staff may have renamed it), now in English
    const en = (await openXlsx(english)).getWorksheet(MEMO)!;
    expect(en.getCell("A1").value).toBe("Memorandum");
    expect(fieldRow(en, "Name of the writer").getCell("B").value).toBe("(Mrs Wannee Samnanao)");
    expect(fieldRow(en, "Approver 3 opinion/signature").getCell("A").value).toBe("Opinion: agreed");
    expect(fieldRow(en, "Approver 3 opinion/name").getCell("B").value).toBe("(Mr Sayan Daengprok)");
    const thai = path.join(dir, "thai.xlsx");
    expect((await cli(["analyze", english, "-o", thai])).code).toBe(0);
    const th = (await openXlsx(thai)).getWorksheet(MEMO)!;
    expect(fieldRow(th, "ชื่อผู้รายงาน").getCell("C").value).toBe("(Mrs Wannee Samnanao)");
    expect(fieldRow(th, "ผู้บังคับบัญชา 3 ความเห็น/ชื่อ").getCell("C").value).toBe("(Mr Sayan Daengprok)");
  });

  it("keeps what staff typed in a memo of the previous form, moved to this form's rows", async () => {
    // The command line of the version before the memo's official form, run on the sample: six
    // printed columns, the three approvers side by side, fields named "เลขที่หนังสือ",
    // "ความเห็นผู้บังคับบัญชา 3 ท่าน"…, and a date from the computer's clock (3 ธันวาคม 2569,
    // outside the plan's fiscal year).
    const first = path.join(dir, "previous.xlsx");
    await fs.copyFile(PREVIOUS_FORM, first);
    await editLikeExcel(first, (wb) => {
      const memo = wb.getWorksheet(MEMO)!;
      fieldRow(memo, "เลขที่หนังสือ").getCell("B").value = "พท 56501/732";
      fieldRow(memo, "ชื่อผู้รายงาน").getCell("D").value = "(นางวรรณีย์ สำนานาว)";
      fieldRow(memo, "ตำแหน่งผู้รายงาน").getCell("D").value = "นักจัดการงานทั่วไปชำนาญการ";
      fieldRow(memo, "ความเห็นผู้บังคับบัญชา 3 ท่าน").getCell("E").value = "ความเห็น ทราบ";
      fieldRow(memo, "ชื่อผู้บังคับบัญชา 3 ท่าน").getCell("A").value = "(นายสมชาย ใจดี)";
      fieldRow(memo, "ตำแหน่งผู้บังคับบัญชา 3 ท่าน").getCell("C").value = "รองปลัดเทศบาล";
    });
    const second = path.join(dir, "second.xlsx");
    expect((await cli(["analyze", first, "-o", second])).code).toBe(0);
    const m2 = (await openXlsx(second)).getWorksheet(MEMO)!;
    expect(besideLabel(m2, "ที่").value).toBe("พท 56501/732");
    expect(fieldRow(m2, "ชื่อผู้รายงาน").getCell("C").value).toBe("(นางวรรณีย์ สำนานาว)");
    expect(fieldRow(m2, "ตำแหน่งผู้รายงาน").getCell("C").value).toBe("นักจัดการงานทั่วไปชำนาญการ");
    expect(fieldRow(m2, "ผู้บังคับบัญชา 3 ความเห็น/ลงชื่อ").getCell("A").value).toBe("ความเห็น ทราบ");
    expect(fieldRow(m2, "ผู้บังคับบัญชา 1 ความเห็น/ชื่อ").getCell("C").value).toBe("(นายสมชาย ใจดี)");
    expect(fieldRow(m2, "ผู้บังคับบัญชา 2 ความเห็น/ตำแหน่ง").getCell("C").value).toBe("รองปลัดเทศบาล");
    // What the previous form printed by itself is ours: this form's defaults replace it.
    expect(String(besideLabel(m2, "ส่วนราชการ").value)).toMatch(/^สำนักปลัด เทศบาลตำบลคลองใหญ่ /);
    expect(besideLabel(m2, "เรียน").value).toBe("นายกเทศมนตรีตำบลคลองใหญ่");
    expect(fieldRow(m2, "ผู้บังคับบัญชา 3 ความเห็น/ตำแหน่ง").getCell("C").value).toBe(
      "นายกเทศมนตรีตำบลคลองใหญ่",
    );
    expect(String(besideLabel(m2, "วันที่").value)).not.toMatch(/2569|๒๕๖๙/);
  });

  it("dates the memo by --date over the date of an earlier memo", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first, "--date", "2568-11-24"])).code).toBe(0);
    const second = path.join(dir, "second.xlsx");
    expect((await cli(["analyze", first, "-o", second, "--date", "2568-12-01"])).code).toBe(0);
    expect(besideLabel((await openXlsx(second)).getWorksheet(MEMO)!, "วันที่").value).toBe(
      "๑ ธันวาคม ๒๕๖๘",
    );
    // Without the option, the earlier memo's date (in the plan's fiscal year) stays.
    const third = path.join(dir, "third.xlsx");
    expect((await cli(["analyze", second, "-o", third])).code).toBe(0);
    expect(besideLabel((await openXlsx(third)).getWorksheet(MEMO)!, "วันที่").value).toBe(
      "๑ ธันวาคม ๒๕๖๘",
    );
  });

  it("writes the agency given with --unit over the workbook's", async () => {
    const out = path.join(dir, "unit.xlsx");
    const run = await cli([
      "analyze",
      SAMPLE,
      "-o",
      out,
      "--unit",
      "เทศบาลตำบลทดสอบ",
      "--json",
      "-",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).unit).toBe("เทศบาลตำบลทดสอบ");
    const wb = await openXlsx(out);
    expect(String(wb.getWorksheet("สรุปผล ITA 2568")!.getCell("A1").value)).toContain(
      "ของเทศบาลตำบลทดสอบ",
    );
    expect(besideLabel(wb.getWorksheet(MEMO)!, "ส่วนราชการ").value).toMatch(
      /^สำนักปลัด เทศบาลตำบลทดสอบ โทร\. \.+$/,
    );
    expect(String(wb.getWorksheet(PLAN)!.getCell("A1").value)).toContain("ของเทศบาลตำบลทดสอบ");
  });

  it("finds the agency in a title '<agency> ปีงบประมาณ 2568' when no row names it", async () => {
    const layout = mixedTable();
    const rows = layout[0]!.rows;
    rows[0] = ["องค์การบริหารส่วนตำบลบ้านใหม่ ปีงบประมาณ 2568"];
    rows[1] = [];
    const input = path.join(dir, "title.xlsx");
    await toWorkbook(layout).xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    const run = await cli(["analyze", input, "-o", out, "--json", "-"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).unit).toBe("องค์การบริหารส่วนตำบลบ้านใหม่");
    const wb = await openXlsx(out);
    // The title names it, once: no line of its own under the title repeats it.
    const summary = wb.getWorksheet("สรุปผล ITA 2568")!;
    expect(String(summary.getCell("A1").value).split("องค์การบริหารส่วนตำบลบ้านใหม่")).toHaveLength(2);
    expect(summary.getCell("A2").value).toBe("ความเป็นมา");
    expect(besideLabel(wb.getWorksheet(MEMO)!, "ส่วนราชการ").value).toMatch(
      /^สำนักปลัด องค์การบริหารส่วนตำบลบ้านใหม่\s+โทร\. \.+$/,
    );
  });

  it("gives identical generated sheets when run twice", async () => {
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await cli(["analyze", SAMPLE, "-o", a]);
    await cli(["analyze", a, "-o", b]);
    const [wa, wb] = [await openXlsx(a), await openXlsx(b)];
    for (const name of GENERATED) {
      expect(dumpSheet(wb.getWorksheet(name)!)).toEqual(dumpSheet(wa.getWorksheet(name)!));
    }
  });

  it("follows a renamed generated sheet and replaces it under its new name", async () => {
    const a = path.join(dir, "a.xlsx");
    await cli(["analyze", SAMPLE, "-o", a]);
    // As Excel does on a rename: the sheet's name changes and so do references to it.
    await editLikeExcel(a, () => {}, { "สรุปผล ITA 2568": "สรุปสำหรับผู้บริหาร" });
    const b = path.join(dir, "b.xlsx");
    await cli(["analyze", a, "-o", b]);
    const sheets = (await openXlsx(b)).worksheets.map((w) => w.name);
    expect(sheets).toContain("สรุปสำหรับผู้บริหาร");
    expect(sheets).not.toContain("สรุปผล ITA 2568");
    expect(sheets).toHaveLength(6);
  });

  it("leaves a user sheet that bears our name alone and names ours differently", async () => {
    const wb = toWorkbook(mixedTable());
    const mine = wb.addWorksheet("สรุปผล ITA 2568");
    mine.getCell("A1").value = "บันทึกของฉัน";
    const input = path.join(dir, "in.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    expect((await cli(["analyze", input, "-o", out])).code).toBe(0);
    const result = await openXlsx(out);
    expect(result.getWorksheet("สรุปผล ITA 2568")!.getCell("A1").value).toBe("บันทึกของฉัน");
    const ours = result.getWorksheet("สรุปผล ITA 2568 (2)")!;
    expect(ours.getCell(findCell(ours, "คะแนนรวม ITA ปี 2568").row, 3).value).toBe(94.5);
  });

  it("keeps text from the workbook as text, even when it looks like a formula", async () => {
    const layout = mixedTable();
    const rows = layout[0]!.rows;
    rows[1] = ["หน่วยงาน", "=เทศบาลตำบลคลองใหญ่"];
    rows[5] = ["ข้อ i1 =SUM(C5:C7) การปฏิบัติงาน", null, 94.38];
    const input = path.join(dir, "in.xlsx");
    await toWorkbook(layout).xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    expect((await cli(["analyze", input, "-o", out])).code).toBe(0);
    const wb = await openXlsx(out);
    expect(String(wb.getWorksheet("สรุปผล ITA 2568")!.getCell("A1").value)).toContain(
      "ของ=เทศบาลตำบลคลองใหญ่ ",
    );
    expect(wb.getWorksheet("วิเคราะห์ผล ITA 2568")!.getCell("A4").value).toBe(
      "i1 =SUM(C5:C7) การปฏิบัติงาน",
    );
  });

  it("writes the sheets in English with --lang en and a chosen responsible unit", async () => {
    const out = path.join(dir, "en.xlsx");
    expect(
      (
        await cli([
          "analyze",
          SAMPLE,
          "-o",
          out,
          "--lang",
          "en",
          "--responsible",
          "Finance Division",
        ])
      ).code,
    ).toBe(0);
    const wb = await openXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "ITA",
      "ITA 2568 Memo",
      "ITA 2568 Summary",
      "ITA 2568 Analysis",
      "ITA 2569 Action plan",
      "ITA 2568 Check (internal)",
    ]);
    const plan = wb.getWorksheet("ITA 2569 Action plan")!;
    const row = byHeader(plan, "Measure code (not printed)", "4D");
    expect(row.value("Period")).toBe("Oct 2025 –\nSep 2026");
    expect(row.value("Responsible")).toBe("Finance Division");
    const summary = wb.getWorksheet("ITA 2568 Summary")!;
    expect(byHeader(summary, "No.", 9).value("Indicator")).toBe("Information disclosure");
    expect(
      summary.getCell(findCell(summary, "Total ITA score").row, findCell(summary, "Result").col)
        .value,
    ).toBe("Good");
    expect(wb.getWorksheet("ITA 2568 Memo")!.getCell("A1").value).toBe("Memorandum");
    const analysis = wb.getWorksheet("ITA 2568 Analysis")!;
    const issue = findCell(analysis, "Indicator and items (score by year)").col;
    const r4 = findRow(analysis, issue, (v) => v.startsWith("Indicator 4:"));
    const r5 = findRow(analysis, issue, (v) => v.startsWith("Indicator 5:"));
    // under the three items, the three parts in order, each once, each a paragraph of its own
    const parts: string[] = [];
    for (let r = r4 + 4; r < r5; r++) parts.push(String(analysis.getCell(r, issue).value));
    expect(parts.map((p) => p.split(":")[0])).toEqual([
      "Weakness found",
      "To be fixed",
      "To be kept",
    ]);
    for (const head of ["Weakness found:", "To be fixed:", "To be kept:"])
      expect(parts.join(" ").split(head)).toHaveLength(2);
    for (const name of ["ITA 2568 Memo", "ITA 2568 Summary", "ITA 2568 Analysis"]) {
      const texts: string[] = [];
      wb.getWorksheet(name)!.eachRow((r) =>
        r.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))),
      );
      expect(texts.filter((t) => /[\u0e00-\u0e7f]/.test(t) && !t.includes("เทศบาล"))).toEqual([]);
    }
  });
});
