/**
 * Nothing lost: the command line's output is the user's package with our parts added. Every
 * part we did not write comes out byte for byte; the few parts we add entries to keep all of
 * theirs. Every output reopens in ExcelJS and LibreOffice and validates against the OOXML
 * schemas (where the schemas are at hand).
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { partsOf, richWorkbook, USER_NAMES, VBA_BYTES } from "../fixtures/richWorkbook";
import { SAMPLE, cli, cliJson, editLikeExcel, openXlsx, tempDir } from "../helpers";
import { SAMPLE_SHEETS } from "../sampleSheets";
import { findCell } from "../sheetText";

const run = promisify(execFile);
const VALIDATE = path.join(__dirname, "..", "..", "..", "shared", "tools", "validate-xlsx.py");
const EDITED = new Set([
  "xl/workbook.xml",
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "docProps/app.xml",
]);
const SUMMARY = "สรุปผล ITA 2568";
const OURS = SAMPLE_SHEETS;

/** The Summary's total: the first number on the row of its label. */
function summaryTotal(ws: ExcelJS.Worksheet): unknown {
  const { row } = findCell(ws, "คะแนนรวม ITA ปี 2568");
  const values = ws.getRow(row).values as unknown[];
  return values.find((v) => typeof v === "number");
}

const text = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString("utf8");
const elementsOf = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[0]);

async function chartParts(dir: string): Promise<{ chartXml: string; drawingXml: string }> {
  const out = path.join(dir, "ours.xlsx");
  expect((await cli(["analyze", SAMPLE, "-o", out])).code).toBe(0);
  const parts = await partsOf(await fs.readFile(out));
  return {
    chartXml: text(parts.get("xl/charts/chart1.xml")),
    drawingXml: text(parts.get("xl/drawings/drawing1.xml")),
  };
}

