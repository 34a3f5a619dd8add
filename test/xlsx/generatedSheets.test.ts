import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, dumpSheet, openXlsx, tempDir } from "../helpers";

function cellText(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  return typeof v === "string" ? v : JSON.stringify(v);
}

function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
  return cells;
}

function findRow(ws: ExcelJS.Worksheet, col: number, match: (v: string) => boolean): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, col).value;
    if (typeof v === "string" && match(v)) return r;
  }
  return -1;
}

describe("the demo's output, reopened", () => {
  let dir: string;
  let out: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await tempDir();
    out = path.join(dir, "out.xlsx");
    const run = await cli(["analyze", SAMPLE, "-o", out]);
    expect(run.code).toBe(0);
    wb = await openXlsx(out);
  });

  it("holds the input sheet and the three generated sheets, named in Thai", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "ITA",
      "สรุปผล ITA 2568",
      "วิเคราะห์ผล ITA 2568",
      "แผนพัฒนา ITA 2569",
    ]);
  });

  it("keeps the input sheet cell for cell", async () => {
    const input = await openXlsx(SAMPLE);
    expect(dumpSheet(wb.getWorksheet("ITA")!)).toEqual(dumpSheet(input.getWorksheet("ITA")!));
  });

  it("writes the summary: total 94.50, computed 94.49 as a live formula, level, change +7.79", () => {
    const ws = wb.getWorksheet("สรุปผล ITA 2568")!;
    expect(ws.getCell("B4").value).toBe(94.5);
    expect(ws.getCell("B5").value).toEqual({
      formula: "ROUND(0.30*F9+0.30*F14+0.40*F17,2)",
      result: 94.49,
    });
    expect(ws.getCell("E4").value).toBe("ผ่านดี");
    expect(ws.getCell("B6").value).toBe(86.71);
    expect(ws.getCell("E6").value).toEqual({ formula: "B4-B6", result: 7.79 });
    expect(ws.getCell("A2").value).toBe("เทศบาลตำบลคลองใหญ่");
  });

  it("writes the indicator table with tool scores merged beside their indicators", () => {
    const ws = wb.getWorksheet("สรุปผล ITA 2568")!;
    expect(ws.getCell("A12").value).toBe("4. การใช้ทรัพย์สินของราชการ");
    expect([ws.getCell("C12").value, ws.getCell("D12").value]).toEqual([93.64, 81.88]);
    expect(ws.getCell("E12").value).toEqual({ formula: "D12-C12", result: -11.76 });
    expect(ws.getCell("G12").value).toBe("ต้องปรับปรุง");
    expect([ws.getCell("F9").value, ws.getCell("F14").value, ws.getCell("F17").value]).toEqual([
      93.96, 96.52, 93.37,
    ]);
    expect(ws.getCell("F10").isMerged).toBe(true);
  });

  it("lists the findings with their cells, the wrong delta first", () => {
    const ws = wb.getWorksheet("สรุปผล ITA 2568")!;
    const row = findRow(ws, 1, (v) => v.includes("3.09"));
    expect(row).toBeGreaterThan(20);
    expect(ws.getCell(row, 5).value).toBe("ข้อผิดพลาด");
    expect(ws.getCell(row, 6).value).toBe("'ITA'!D29");
  });

  it("writes the analysis: indicator 7's change corrected to 6.07 and the fault marked", () => {
    const ws = wb.getWorksheet("วิเคราะห์ผล ITA 2568")!;
    const r = findRow(ws, 1, (v) => v.startsWith("ตัวชี้วัดที่ 7"));
    expect(ws.getCell(r, 4).value).toEqual({ formula: `C${r}-B${r}`, result: 6.07 });
    expect(cellText(ws, `E${r}`)).toContain("3.09");
    expect(cellText(ws, `E${r}`)).toContain("6.07");
  });

  it("writes the flags and names i10 55.00 under indicator 4", () => {
    const ws = wb.getWorksheet("วิเคราะห์ผล ITA 2568")!;
    const flags = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => {
      const r = findRow(ws, 1, (v) => v.startsWith(`ตัวชี้วัดที่ ${n} `));
      return cellText(ws, `E${r}`).split("\n")[0];
    });
    expect(flags).toEqual([
      "ต้องพัฒนา",
      "ต้องพัฒนา",
      "รักษาระดับ",
      "ต้องปรับปรุง",
      "ต้องพัฒนา",
      "รักษาระดับ",
      "รักษาระดับ",
      "รักษาระดับ",
      "ต้องปรับปรุง",
      "รักษาระดับ",
    ]);
    const r4 = findRow(ws, 1, (v) => v.startsWith("ตัวชี้วัดที่ 4 "));
    expect(cellText(ws, `E${r4 + 1}`)).toContain("i10 ได้ 55.00");
    expect(ws.getCell(`A${r4 + 1}`).value).toBe("i10 การขอยืมทรัพย์สินของหน่วยงานตามขั้นตอน");
    expect(ws.getCell(`C${r4 + 1}`).value).toBe(55);
  });

  it("writes the corrected item code o17 where the staff typed ๐17", () => {
    const ws = wb.getWorksheet("วิเคราะห์ผล ITA 2568")!;
    expect(findRow(ws, 1, (v) => v.startsWith("o17 "))).toBeGreaterThan(0);
    expect(findRow(ws, 1, (v) => v.startsWith("๐17"))).toBe(-1);
  });

  it("writes ten or more action-plan rows for FY 2569 in an Excel table with a status list", () => {
    const ws = wb.getWorksheet("แผนพัฒนา ITA 2569")!;
    const ids: string[] = [];
    for (let r = 5; r <= ws.rowCount; r++) {
      const v = ws.getCell(r, 1).value;
      if (typeof v === "string") ids.push(v);
    }
    expect(ids).toEqual([
      "1B",
      "2B",
      "3C",
      "4A",
      "4D",
      "5B",
      "6C",
      "7C",
      "8C",
      "9A",
      "9D",
      "9E",
      "10C",
    ]);
    for (let r = 5; r < 5 + ids.length; r++) {
      expect(ws.getCell(r, 6).value).toBe("1 ตุลาคม 2568 ถึง 30 กันยายน 2569");
      expect(ws.getCell(r, 7).value).toBe("สำนักปลัด");
      expect(ws.getCell(r, 8).dataValidation).toMatchObject({ type: "list" });
    }
    expect(
      ws.getTables().length +
        Object.keys((ws as unknown as { tables: object }).tables ?? {}).length,
    ).toBeGreaterThan(0);
  });

  it("prints A4 landscape at a fixed scale (not fitted), header rows repeated", () => {
    const ws = wb.getWorksheet("วิเคราะห์ผล ITA 2568")!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      printTitlesRow: "3:3",
    });
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(90);
    expect(ws.getCell("A4").font).toMatchObject({ name: "TH SarabunPSK", size: 16, bold: true });
    expect(ws.getCell("A1").font).toMatchObject({ name: "TH SarabunPSK", size: 18, bold: true });
    expect(ws.getRow(5).height).toBeGreaterThan(20);
  });

  it("never writes a text as a formula: every formula is one of ours", () => {
    for (const name of ["สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568", "แผนพัฒนา ITA 2569"]) {
      for (const cell of allCells(wb.getWorksheet(name)!)) {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v)
          expect(v.formula).toMatch(/^(ROUND\(|[A-Z]+\d+-[A-Z]+\d+$)/);
      }
    }
    const ws = wb.getWorksheet("วิเคราะห์ผล ITA 2568")!;
    const texts = allCells(ws)
      .map((c) => c.value)
      .filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.startsWith("- "))).toBe(true);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe("the native chart on the Summary sheet", () => {
  it("is in the saved package, with the ten indicators and both years cached", async () => {
    const JSZip = (await import("jszip")).default;
    const dir = await tempDir();
    const out = path.join(dir, "out.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", out])).code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const chart = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    expect(chart).toContain("<c:f>'สรุปผล ITA 2568'!$A$9:$A$18</c:f>");
    expect(chart).toContain("<c:tx><c:v>2567</c:v></c:tx>");
    expect(chart).toContain("<c:tx><c:v>2568</c:v></c:tx>");
    expect(chart.match(/<c:ptCount val="10"\/>/g)).toHaveLength(4);
    expect(chart).toContain("<c:v>81.88</c:v>");
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    // ExcelJS still opens the file, with every sheet.
    expect((await openXlsx(out)).worksheets).toHaveLength(4);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
