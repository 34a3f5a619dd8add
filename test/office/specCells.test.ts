/**
 * Every writer checked against the spec, cell by cell: what the Office.js writer leaves in the
 * fake Excel (and, in test/xlsx/specCells.test.ts, what the file path writes) is what the
 * WorkbookSpec says each cell looks like: value or formula, number format, font, fill, border,
 * alignment, wrap and indent; merged areas, column widths and row heights too.
 */
import { generate as generateSpec } from "../../src/domain/generate";
import { withPlaceNames } from "../../src/hosts/placeNames";
import { widthToPoints, wrappedRows } from "../../src/hosts/office/renderSheet";
import { mixedTable } from "../fixtures/layouts";
import { toGrids } from "../fixtures/toGrids";
import { differences, officeLooks, specLooks } from "../specLooks";
import { fakeWith, generate } from "./helpers";

describe.each([
  ["Office 2019 (ExcelApi 1.7: formats per area, no indent)", 7],
  ["Microsoft 365 (ExcelApi 1.17: formats per style over range areas)", 17],
])("the Office.js writer in %s", (_name, apiVersion) => {
  it.each(["th", "en"] as const)("draws each cell as the spec says (%s)", async (lang) => {
    const grids = toGrids(mixedTable());
    // The Office host gives an English run the official place names, as the domain gets them here.
    const result = generateSpec(grids, await withPlaceNames(grids, { lang }));
    if (!result.ok) throw new Error("the sample did not analyse");
    const fake = fakeWith(mixedTable(), apiVersion);
    expect((await generate(fake, { lang })).kind).toBe("done");
    for (const p of result.placements) {
      const sheet = result.spec.sheets[p.index]!;
      const expected = specLooks(sheet, result.spec);
      // indentLevel is ExcelApi 1.9: Office 2019 draws no indent
      if (apiVersion < 9) for (const look of expected.values()) look.indent = 0;
      const state = fake.sheet(p.name)!;
      expect(differences(expected, officeLooks(state))).toEqual([]);
      expect([...state.merges].sort()).toEqual([...sheet.merges].sort());
      sheet.widths.forEach((w, i) => expect(state.columnWidths[i + 1]).toBe(widthToPoints(w)));
      // conditional formats: each rule of the spec, on its range, in its colour
      const rules = state.conditionalFormats.map((cf) => JSON.stringify(cf));
      for (const cf of sheet.conditionalFormats) {
        const colors =
          cf.kind === "sign"
            ? [cf.negative, cf.positive]
            : cf.kind === "below"
              ? [cf.color]
              : [cf.color];
        for (const color of colors)
          expect(rules.some((r) => r.includes(`"${cf.range}"`) && r.includes(`#${color}`))).toBe(
            true,
          );
      }
      expect(state.conditionalFormats).toHaveLength(
        sheet.conditionalFormats.reduce((n, cf) => n + (cf.kind === "sign" ? 2 : 1), 0),
      );
      // rows of wrapped text are fitted to their text by Excel afterwards; the others as set
      const fitted = new Set(
        wrappedRows(sheet, result.spec).flatMap(([a, b]) =>
          Array.from({ length: b - a + 1 }, (_, i) => a + i),
        ),
      );
      for (const [row, h] of Object.entries(sheet.heights))
        if (!fitted.has(Number(row))) expect(state.rowHeights[Number(row)]).toBe(Math.min(409, h));
    }
  });

  it("a spec cell changed is a difference the check finds (the check can fail)", async () => {
    const result = generateSpec(toGrids(mixedTable()), {});
    if (!result.ok) throw new Error("the sample did not analyse");
    const fake = fakeWith(mixedTable(), apiVersion);
    await generate(fake);
    const p = result.placements.find((x) => result.spec.sheets[x.index]?.kind === "summary")!;
    const sheet = result.spec.sheets[p.index]!;
    const styles = { ...result.spec.styles };
    const bordered = sheet.rows.flat().find((c) => c?.s && styles[c.s]?.border)!.s!;
    styles[bordered] = { ...styles[bordered]!, border: { style: "thin", color: "000000" } };
    const found = differences(
      specLooks(sheet, { ...result.spec, styles }),
      officeLooks(fake.sheet(p.name)!),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/thin\/000000.*≠.*thin\/808080/);
  });
});
