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

describe.each(["sample", "department2569", "subdistrictLow2569"])(
  "the years of the English of %s",
  (which) => {
    it("are Common Era years: a Buddhist-era year only as the fiscal year's B.E. name", async () => {
      const { sheets } = await englishSheets(which);
      const bare = publicTexts(sheets).filter(([, t]) =>
        /\b25[5-9]\d\b/.test(t.replace(/\(B\.E\. 25\d\d\)/g, "")),
      );
      expect(bare).toEqual([]);
    });
  },
);

describe("the English of a 2569 department's year-bound items and dated measures", () => {
  it("names the years they cover in the Common Era", async () => {
    const { sheets } = await englishSheets("department2569");
    const texts = publicTexts(sheets).map(([, t]) => t);
    expect(texts).toContainEqual(
      expect.stringContaining(
        "the assessors did not accept, the HR report for 2025 (o14: 0.00) and the main website does not yet publish every required part of 2 topics: data on procurement (o11, o12: 50.00 each) and the HR criteria and plan for 2026 (o13: 50.00)",
      ),
    );
    expect(texts).toContain("Before the\n2027 OIT check");
    // The ITA-results measure is done before that check, with no blank date to fill.
    expect(texts).toContainEqual(
      expect.stringContaining(
        "\n2. Publish them on the agency's main website before the 2027 OIT check\n",
      ),
    );
  });
});

describe.each(["sample", "department2569", "subdistrictLow2569"])(
  "the sentences of the English of %s",
  (which) => {
    it("start with a capital, the agency unnamed in English too", async () => {
      const { sheets } = await englishSheets(which);
      const lower = publicTexts(sheets).filter(
        ([, t]) => /^\s*[a-z]/.test(t.replace(/^[ieo]\d+ /, "")) || /\. [a-z]/.test(t),
      );
      expect(lower).toEqual([]);
    });
  },
);

describe("the English memo of an agency with no English name", () => {
  it("starts its sentence on the score with a capital, leaving the name out", async () => {
    const { sheets } = await englishSheets("subdistrictLow2569");
    const memo = sheets.find((s) => s.kind === "memo") as SheetSpec;
    const texts = memo.rows.flat().flatMap((c) => (typeof c?.v === "string" ? [c.v.trim()] : []));
    expect(texts).toContain(
      'The agency scored 73.90 in total, at the level "Needs improvement", as follows:',
    );
  });
});
