import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, dumpSheet, openXlsx, tempDir } from "../helpers";
import { CELL_REFERENCE, byHeader, findCell, findRow, sheetTexts } from "../sheetText";

const MEMO = "บันทึกข้อความ ITA 2568";
const SUMMARY = "สรุปผล ITA 2568";
const ANALYSIS = "วิเคราะห์ผล ITA 2568";
const PLAN = "แผนพัฒนา ITA 2569";
const CHECK = "ตรวจสอบ ITA 2568 (ภายใน)";
const PUBLIC = [MEMO, SUMMARY, ANALYSIS, PLAN];

function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
  return cells;
}

/** Texts inside the print area only (the plan's staff columns lie outside it). */
function printedTexts(ws: ExcelJS.Worksheet): string[] {
  const area = ws.pageSetup.printArea?.replace(/\$/g, "");
  const last = area ? (/:([A-Z]+)\d+$/.exec(area)?.[1] ?? "ZZ") : "ZZ";
  return allCells(ws)
    .filter((c) => Number(c.col) <= ws.getColumn(last).number && !(c.isMerged && c.master !== c))
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");
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
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("holds the input sheet, the four public sheets in order and the staff's check, in Thai", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ITA", ...PUBLIC, CHECK]);
  });

  it("keeps the input sheet cell for cell", async () => {
    const input = await openXlsx(SAMPLE);
    expect(dumpSheet(wb.getWorksheet("ITA")!)).toEqual(dumpSheet(input.getWorksheet("ITA")!));
  });

  it("puts every generated sheet's title in A1", () => {
    expect([...PUBLIC, CHECK].map((n) => wb.getWorksheet(n)!.getCell("A1").value)).toEqual([
      "บันทึกข้อความ",
      "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)\nของเทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง ประจำปีงบประมาณ พ.ศ. 2568",
      "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) รายตัวชี้วัด\nเทศบาลตำบลคลองใหญ่ ประจำปีงบประมาณ พ.ศ. 2568",
      "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร\nประจำปีงบประมาณ พ.ศ. 2569 ของเทศบาลตำบลคลองใหญ่",
      "ผลการตรวจสอบตารางคะแนน ITA 2568 (สำหรับเจ้าหน้าที่ ไม่ใช่ส่วนของรายงานที่เผยแพร่)",
    ]);
  });

  it("shows no cell reference, checking note, program name or second total on a public sheet", () => {
    for (const name of PUBLIC) {
      const texts = printedTexts(wb.getWorksheet(name)!);
      expect(texts.length).toBeGreaterThan(10);
      for (const t of texts) {
        expect([name, t, CELL_REFERENCE.test(t)]).toEqual([name, t, false]);
        for (const word of ["ITA Analyzer", "ข้อผิดพลาด", "⚠", "ไม่ถูกต้อง", "3.09", "94.49"])
          expect([name, t, t.includes(word)]).toEqual([name, t, false]);
      }
      const numbers = allCells(wb.getWorksheet(name)!)
        .map((c) => c.value)
        .map((v) => (v && typeof v === "object" && "result" in v ? v.result : v));
      expect(numbers).not.toContain(94.49);
      expect(numbers).not.toContain(3.09);
    }
  });

  it("names the agency with its district and province, as the workbook gives them", () => {
    const ws = wb.getWorksheet(SUMMARY)!;
    expect(ws.getCell("A1").value).toContain("เทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง");
    const memo = wb.getWorksheet(MEMO)!;
    const at = findCell(memo, "ส่วนราชการ");
    expect(memo.getCell(at.row, at.col + 1).value).toMatch(/^สำนักปลัด เทศบาลตำบลคลองใหญ่ โทร\. \.+$/);
  });

  it("writes the summary's table with the official total, tool scores and each indicator's effect", () => {
    const ws = wb.getWorksheet(SUMMARY)!;
    const row = (no: number) => byHeader(ws, "ที่", no);
    expect(row(4).value("ตัวชี้วัด")).toBe("การใช้ทรัพย์สินของราชการ");
    expect([row(4).value("ปี 2567"), row(4).value("ปี 2568")]).toEqual([93.64, 81.88]);
    expect(row(4).value("ผลการวิเคราะห์")).toBe("ต้องปรับปรุง");
    const change = row(7).cell("ผลต่าง");
    expect(change.value).toEqual({
      formula: `${ws.getColumn(findCell(ws, "ปี 2568").col).letter}${change.row}-${ws.getColumn(findCell(ws, "ปี 2567").col).letter}${change.row}`,
      result: 6.07,
    });
    expect(row(9).value("ผลต่อคะแนนรวม")).toBe(4.68);
    expect([1, 6, 9].map((n) => row(n).value("คะแนนรายเครื่องมือ"))).toEqual([93.96, 96.52, 93.37]);
    const total = findRow(ws, findCell(ws, "ตัวชี้วัด").col, (v) => v === "คะแนนรวม ITA");
    const col = (h: string) => findCell(ws, h).col;
    expect([
      ws.getCell(total, col("ปี 2567")).value,
      ws.getCell(total, col("ปี 2568")).value,
    ]).toEqual([86.71, 94.5]);
    expect(ws.getCell(total, col("ผลต่าง")).value).toMatchObject({ result: 7.79 });
    expect(ws.getCell(total, col("ผลการวิเคราะห์")).value).toBe("ผ่านดี");
    const texts = sheetTexts(ws);
    expect(texts).toEqual(
      expect.arrayContaining(["ความเป็นมา", "คะแนนรวม ITA ปี 2568", "ระดับผลการประเมิน", "ผ่านดี"]),
    );
    const headings = ["ความเป็นมา", "1. ผลการประเมิน", "2. การวิเคราะห์ผล"];
    expect(headings.map((h) => texts.findIndex((t) => t.startsWith(h)))).toEqual(
      [...headings.map((h) => texts.findIndex((t) => t.startsWith(h)))].sort((a, b) => a - b),
    );
    expect(headings.every((h) => texts.some((t) => t.startsWith(h)))).toBe(true);
  });

  it("writes the analysis with the assessment's question texts and indicator 7's change as 6.07", () => {
    const ws = wb.getWorksheet(ANALYSIS)!;
    const issue = findCell(ws, "ตัวชี้วัดและข้อคำถาม (คะแนนรายปี)").col;
    const r7 = findRow(ws, issue, (v) => v.startsWith("ตัวชี้วัดที่ 7 "));
    expect(ws.getCell(r7, findCell(ws, "ผลต่าง").col).value).toMatchObject({ result: 6.07 });
    const r10 = findRow(ws, issue, (v) => v.startsWith("i10 "));
    // the assessment's question, never a short label that reads as an achievement
    expect(ws.getCell(r10, issue).value).toMatch(
      /^i10 เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืม.+มากน้อยเพียงใด$/,
    );
    expect(ws.getCell(r10, findCell(ws, "ปี 2568").col).value).toBe(55);
    // Each indicator's row names its flag in words (colour is not the only carrier).
    const flags = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => {
      const r = findRow(ws, issue, (v) => v.startsWith(`ตัวชี้วัดที่ ${n} `));
      return /\(([^()]+)\)$/.exec(String(ws.getCell(r, issue).value))?.[1];
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
    // The three parts officers write, in order and each once, as paragraphs across the table
    // under the items of indicator 4 (i10, i11, i12), before indicator 5.
    const r4 = findRow(ws, issue, (v) => v.startsWith("ตัวชี้วัดที่ 4 "));
    const r5 = findRow(ws, issue, (v) => v.startsWith("ตัวชี้วัดที่ 5 "));
    const below: string[] = [];
    for (let r = r4 + 1; r < r5; r++) below.push(String(ws.getCell(r, issue).value));
    expect(below.slice(0, 3).map((t) => t.split(" ")[0])).toEqual(["i10", "i11", "i12"]);
    const parts = below.slice(3);
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.split(" คือ ")[0])).toEqual([
      "ข้อบกพร่องที่ตรวจพบ",
      "ข้อที่ต้องแก้ไขปรับปรุง",
      "ข้อที่ต้องรักษาระดับไว้",
    ]);
    for (const head of ["ข้อบกพร่องที่ตรวจพบ", "ข้อที่ต้องแก้ไขปรับปรุง", "ข้อที่ต้องรักษาระดับไว้"])
      expect(parts.join(" ").split(head)).toHaveLength(2);
    expect(parts[0]).toContain("(i10 55.00 คะแนน)");
    // each paragraph merged across the printed columns
    expect(ws.getCell(r5 - 3, findCell(ws, "ผลต่าง").col).master.address).toBe(`A${r5 - 3}`);
    expect(findRow(ws, issue, (v) => v.startsWith("o17 "))).toBeGreaterThan(0);
    expect(findRow(ws, issue, (v) => v.startsWith("๐17"))).toBe(-1);
  });

  it("lists every finding with its cell on the staff's check sheet", () => {
    const ws = wb.getWorksheet(CHECK)!;
    const first = byHeader(ws, "ลำดับ", 1);
    expect([
      first.value("ระดับ"),
      first.value("รายละเอียด"),
      first.value("เซลล์"),
      first.value("ค่าที่พบ"),
      first.value("ค่าที่ควรเป็น"),
    ]).toEqual([
      "ข้อผิดพลาด",
      "ผลต่างของตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสารในตารางเดิม 3.09 ไม่ถูกต้อง ที่ถูกคือ 6.07",
      "'ITA'!D29",
      "3.09",
      "6.07",
    ]);
    expect(byHeader(ws, "ลำดับ", 8).value("เซลล์")).toBe("'ITA'!C71");
    expect(sheetTexts(ws)).toContain(
      "คะแนนรวมที่คำนวณจากคะแนนรายเครื่องมือ (0.30·IIT + 0.30·EIT + 0.40·OIT) = 94.49; คะแนนรวมที่รายงาน 94.50 (ชีตที่เผยแพร่ใช้คะแนนที่รายงาน)",
    );
  });

  it("writes the plan by its headers, status and measure code outside the print area", () => {
    const ws = wb.getWorksheet(PLAN)!;
    const code = findCell(ws, "รหัสมาตรการ (ไม่พิมพ์)");
    const ids: string[] = [];
    for (let r = code.row + 1; r <= ws.rowCount; r++)
      ids.push(String(ws.getCell(r, code.col).value));
    expect(ids).toEqual(["1B", "2B", "3C", "4D", "5B", "6C", "7C", "8C", "9D", "9E", "10C"]);
    const row = byHeader(ws, "รหัสมาตรการ (ไม่พิมพ์)", "4D");
    expect(row.value("ระยะเวลา\nดำเนินการ")).toBe("ต.ค. 68 –\nก.ย. 69");
    expect(row.value("ที่")).toBe(4);
    const responsible = (id: string) => byHeader(ws, "รหัสมาตรการ (ไม่พิมพ์)", id).value("ผู้รับผิดชอบ");
    expect([responsible("4D"), responsible("9D"), responsible("9E")]).toEqual([
      "กองคลัง (งานพัสดุและทรัพย์สิน)",
      "กองคลัง (งานพัสดุ) ร่วมกับกองช่าง",
      "สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)",
    ]);
    expect(row.cell("สถานะ (ไม่พิมพ์)").dataValidation).toMatchObject({ type: "list" });
    const printedUpTo = findCell(ws, "ผู้รับผิดชอบ").col;
    expect(ws.pageSetup.printArea).toBe(`A1:${ws.getColumn(printedUpTo).letter}${ws.rowCount}`);
    expect(findCell(ws, "สถานะ (ไม่พิมพ์)").col).toBeGreaterThan(printedUpTo);
    expect(code.col).toBeGreaterThan(printedUpTo);
  });

  it("prints the memo on A4 portrait and the tables on A4 landscape with their header repeated", () => {
    expect(wb.getWorksheet(MEMO)!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
    });
    const ws = wb.getWorksheet(ANALYSIS)!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      printTitlesRow: `${findCell(ws, "ผลต่าง").row}:${findCell(ws, "ผลต่าง").row}`,
    });
    expect(ws.getCell("A1").font).toMatchObject({ name: "TH SarabunPSK", size: 18, bold: true });
    expect(ws.headerFooter.oddFooter ?? "").not.toContain("ITA Analyzer");
  });

  it("never writes a text as a formula: every formula is one of ours", () => {
    for (const name of [...PUBLIC, CHECK]) {
      for (const cell of allCells(wb.getWorksheet(name)!)) {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v)
          expect(v.formula).toMatch(/^[A-Z]+\d+-[A-Z]+\d+$/);
      }
    }
    expect(sheetTexts(wb.getWorksheet(MEMO)!).some((t) => t.startsWith("(ลงชื่อ)"))).toBe(true);
  });
});

