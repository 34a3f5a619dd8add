/**
 * The English document speaks English: no Thai script in any public cell but the agency's own
 * name (when no English name is known), OIT items named by the year files' English, and one
 * era of years, the Gregorian one its labels use.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { generate } from "../src/domain/generate";
import { PUBLIC_PRINT_ORDER } from "../src/domain/layout/printSetup";
import type { SheetSpec } from "../src/domain/layout/spec";
import { generateFile, openFile } from "../src/hosts/xlsx/generateFile";
import { toGrids } from "./fixtures/toGrids";
import { department2569, subdistrictLow2569 } from "./fixtures/years";

const SAMPLE = path.join(__dirname, "..", "assets", "sample-ita-2568.xlsx");

async function englishSheets(which: string): Promise<{ sheets: SheetSpec[]; unit: string }> {
  if (which === "sample") {
    const opened = await openFile(new Uint8Array(await fs.readFile(SAMPLE)));
    const { result } = await generateFile(opened, { lang: "en", date: "2568-11-24" });
    if (!result.ok) throw new Error("the sample did not analyse");
    return { sheets: result.spec.sheets, unit: result.analysis.unit?.name ?? "" };
  }
  const layout = which === "department2569" ? department2569() : subdistrictLow2569();
  const result = generate(toGrids(layout), { lang: "en", date: "2569-11-24" });
  if (!result.ok) throw new Error(`${which} did not analyse`);
  return { sheets: result.spec.sheets, unit: result.analysis.unit?.name ?? "" };
}

const publicTexts = (sheets: SheetSpec[]) =>
  sheets
    .filter((s) => PUBLIC_PRINT_ORDER.includes(s.kind))
    .flatMap((s) =>
      s.rows.flat().flatMap((c) => (typeof c?.v === "string" ? [[s.kind, c.v] as const] : [])),
    );

describe.each(["sample", "department2569", "subdistrictLow2569"])("the English of %s", (which) => {
  it("has no Thai script in any public cell but the agency's own name", async () => {
    const { sheets, unit } = await englishSheets(which);
    const thai = publicTexts(sheets).filter(([, t]) =>
      /[\u0e00-\u0e7f]/.test(unit ? t.split(unit).join("") : t),
    );
    expect(thai).toEqual([]);
  });
});

describe("OIT items a year file does not word (2569's O2, O5–O7)", () => {
  it("are named in English by another year's English of the same topic", async () => {
    const { sheets } = await englishSheets("department2569");
    const analysis = sheets.find((s) => s.kind === "analysis") as SheetSpec;
    const items = analysis.rows.flatMap((r) => {
      const v = r[0]?.v;
      return typeof v === "string" && /^o[2567] /.test(v) ? [v] : [];
    });
    expect(items).toEqual([
      "o2 Information on the executives",
      "o5 Strategic or development plan",
      "o6 Annual work and budget plan and its progress",
      "o7 Annual performance report",
    ]);
  });
});
