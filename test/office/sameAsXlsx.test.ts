import ExcelJS from "exceljs";
import { generate as generateSpec } from "../../src/domain/generate";
import { withPlaceNames } from "../../src/hosts/placeNames";
import { writeSpec } from "../xlsxReference/writeSpec";
import { mixedTable } from "../fixtures/layouts";
import { toGrids } from "../fixtures/toGrids";
import { fakeWith, generate } from "./helpers";

// The follow-up of the earlier plan goes through both writers too: the sample's is made by hand
// (test/fixtures/followUpMock.ts).
jest.mock("../../src/domain/layout/buildWorkbookSpec", () =>
  jest
    .requireActual<typeof import("../fixtures/followUpMock")>("../fixtures/followUpMock")
    .withSampleFollowUp(jest.requireActual("../../src/domain/layout/buildWorkbookSpec")),
);

/** One WorkbookSpec through both writers: the same cells, formulas, merges, formats and fonts. */
describe("the Office.js writer and the xlsx writer render the same spec", () => {
  it.each(["th", "en"] as const)("in %s", async (lang) => {
    // The same options the Office host gives the domain (the place names of an English run).
    const grids = toGrids(mixedTable());
    const result = generateSpec(grids, await withPlaceNames(grids, { lang }));
    if (!result.ok) throw new Error("sample did not analyse");
    const wb = new ExcelJS.Workbook();
    writeSpec(wb, result.spec, result.placements);
    const fake = fakeWith(mixedTable());
    expect((await generate(fake, { lang })).kind).toBe("done");
    expect(result.spec.sheets.map((s) => s.kind)).toContain("followup");

    for (const p of result.placements) {
      const ws = wb.getWorksheet(p.name)!;
      const sheet = fake.sheet(p.name)!;
      const fromXlsx: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (cell.isMerged && cell.master !== cell) return;
          // a text cell: Office gets number format "@" so Excel never parses it; ExcelJS writes it as a string
          const formula = v && typeof v === "object" && "formula" in v ? `=${v.formula}` : null;
          const value = formula ? null : (v as string | number | boolean | null);
          fromXlsx.push(
            `${cell.address} ${JSON.stringify(value)} ${formula} ${typeof value === "string" ? "@" : cell.numFmt || "General"} ${cell.font?.name}/${cell.font?.size}/${cell.font?.bold ? "b" : ""}`,
          );
        }),
      );
      const fromOffice = Object.entries(sheet.cells)
        .filter(([, c]) => c.value !== null || c.formula !== null)
        .map(([k, c]) => {
          const [r, col] = k.split(",").map(Number) as [number, number];
          const f = c.format;
          return {
            r,
            col,
            line: `${String.fromCharCode(64 + col)}${r} ${JSON.stringify(c.formula ? null : c.value)} ${c.formula} ${c.numberFormat} ${f["font.name"]}/${f["font.size"]}/${f["font.bold"] ? "b" : ""}`,
          };
        })
        .sort((a, b) => a.r - b.r || a.col - b.col)
        .map((x) => x.line);
      expect(fromXlsx.length).toBeGreaterThan(20);
      expect(fromOffice).toEqual(fromXlsx);
      expect([...sheet.merges].sort()).toEqual(
        [...((ws.model as { merges: string[] }).merges ?? [])].sort(),
      );
    }
  });
});
