/**
 * The file path writes our sheets straight from the spec (src/hosts/xlsx/ourParts.ts). The
 * ExcelJS writer (writeSpec.ts + saveWorkbook.ts) is the reference: both outputs are read back
 * with ExcelJS and every generated sheet must come out the same: values and formulas, styles,
 * merges, widths, heights, frozen panes, conditional formats, list validations, the table, print
 * setup and names, page breaks, and the chart.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { generate, type GenerateResult } from "../../src/domain/generate";
import { openFile } from "../../src/hosts/xlsx/generateFile";
import { mergeIntoPackage } from "../../src/hosts/xlsx/mergePackage";
import { openPackage } from "../../src/hosts/xlsx/package";
import { saveWorkbook } from "../xlsxReference/saveWorkbook";
import { writeSpec } from "../xlsxReference/writeSpec";
import { longReport } from "../fixtures/longReport";
import { toWorkbook } from "../fixtures/toWorkbook";
import { SAMPLE } from "../helpers";

// The follow-up of the earlier plan goes through both writers too: the sample's is made by hand
// (test/fixtures/followUpMock.ts).
jest.mock("../../src/domain/layout/buildWorkbookSpec", () =>
  jest
    .requireActual<typeof import("../fixtures/followUpMock")>("../fixtures/followUpMock")
    .withSampleFollowUp(jest.requireActual("../../src/domain/layout/buildWorkbookSpec")),
);

type Success = Extract<GenerateResult, { ok: true }>;

async function both(data: Uint8Array, lang: "th" | "en") {
  const opened = await openFile(data);
  const result = generate(opened.grids, {
    lang,
    today: "2026-01-15",
    newMarkId: () => "0123456789abcdef",
  });
  if (!result.ok) throw new Error("the workbook did not analyse");
  const direct = await mergeIntoPackage(await openPackage(data), result.spec, result.placements);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  writeSpec(wb, result.spec, result.placements);
  const reference = await saveWorkbook(wb, result.spec, result.placements);
  return { result: result as Success, direct, reference };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** What a sheet holds, as ExcelJS reads it back. */
function model(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  const rows = Math.max(ws.rowCount, ws.actualRowCount);
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    cells.push({ row: r, height: row.height });
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const { font, fill, border, alignment, numFmt } = cell.style;
      cells.push({
        at: cell.address,
        value: cell.isMerged && cell.master !== cell ? "(merged)" : cell.value,
        style: { font, fill, border, alignment, numFmt },
        validation: cell.dataValidation,
      });
    }
  }
  const m = ws.model as unknown as {
    merges: string[];
    conditionalFormattings: unknown[];
    rowBreaks?: { id: number; man: number }[];
  };
  return {
    cells,
    widths: ws.columns.map((c) => c.width),
    // A sheet with no view and one with a plain view open the same: only frozen panes count.
    views: (ws.views ?? [])
      .filter((v) => v.state === "frozen")
      .map((v) => ({
        state: v.state,
        xSplit: (v as { xSplit?: number }).xSplit ?? 0,
        ySplit: (v as { ySplit?: number }).ySplit ?? 0,
      })),
    merges: [...m.merges].sort(),
    conditional: m.conditionalFormattings,
    breaks: (m.rowBreaks ?? []).map((b) => b.id),
    tabColor: ws.properties.tabColor,
    page: {
      paperSize: ws.pageSetup.paperSize,
      orientation: ws.pageSetup.orientation,
      scale: ws.pageSetup.scale,
      fitToPage: Boolean(ws.pageSetup.fitToPage),
      margins: ws.pageSetup.margins,
      horizontalCentered: ws.pageSetup.horizontalCentered,
      printArea: ws.pageSetup.printArea,
      printTitlesRow: ws.pageSetup.printTitlesRow,
    },
    headerFooter: {
      oddHeader: ws.headerFooter?.oddHeader,
      oddFooter: ws.headerFooter?.oddFooter,
    },
    tables: Object.values(
      (ws as unknown as { tables: Record<string, { table: ExcelJS.TableProperties }> }).tables,
    ).map(({ table }) => ({
      name: table.name,
      ref: (table as unknown as { tableRef?: string }).tableRef,
      columns: table.columns.map((c) => c.name),
      style: table.style,
    })),
  };
}

/** The chart part of a sheet of a package (following the sheet's drawing). */
async function chartOf(bytes: Uint8Array, sheetName: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const wb = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const esc = sheetName.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`)
    .exec(rels)
    ?.slice(1)
    .find(Boolean);
  if (!target) return null;
  const sheetPath = `xl/${target.replace(/^\/?xl\//, "")}`;
  const sheetRels = await read(sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"));
  const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(sheetRels)?.[1];
  if (!drawing) return null;
  const drawingRels = await read(`xl/drawings/_rels/${drawing}.rels`);
  const chart = /Target="\.\.\/charts\/([^"]+)"/.exec(drawingRels)?.[1];
  return chart ? read(`xl/charts/${chart}`) : null;
}

describe.each([
  ["the sample in Thai", () => new Uint8Array(readFileSync(SAMPLE)), "th" as const],
  ["the sample in English", () => new Uint8Array(readFileSync(SAMPLE)), "en" as const],
  [
    "the long report",
    async () => new Uint8Array(await toWorkbook(longReport()).xlsx.writeBuffer()),
    "th" as const,
  ],
])("%s: our sheets written from the spec equal the ExcelJS writer's", (_, input, lang) => {
  let out: Awaited<ReturnType<typeof both>>;
  let direct: ExcelJS.Workbook;
  let reference: ExcelJS.Workbook;
  beforeAll(async () => {
    out = await both(await input(), lang);
    direct = await load(out.direct);
    reference = await load(out.reference);
  });

  it("writes every generated sheet, in order, after the user's", () => {
    const names = out.result.placements.map((p) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(direct.worksheets.map((w) => w.name)).toEqual(reference.worksheets.map((w) => w.name));
  });

  it("each sheet: cells, styles, merges, sizes, panes, formats, validations, print, table", () => {
    for (const p of out.result.placements) {
      const a = direct.getWorksheet(p.name);
      const b = reference.getWorksheet(p.name);
      if (!a || !b) throw new Error(`missing sheet ${p.name}`);
      expect([p.name, model(a)]).toEqual([p.name, model(b)]);
    }
  });

  it("the same chart on the sheets that have one", async () => {
    let charts = 0;
    for (const p of out.result.placements) {
      const a = await chartOf(out.direct, p.name);
      const b = await chartOf(out.reference, p.name);
      expect(a).toBe(b);
      if (a) charts++;
    }
    expect(charts).toBe(out.result.spec.sheets.filter((s) => s.chart).length);
  });

  it("the same defined names for our sheets (tags, marks, print areas and titles)", () => {
    const ours = (wb: ExcelJS.Workbook) =>
      (wb.definedNames.model as { name: string; ranges: string[] }[])
        .filter((n) => out.result.spec.sheets.some((s) => s.tag === n.name))
        .map((n) => [n.name, [...n.ranges].sort()])
        .sort();
    expect(ours(direct)).toEqual(ours(reference));
    expect(ours(direct).length).toBe(out.result.placements.length);
    expect(ours(direct).map(([name]) => name)).toContain("ITAAnalyzer_followup_2568");
  });
});