/** Opens the file in LibreOffice (headless, converting to CSV): it must succeed. */
async function libreOffice(file: string, dir: string): Promise<void> {
  const outDir = path.join(dir, `lo-${path.basename(file)}`);
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${outDir}/profile`,
      "--headless",
      "--convert-to",
      "csv",
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 120_000 },
  );
  const csv = await fs.readFile(
    path.join(outDir, path.basename(file).replace(/\.xls[xm]$/, ".csv")),
    "utf8",
  );
  expect(csv.length).toBeGreaterThan(0);
}

async function validate(file: string): Promise<void> {
  if (!existsSync(VALIDATE)) return;
  const { stdout } = await run("python3", [VALIDATE, file], { timeout: 120_000 });
  expect(stdout).toMatch(/validate-xlsx: (\d+)\/\1 parts valid/);
}

/** Adds a sheet with one text cell and a sheet-scoped name at the end of a package. */
async function addUserSheet(bytes: Uint8Array, name: string, a1: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const get = async (p: string) => zip.file(p)!.async("string");
  zip.file(
    "xl/worksheets/sheet90.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${a1}</t></is></c></row></sheetData></worksheet>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    (await get("xl/_rels/workbook.xml.rels")).replace(
      "</Relationships>",
      '<Relationship Id="rIdUser90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet90.xml"/></Relationships>',
    ),
  );
  zip.file(
    "[Content_Types].xml",
    (await get("[Content_Types].xml")).replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet90.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  const before = await get("xl/workbook.xml");
  // The new sheet goes last: its index is the number of sheets already there.
  const index = (before.match(/<sheet\b/g) ?? []).length;
  const wb = before
    .replace("</sheets>", `<sheet name="${name}" sheetId="90" r:id="rIdUser90"/></sheets>`)
    .replace(
      "</definedNames>",
      `<definedName name="MyRange" localSheetId="${index}">${name}!$A$1:$A$3</definedName></definedNames>`,
    );
  zip.file("xl/workbook.xml", wb);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every original part unchanged, and the edited ones keep every entry they had. */
async function expectNothingLost(input: Uint8Array, output: Uint8Array): Promise<void> {
  const before = await partsOf(input);
  const after = await partsOf(output);
  for (const [name, bytes] of before) {
    expect(after.has(name)).toBe(true);
    if (EDITED.has(name)) continue;
    expect({
      name,
      same: Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(name)!)) === 0,
    }).toEqual({
      name,
      same: true,
    });
  }
  const keeps = (name: string, re: RegExp) => {
    const now = text(after.get(name));
    for (const el of elementsOf(text(before.get(name)), re)) expect(now).toContain(el);
  };
  keeps("xl/workbook.xml", /<sheet\b[^>]*\/>/g);
  keeps("xl/workbook.xml", /<definedName\b[^>]*>[^<]*<\/definedName>/g);
  keeps("xl/_rels/workbook.xml.rels", /<Relationship\b[^>]*\/>/g);
  keeps("[Content_Types].xml", /<(Override|Default)\b[^>]*\/>/g);
  // Styles: each of the user's lists is the start of the merged list.
  const s0 = text(before.get("xl/styles.xml"));
  const s1 = text(after.get("xl/styles.xml"));
  for (const list of [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellXfs",
    "cellStyleXfs",
    "cellStyles",
    "dxfs",
  ]) {
    const inner = (xml: string) =>
      new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1];
    const was = inner(s0);
    if (was !== undefined) expect(inner(s1)?.startsWith(was)).toBe(true);
  }
}

describe("the output is the user's package with our parts added", () => {
  let dir: string;
  let chart: { chartXml: string; drawingXml: string };
  beforeAll(async () => {
    dir = await tempDir();
    chart = await chartParts(dir);
  }, 60_000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("keeps a chart, a note, names, custom XML and every other part byte for byte", async () => {
    const bytes = await richWorkbook(chart);
    const input = path.join(dir, "rich.xlsx");
    await fs.writeFile(input, bytes);
    const output = path.join(dir, "rich-out.xlsx");
    const { code } = await cli(["analyze", input, "-o", output]);
    expect(code).toBe(0);
    const out = new Uint8Array(await fs.readFile(output));
    await expectNothingLost(bytes, out);

    const wbXml = text((await partsOf(out)).get("xl/workbook.xml"));
    for (const n of USER_NAMES) expect(wbXml).toContain(n);
    // Our names: the tag, the hidden mark on each of our sheets (after the user's one sheet).
    expect(wbXml).toContain(
      `<definedName name="ITAAnalyzer_summary_2568">'${SUMMARY}'!$A$1</definedName>`,
    );
    expect(wbXml).toMatch(
      /<definedName name="ITAAnalyzer_mark" localSheetId="1" hidden="1">&quot;[0-9a-f]{16}:[0-9a-f]{8}&quot;<\/definedName>/,
    );
    expect(elementsOf(wbXml, /name="ITAAnalyzer_mark"/g)).toHaveLength(OURS.length);

    const wb = await openXlsx(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ITA", ...OURS]);
    expect(summaryTotal(wb.getWorksheet(SUMMARY)!)).toBe(94.5);
    expect(wb.getWorksheet("ITA")!.getCell("A1").note).toBeDefined();
    await libreOffice(output, dir);
    await validate(output);
  }, 180_000);

  it("keeps an .xlsm's VBA project and its content type, and names the output .xlsm", async () => {
    const bytes = await richWorkbook(chart, { macros: true });
    const input = path.join(dir, "macros.xlsm");
    await fs.writeFile(input, bytes);
    const { code } = await cli(["analyze", input]);
    expect(code).toBe(0);
    const output = path.join(dir, "macros-analysis.xlsm");
    const out = new Uint8Array(await fs.readFile(output));
    await expectNothingLost(bytes, out);
    const parts = await partsOf(out);
    expect(
      Buffer.compare(Buffer.from(parts.get("xl/vbaProject.bin")!), Buffer.from(VBA_BYTES)),
    ).toBe(0);
    const types = text(parts.get("[Content_Types].xml"));
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(types).toContain(
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    );
    await libreOffice(output, dir);
  }, 180_000);

  it("replaces only our provably-own parts and renumbers the user's sheet-scoped names", async () => {
    const first = path.join(dir, "first.xlsx");
    await fs.writeFile(first, await richWorkbook(chart));
    const a = path.join(dir, "a.xlsx");
    expect((await cli(["analyze", first, "-o", a])).code).toBe(0);
    // The user adds a sheet after ours (as Excel would: a part, its relationship and content
    // type, a <sheet> entry), with a sheet-scoped name on it (the last index).
    const input = await addUserSheet(new Uint8Array(await fs.readFile(a)), "บันทึก", "งานของฉัน");
    await fs.writeFile(a, input);

    const b = path.join(dir, "b.xlsx");
    expect((await cli(["analyze", a, "-o", b])).code).toBe(0);
    const out = new Uint8Array(await fs.readFile(b));
    const before = await partsOf(input);
    const after = await partsOf(out);
    // The user's sheets and their parts, byte for byte; our old sheets gone, not duplicated.
    for (const p of [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet90.xml",
      "xl/charts/chart7.xml",
      "xl/comments1.xml",
      "customXml/item1.xml",
    ]) {
      expect(before.has(p)).toBe(true);
      expect(Buffer.compare(Buffer.from(before.get(p)!), Buffer.from(after.get(p)!))).toBe(0);
    }
    const xml = text(after.get("xl/workbook.xml"));
    expect(
      elementsOf(xml, /<sheet\b[^>]*name="([^"]*)"/g).map((s) => /name="([^"]*)"/.exec(s)?.[1]),
    ).toEqual(["ITA", "บันทึก", ...OURS]);
    expect(xml).toContain(
      '<definedName name="MyRange" localSheetId="1">บันทึก!$A$1:$A$3</definedName>',
    );
    for (const n of USER_NAMES) expect(xml).toContain(n);
    expect(elementsOf(xml, /name="ITAAnalyzer_mark"/g)).toHaveLength(OURS.length);
    expect(elementsOf(xml, /localSheetId="[2-6]" hidden="1"/g)).toHaveLength(OURS.length);
    expect(elementsOf(xml, /name="ITAAnalyzer_summary_2568"/g)).toHaveLength(1);
    // No part left behind from the replaced sheets: exactly one table, ours and the user's charts.
    expect([...after.keys()].filter((p) => p.startsWith("xl/tables/"))).toHaveLength(1);
    expect([...after.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort()).toEqual(
      [...before.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort(),
    );
    const wb = await openXlsx(b);
    expect(wb.getWorksheet("บันทึก")!.getCell("A1").value).toBe("งานของฉัน");
    await libreOffice(b, dir);
    await validate(b);
  }, 180_000);

  it("leaves a sheet with a reused tag alone, writes ours beside it and says so", async () => {
    const a = path.join(dir, "tag-a.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", a])).code).toBe(0);
    // Staff renamed the generated Summary and typed their own content over it, title included.
    await editLikeExcel(
      a,
      (wb) => {
        wb.getWorksheet("รายงานของฉัน")!.getCell("A1").value = "รายงานของฉันเอง";
      },
      { [SUMMARY]: "รายงานของฉัน" },
    );
    const b = path.join(dir, "tag-b.xlsx");
    const { code, stdout, stderr } = await cliJson(a, b);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      findings: { rule: string; cell: string; messages: { th: string; en: string } }[];
    };
    const notice = report.findings.find((f) => f.rule === "sheetNotProvablyOurs");
    expect(notice?.cell).toBe("'รายงานของฉัน'!A1");
    expect(notice?.messages.en).toContain(`the new result is in sheet "${SUMMARY}"`);
    expect(stderr).toContain("ไม่แทนที่และไม่ลบ");
    const wb = await openXlsx(b);
    expect(wb.getWorksheet("รายงานของฉัน")!.getCell("A1").value).toBe("รายงานของฉันเอง");
    expect(summaryTotal(wb.getWorksheet(SUMMARY)!)).toBe(94.5);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ITA", "รายงานของฉัน", ...OURS]);
  }, 60_000);

  it("leaves a sheet with a forged tag and no mark alone", async () => {
    const input = path.join(dir, "forged.xlsx");
    const zip = await JSZip.loadAsync(await richWorkbook(chart));
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      "</definedNames>",
      '<definedName name="ITAAnalyzer_summary_2568">ITA!$A$1</definedName></definedNames>',
    );
    zip.file("xl/workbook.xml", xml);
    await fs.writeFile(input, await zip.generateAsync({ type: "uint8array" }));
    const out = path.join(dir, "forged-out.xlsx");
    const { code, stdout } = await cliJson(input, out);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule)).toContain(
      "sheetNotProvablyOurs",
    );
    const wb = await openXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ITA", ...OURS]);
    expect(wb.getWorksheet("ITA")!.getCell("C5").value).not.toBeNull();
  }, 60_000);
});
