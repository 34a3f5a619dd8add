/**
 * The file path reads cells straight from the worksheet XML (src/hosts/xlsx/readCells.ts). The
 * reference is how it read them before: ExcelJS loading a package of the worksheet, its shared
 * strings and styles (cells' merges taken out, as `scanSheet` does), and `gridOf`. Every test
 * workbook, and a sheet of every kind of cell, must give the same grid both ways.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Grid } from "../../src/domain/types";
import { WorkbookLimitError } from "../../src/hosts/xlsx/limits";
import { openPackage, readText, type XlsxPackage } from "../../src/hosts/xlsx/package";
import { cellFormats, readCells, sharedStrings } from "../../src/hosts/xlsx/readCells";
import { gridFromCells, gridOf } from "../../src/hosts/xlsx/readGrids";
import { scanSheet } from "../../src/hosts/xlsx/readPackage";
import {
  REL_SHARED_STRINGS,
  REL_STYLES,
  relationships,
  resolveTarget,
} from "../../src/hosts/xlsx/ooxml";
import { LAYOUTS } from "../fixtures/layouts";
import { longReport } from "../fixtures/longReport";
import { toWorkbook } from "../fixtures/toWorkbook";
import { SAMPLE } from "../helpers";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const P = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One sheet read by ExcelJS from a package of it, its strings and styles (the old way). */
async function viaExcelJS(
  xml: string,
  styles: string | null,
  strings: string | null,
  date1904: boolean,
): Promise<Grid> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", xml);
  if (styles) zip.file("xl/styles.xml", styles);
  if (strings) zip.file("xl/sharedStrings.xml", strings);
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${NS}" xmlns:r="${P}">${date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${P}/worksheet" Target="worksheets/sheet1.xml"/>${styles ? `<Relationship Id="rIdS" Type="${P}/styles" Target="styles.xml"/>` : ""}${strings ? `<Relationship Id="rIdT" Type="${P}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${P}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await zip.generateAsync({ type: "uint8array" })) as unknown as ExcelJS.Buffer,
  );
  const ws = wb.getWorksheet(1);
  if (!ws) throw new Error("no sheet");
  return gridOf(ws, "S", []).grid;
}

function direct(
  xml: string,
  styles: string | null,
  strings: string | null,
  date1904: boolean,
): Grid {
  return gridFromCells(
    readCells(xml, sharedStrings(strings), cellFormats(styles), date1904),
    "S",
    [],
  ).grid;
}

/** Each worksheet of a package as the file path sees it (merges taken out), with its parts. */
async function sheetsOf(pkg: XlsxPackage) {
  const rels = relationships(pkg.workbookRelsXml);
  const part = (type: string) => {
    const r = rels.find((x) => x.type === type);
    return r ? resolveTarget(pkg.workbookPath, r.target) : null;
  };
  const stylesPath = part(REL_STYLES);
  const stringsPath = part(REL_SHARED_STRINGS);
  const styles = stylesPath ? await readText(pkg, stylesPath) : null;
  const strings = stringsPath ? await readText(pkg, stringsPath) : null;
  const out: { name: string; xml: string; styles: string | null; strings: string | null }[] = [];
  for (const s of pkg.sheets) {
    if (!s.part || !pkg.entries.has(s.part)) continue;
    const xml = (await readText(pkg, s.part)) ?? "";
    out.push({ name: s.name, xml: scanSheet(s.name, xml).xml, styles, strings });
  }
  return out;
}

async function workbooks(): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [[SAMPLE, new Uint8Array(await fs.readFile(SAMPLE))]];
  for (const [name, layout] of Object.entries(LAYOUTS))
    out.push([name, new Uint8Array(await toWorkbook(layout()).xlsx.writeBuffer())]);
  out.push(["long report", new Uint8Array(await toWorkbook(longReport()).xlsx.writeBuffer())]);
  const bad = path.join(__dirname, "..", "fixtures", "bad");
  for (const f of (await fs.readdir(bad)).filter((f) => f.endsWith(".xlsx")).sort())
    out.push([f, new Uint8Array(await fs.readFile(path.join(bad, f)))]);
  return out;
}

describe("cells read from the XML equal ExcelJS's reading", () => {
  it("on the sample, every layout, the long report and the hostile workbooks", async () => {
    let compared = 0;
    for (const [name, data] of await workbooks()) {
      let pkg: XlsxPackage;
      let sheets: Awaited<ReturnType<typeof sheetsOf>>;
      try {
        pkg = await openPackage(data);
        sheets = await sheetsOf(pkg);
      } catch (e) {
        if (e instanceof WorkbookLimitError) continue; // refused before reading: nothing to compare
        throw e;
      }
      // Bombs stay out of ExcelJS (a far cell would make it allocate the whole sheet).
      if (sheets.some((s) => s.xml.length > 2_000_000 || /XFD|1048576/.test(s.xml))) continue;
      for (const s of sheets) {
        const a = direct(s.xml, s.styles, s.strings, false);
        const b = await viaExcelJS(s.xml, s.styles, s.strings, false);
        expect([name, s.name, a]).toEqual([name, s.name, b]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  const STYLES = `<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="&quot;฿&quot;#,##0.00"/></numFmts><cellXfs count="5"><xf numFmtId="14"/><xf numFmtId="2"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="0"/></cellXfs></styleSheet>`;
  const STRINGS = `<sst xmlns="${NS}"><si><t>ข้อความ &amp; &lt;ตัวอย่าง&gt;</t></si><si><r><rPr><b/></rPr><t>ตัว</t></r><r><t xml:space="preserve">หนา _x000D_ ต่อ</t></r></si><si><t>บรรทัด\r\nใหม่</t><rPh sb="0" eb="1"><t>ก</t></rPh></si><si><t/></si></sst>`;
  const cells = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
    '<row r="2"><c r="A2"><v>94.5</v></c><c r="B2" s="1"><v>-0.125</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c></row>',
    '<row r="3"><c r="A3" s="2"><v>45000</v></c><c r="B3" s="0"><v>45000</v></c><c r="C3" s="3"><v>45000.5</v></c><c r="D3" s="4"><v>1200</v></c><c r="E3" s="1"/></row>',
    '<row r="4"><c r="A4"><f>SUM(A2:B2)</f><v>94.375</v></c><c r="B4" t="str"><f>"ก"&amp;"ข"</f><v>กข</v></c><c r="C4" t="b"><f>A2&gt;1</f><v>1</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4"><f>A2</f></c><c r="F4" s="2"><f>A3</f><v>45001</v></c></row>',
    '<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">A2*2</f><v>189</v></c></row><row r="6"><c r="A6"><f t="shared" si="0"/><v>0</v></c></row><row r="7"><c r="A7"><f t="shared" si="0"/></c></row>',
    '<row r="8"><c r="A8" t="inlineStr"><is><t>ในเซลล์ &amp; ตรง</t></is></c><c r="B8" t="inlineStr"><is><r><t>ริช</t></r><r><rPr><i/></rPr><t>_x0041_</t></r></is></c><c r="C8" t="str"><v>&amp;amp;</v></c><c r="D8" t="inlineStr"><is><t></t></is></c></row>',
    '<row r="10"><c r="C10"><v>3</v></c><c r="A10"><v>1</v></c></row><row r="9"><c r="B9"><v>2</v></c></row>',
  ].join("");
  const SHEET = `<worksheet xmlns="${NS}"><sheetData>${cells}</sheetData></worksheet>`;

  it.each([false, true])("on a sheet of every kind of cell (1904 dates: %s)", async (date1904) => {
    const a = direct(SHEET, STYLES, STRINGS, date1904);
    expect(a).toEqual(await viaExcelJS(SHEET, STYLES, STRINGS, date1904));
    // And the values themselves, so that a change on both sides is seen.
    expect(a.values[0]).toEqual(["ข้อความ & <ตัวอย่าง>", "ตัวหนา \r ต่อ", "บรรทัด\nใหม่", "", null, null]);
    // A date format makes a date; cell format 0 is read as no format (ExcelJS).
    expect(a.values[2]?.slice(0, 4)).toEqual([
      date1904 ? "2027-03-16" : "2023-03-15",
      45000,
      45000.5,
      1200,
    ]);
    expect(a.numberFormats?.[2]?.slice(0, 4)).toEqual(["yyyy-mm-dd", null, '"฿"#,##0.00', null]);
    expect(a.formulas?.[4]?.[0]).toBe("=A2*2");
    expect(a.formulas?.[5]?.[0]).toBeNull();
    expect(a.values[7]?.slice(0, 3)).toEqual(["ในเซลล์ & ตรง", "ริชA", "&"]);
    expect(a.values[8]?.[1]).toBe(2);
  });

  it("reads prefixed elements and single-quoted attributes", () => {
    const xml = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r='2'><x:c r='B2' t='s'><x:v>0</x:v></x:c><x:c r="C2" s='1'><x:v>7.5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(readCells(xml, ["ก"], [null, "0.00"], false)).toEqual([
      { r: 2, c: 2, value: "ก", formula: null, fmt: null },
      { r: 2, c: 3, value: 7.5, formula: null, fmt: "0.00" },
    ]);
  });

  it("reads a damaged sheet in one pass: an element left open ends the list", () => {
    const open = '<c r="B1"><v>2</v>'.repeat(100_000);
    const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>${open}</row>${"<row>".repeat(100_000)}<row r="5"><c r="A5"><v>5</v></c></row></sheetData></worksheet>`;
    const t0 = Date.now();
    const cells = readCells(xml, [], [], false);
    expect(Date.now() - t0).toBeLessThan(5000);
    // A cell left open ends its row's list (A1 only); a row left open runs to the next </row>,
    // which holds A5.
    expect(cells.map((x) => [x.r, x.c, x.value])).toEqual([
      [1, 1, 1],
      [5, 1, 5],
    ]);
  });
});
