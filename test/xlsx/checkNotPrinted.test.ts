/**
 * The check sheet is for staff: printing the whole downloaded workbook, as staff do, prints the
 * public sheets and never the check. Its print area is one empty cell beside its table (Excel
 * leaves a blank page out of a print, KB 288968 "Intelliprint"; LibreOffice suppresses empty
 * pages), and a line on the sheet says so. Tested with LibreOffice printing the whole workbook.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseRange } from "../../src/domain/address";
import { buildWorkbookSpec } from "../../src/domain/layout/buildWorkbookSpec";
import { paginateSheet } from "../../src/domain/layout/printSetup";
import { analyse } from "../../src/domain/analyse/analyse";
import { parseWorkbook } from "../../src/domain/parse/parseWorkbook";
import { convertToPdf, countPdfPages, findSoffice, keepSheets } from "../../src/cli/pdf";
import { toGrids } from "../fixtures/toGrids";
import { mixedTable } from "../fixtures/layouts";
import { SAMPLE, cli, openXlsx, tempDir } from "../helpers";
import { execFileSync } from "node:child_process";

/** The text of each page of a PDF (pdftotext, pages split at form feeds). */
async function pages(pdf: Uint8Array, dir: string): Promise<string[]> {
  const file = path.join(dir, "all.pdf");
  await fs.writeFile(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim() !== "");
}

describe("the check sheet", () => {
  it("has an empty cell outside its table as its print area, no print titles, and says so", () => {
    const result = analyse(parseWorkbook(toGrids(mixedTable())));
    if (!result.ok) throw new Error("no analysis");
    for (const lang of ["th", "en"] as const) {
      const spec = buildWorkbookSpec(result.analysis, { lang });
      const check = spec.sheets.find((s) => s.kind === "check")!;
      const area = parseRange(check.print.area ?? "")!;
      expect(area).toEqual({
        top: 1,
        left: check.widths.length + 1,
        bottom: 1,
        right: check.widths.length + 1,
      });
      expect(check.rows.some((row) => (row[area.left - 1]?.v ?? null) !== null)).toBe(false);
      expect(check.print.repeatRows).toBeUndefined();
      expect(paginateSheet(check, null).pageBreaks ?? []).toEqual([]);
      const texts = check.rows.flat().map((c) => c?.v);
      expect(texts).toContain(
        lang === "th"
          ? "ชีตนี้ไม่ถูกพิมพ์เมื่อสั่งพิมพ์ทั้งสมุดงาน (พื้นที่พิมพ์ของชีตเป็นเซลล์ว่าง G1) หากต้องการพิมพ์สำหรับใช้ภายใน ให้เลือกแถวที่ต้องการ แล้วสั่งพิมพ์เฉพาะส่วนที่เลือก (ไฟล์ > พิมพ์ > พิมพ์ส่วนที่เลือก)"
          : "This sheet is not printed when the whole workbook is printed (its print area is the empty cell G1). To print it for internal use, select its rows and print the selection (File > Print > Print Selection).",
      );
      // The public sheets still print their own areas.
      for (const s of spec.sheets.filter((x) => x.kind !== "check"))
        expect(parseRange(s.print.area ?? "")!.bottom).toBeGreaterThan(5);
    }
  });

  it("is left out when LibreOffice prints the whole workbook; the public sheets are all there", async () => {
    const soffice = findSoffice();
    expect(soffice).not.toBeNull();
    const dir = await tempDir();
    try {
      const out = path.join(dir, "out.xlsx");
      expect((await cli(["analyze", SAMPLE, "-o", out])).code).toBe(0);
      const wb = await openXlsx(out);
      const check = wb.getWorksheet("ตรวจสอบ ITA 2568 (ภายใน)")!;
      const title = String(check.getCell("A1").value);
      const finding = "ผลต่างของตัวชี้วัดที่ 7";
      const whole = await convertToPdf(new Uint8Array(await fs.readFile(out)), soffice!);
      const printed = await pages(whole, dir);
      const all = printed.join("\n");
      expect(all).not.toContain(title.slice(0, 30));
      expect(all).not.toContain("ค่าที่ควรเป็น");
      expect(all).not.toContain(finding);
      for (const heading of ["บันทึกข้อความ", "รายงานผลการวิเคราะห์", "การนำผลการประเมิน ITA"])
        expect(all).toContain(heading);
      // Not even a blank page: as many pages as the workbook without the check sheet.
      const without = await convertToPdf(
        await keepSheets(
          new Uint8Array(await fs.readFile(out)),
          wb.worksheets.map((w) => w.name).filter((n) => n !== check.name),
        ),
        soffice!,
      );
      expect(printed.length).toBeGreaterThan(10);
      expect(countPdfPages(whole)).toBe(countPdfPages(without));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
