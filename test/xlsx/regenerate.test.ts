import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { mixedTable } from "../fixtures/layouts";
import { toWorkbook } from "../fixtures/toWorkbook";
import { SAMPLE, cli, dumpSheet, editLikeExcel, openXlsx, tempDir } from "../helpers";

const PLAN = "แผนพัฒนา ITA 2569";

function planRow(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
  return -1;
}

describe("running again on its own output", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("replaces the generated sheets and keeps what the staff typed in the plan", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first])).code).toBe(0);
    await editLikeExcel(first, (wb) => {
      const plan = wb.getWorksheet(PLAN)!;
      const r = planRow(plan, "4A");
      plan.getCell(r, 5).value = "=ทบทวนระเบียบการยืมพัสดุ ภายใน ธ.ค. 2568";
      plan.getCell(r, 7).value = "กองคลัง";
      plan.getCell(r, 8).value = "กำลังดำเนินการ";
      const added = plan.rowCount + 1;
      plan.getCell(added, 2).value = "+ อบรมการใช้รถยนต์ส่วนกลาง";
      plan.getCell(added, 7).value = "@กองช่าง";
    });

    const second = path.join(dir, "second.xlsx");
    expect((await cli(["analyze", first, "-o", second])).code).toBe(0);
    const again = await openXlsx(second);
    expect(again.worksheets.map((w) => w.name)).toEqual([
      "ITA",
      "สรุปผล ITA 2568",
      "วิเคราะห์ผล ITA 2568",
      PLAN,
    ]);
    const p2 = again.getWorksheet(PLAN)!;
    const r2 = planRow(p2, "4A");
    expect([p2.getCell(r2, 5).value, p2.getCell(r2, 7).value, p2.getCell(r2, 8).value]).toEqual([
      "=ทบทวนระเบียบการยืมพัสดุ ภายใน ธ.ค. 2568",
      "กองคลัง",
      "กำลังดำเนินการ",
    ]);
    let found = -1;
    for (let row = 5; row <= p2.rowCount; row++)
      if (p2.getCell(row, 2).value === "+ อบรมการใช้รถยนต์ส่วนกลาง") found = row;
    expect(found).toBeGreaterThan(0);
    expect(p2.getCell(found, 7).value).toBe("@กองช่าง");
  });

  it("gives identical generated sheets when run twice", async () => {
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await cli(["analyze", SAMPLE, "-o", a]);
    await cli(["analyze", a, "-o", b]);
    const [wa, wb] = [await openXlsx(a), await openXlsx(b)];
    for (const name of ["สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568", PLAN]) {
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
    expect(sheets).toHaveLength(4);
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
    expect(result.getWorksheet("สรุปผล ITA 2568 (2)")!.getCell("B4").value).toBe(94.5);
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
    expect(wb.getWorksheet("สรุปผล ITA 2568")!.getCell("A2").value).toBe("=เทศบาลตำบลคลองใหญ่");
    expect(wb.getWorksheet("วิเคราะห์ผล ITA 2568")!.getCell("A5").value).toBe(
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
      "ITA 2568 Summary",
      "ITA 2568 Analysis",
      "ITA 2569 Action plan",
    ]);
    const plan = wb.getWorksheet("ITA 2569 Action plan")!;
    expect(plan.getCell("F5").value).toBe("1 October 2025 to 30 September 2026");
    expect(plan.getCell("G5").value).toBe("Finance Division");
    expect(wb.getWorksheet("ITA 2568 Summary")!.getCell("E4").value).toBe("Passed, good");
  });
});
