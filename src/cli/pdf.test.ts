import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, tempDir } from "../../test/helpers";
import { paginate } from "../domain/layout/pageBreaks";
import { PUBLIC_PRINT_ORDER } from "../domain/layout/printSetup";
import { generateWorkbook } from "../../test/xlsxReference/generateWorkbook";
import { countPdfPages, findSoffice, keepSheets } from "./pdf";

describe("a copy holding only the printed sheets", () => {
  it("lists the sheets asked for, in that order, with their own print names", async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["ข้อมูล", "A", "B's"]) wb.addWorksheet(name).getCell("A1").value = name;
    wb.getWorksheet("B's")!.pageSetup.printArea = "A$1:C$9";
    wb.getWorksheet("ข้อมูล")!.pageSetup.printArea = "A$1:B$2";
    wb.definedNames.add("'ข้อมูล'!$A$1", "ITAAnalyzer_summary_2568");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const copy = await JSZip.loadAsync(await keepSheets(bytes, ["B's", "A"]));
    const xml = (await copy.file("xl/workbook.xml")?.async("string")) ?? "";
    const names = [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(["B&apos;s", "A"]);
    const defined = [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(defined).toEqual([
      [' name="_xlnm.Print_Area" localSheetId="0"', "&apos;B&apos;s&apos;!$A$1:$C$9"],
    ]);
  });
});

describe("counting the pages of a PDF", () => {
  it("counts page objects, not the page tree", () => {
    const pdf =
      "%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>>\n2 0 obj <</Type /Page>>\n3 0 obj <</Type/Page /Parent 1 0 R>>\n";
    expect(countPdfPages(new TextEncoder().encode(pdf))).toBe(2);
  });
});

describe("ita-analyzer analyze --pdf", () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(async () => {
    dir = await tempDir();
    saved = process.env.SOFFICE;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.SOFFICE;
    else process.env.SOFFICE = saved;
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("prints the public sheets alone, in order, on the pages planned for them", async () => {
    expect(findSoffice()).not.toBeNull(); // npm test installs LibreOffice (scripts/ensureTools.js)
    const pdf = path.join(dir, "report.pdf");
    const { code, stdout } = await cli([
      "analyze",
      SAMPLE,
      "-o",
      path.join(dir, "o.xlsx"),
      "--pdf",
      pdf,
    ]);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const { result } = generateWorkbook(wb, { lang: "th" });
    if (!result.ok) throw new Error("did not analyse");
    const planned = result.spec.sheets
      .filter((s) => PUBLIC_PRINT_ORDER.includes(s.kind))
      .reduce((sum, s) => sum + paginate(s.heights, s.print, s.rows.length).length, 0);
    const pages = countPdfPages(new Uint8Array(await fs.readFile(pdf)));
    expect(pages).toBe(planned);
    expect(stdout).toContain(`PDF: ${pdf} (${pages} หน้า)`);
  });

  it("says how to install LibreOffice when it is missing, and writes nothing", async () => {
    process.env.SOFFICE = path.join(dir, "no-soffice");
    const out = path.join(dir, "o.xlsx");
    const { code, stderr } = await cli([
      "analyze",
      SAMPLE,
      "-o",
      out,
      "--pdf",
      path.join(dir, "r.pdf"),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("ต้องใช้ LibreOffice เพื่อสร้าง PDF");
    expect(stderr).toContain("--pdf needs LibreOffice");
    expect(stderr).toContain("libreoffice-calc-nogui");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to write the PDF over the input", async () => {
    const { code } = await cli([
      "analyze",
      SAMPLE,
      "-o",
      path.join(dir, "o.xlsx"),
      "--pdf",
      SAMPLE,
    ]);
    expect(code).toBe(2);
  });
});
