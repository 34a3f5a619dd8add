import ExcelJS from "exceljs";
import JSZip from "jszip";
import { LIMITS, scanZip, WorkbookLimitError } from "./limits";
import { gridOf } from "./readGrids";
import { scanSheet } from "./readPackage";

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("scanZip", () => {
  it("lists the parts with their uncompressed sizes from the central directory", async () => {
    const entries = scanZip(await zipOf({ "a.xml": "x".repeat(1000), "b/c.xml": "hello" }));
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["a.xml", 1000],
      ["b/", 0],
      ["b/c.xml", 5],
    ]);
    expect(entries[0]!.compressedSize).toBeLessThan(1000);
  });
  it("refuses what is not a zip, with a message in Thai and English", () => {
    let e: unknown;
    try {
      scanZip(new TextEncoder().encode("PK\u0003\u0004 cut short"));
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(WorkbookLimitError);
    expect((e as WorkbookLimitError).th).toContain("ไม่ใช่ไฟล์ .xlsx");
    expect((e as WorkbookLimitError).en).toContain("zip structure is damaged");
  });
  it("refuses a file over the size cap before reading it", () => {
    expect(() => scanZip(new Uint8Array(LIMITS.fileBytes + 1))).toThrow(
      /too large \(50 MB, over 50 MB\)/,
    );
  });
});

describe("scanSheet", () => {
  it("counts cells, takes out merges and what links to other parts", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="F1:XFD1048576"/></mergeCells>' +
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks><drawing r:id="rId2"/></worksheet>';
    const scan = scanSheet("ITA", xml);
    expect(scan.cells).toBe(2);
    expect(scan.valued).toBe(1);
    expect(scan.merges).toEqual(["A1:B1", "F1:XFD1048576"]);
    // B1 holds nothing: it is left out of what ExcelJS reads.
    expect(scan.xml).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
    );
  });
  it("refuses a sheet over the cell cap, naming it", () => {
    const xml = `<worksheet><sheetData><row>${"<c/>".repeat(LIMITS.cellsPerSheet + 5)}</row></sheetData></worksheet>`;
    expect(() => scanSheet("คะแนน", xml)).toThrow(
      'sheet "คะแนน" has too many cells (3,000,005, over 3,000,000)',
    );
  });
});

describe("gridOf", () => {
  it("builds the grid from the cells that exist and clips a far-away value, saying where", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("ITA");
    ws.getCell("A1").value = "หัวเรื่อง";
    ws.getCell("C3").value = 94.5;
    ws.getCell("XFD1048576").value = "ไกลมาก";
    const { grid, clipped } = gridOf(ws, "ITA", ["B2:XFD1048576", "Z900:Z901"]);
    expect(grid.values).toEqual([
      ["หัวเรื่อง", null, null],
      [null, null, null],
      [null, null, 94.5],
    ]);
    expect(clipped).toEqual({ area: "A1:C3", skipped: 1, first: { row: 1048576, column: 16384 } });
    // Merges clipped to the grid; a merge wholly outside it is dropped.
    expect(grid.merges).toEqual(["B2:C3"]);
  });
  it("keeps a long table whole (no clipping under the cap)", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("ITA");
    for (let r = 1; r <= 3000; r++) ws.getCell(r, 2).value = r;
    const { grid, clipped } = gridOf(ws, "ITA", []);
    expect(clipped).toBeNull();
    expect(grid.values).toHaveLength(3000);
    expect(grid.values[2999]).toEqual([null, 3000]);
  });
});
