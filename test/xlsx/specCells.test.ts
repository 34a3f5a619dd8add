/**
 * The file path's writer checked against the spec, cell by cell (as test/office/specCells.test.ts
 * checks the Office.js writer): the workbook the command line writes, read back with ExcelJS,
 * has each cell as the WorkbookSpec says — value or formula, number format, font, fill, border,
 * alignment, wrap and indent — and its merged areas.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { generateFile, openFile } from "../../src/hosts/xlsx/generateFile";
import { SAMPLE } from "../helpers";
import { differences, fileLooks, mergedOthers, specLooks } from "../specLooks";

describe("the file writer", () => {
  it.each(["th", "en"] as const)("writes each cell as the spec says (%s)", async (lang) => {
    const opened = await openFile(new Uint8Array(await readFile(SAMPLE)));
    const { result, bytes } = await generateFile(opened, { lang });
    if (!result.ok || !bytes) throw new Error("the sample did not analyse");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    for (const p of result.placements) {
      const sheet = result.spec.sheets[p.index]!;
      const ws = wb.getWorksheet(p.name)!;
      // a merged area's other cells read as its first in ExcelJS: compared where they are apart
      const expected = specLooks(sheet, result.spec);
      for (const address of mergedOthers(sheet.merges)) expected.delete(address);
      expect(differences(expected, fileLooks(ws))).toEqual([]);
      const merges = (ws.model as { merges?: string[] }).merges ?? [];
      expect([...merges].sort()).toEqual([...sheet.merges].sort());
    }
  });

  it("a spec cell changed is a difference the check finds (the check can fail)", async () => {
    const opened = await openFile(new Uint8Array(await readFile(SAMPLE)));
    const { result, bytes } = await generateFile(opened, {});
    if (!result.ok || !bytes) throw new Error("the sample did not analyse");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const p = result.placements.find((x) => result.spec.sheets[x.index]?.kind === "analysis")!;
    const sheet = result.spec.sheets[p.index]!;
    const filled = sheet.rows.flat().find((c) => c?.s && result.spec.styles[c.s]?.fill)!.s!;
    const styles = { ...result.spec.styles };
    styles[filled] = { ...styles[filled]!, fill: "00FF00" };
    const found = differences(
      specLooks(sheet, { ...result.spec, styles }),
      fileLooks(wb.getWorksheet(p.name)!),
    );
    expect(found.some((d) => /00FF00/.test(d))).toBe(true);
  });
});