describe("the native chart on the Summary sheet", () => {
  it("draws each indicator's effect on the total, by name, with signed value labels", async () => {
    const JSZip = (await import("jszip")).default;
    const dir = await tempDir();
    const out = path.join(dir, "out.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", out])).code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const chart = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    const ws = (await openXlsx(out)).getWorksheet(SUMMARY)!;
    const first = byHeader(ws, "ที่", 1).row;
    const name = ws.getColumn(findCell(ws, "ตัวชี้วัด").col).letter;
    const effect = ws.getColumn(findCell(ws, "ผลต่อคะแนนรวม").col).letter;
    expect(chart).toContain(`<c:f>'สรุปผล ITA 2568'!$${name}$${first}:$${name}$${first + 9}</c:f>`);
    expect(chart).toContain(
      `<c:f>'สรุปผล ITA 2568'!$${effect}$${first}:$${effect}$${first + 9}</c:f>`,
    );
    expect(chart).toContain("<c:v>การเปิดเผยข้อมูล</c:v>");
    expect(chart).toContain("<c:v>4.68</c:v>");
    expect(chart).toContain("<c:v>-0.71</c:v>");
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).not.toContain("<c:legend>");
    // columns, so that all ten indicators' names fit along the bottom at the chart's height
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toMatch(/<c:catAx>.*<c:axPos val="b"\/>/);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect((await openXlsx(out)).worksheets).toHaveLength(6);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
