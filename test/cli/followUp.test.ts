/**
 * The follow-up of the earlier plan through the command line, on the sample's second year (its
 * 2568 output with the 2569 plan marked and a 2569 column, test/fixtures/twoYearsFile.ts): the
 * file, the JSON report's `followUp`, the PDF step, and runs with and without one over the same
 * file.
 */
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import path from "node:path";
import { countPdfPages, findSoffice } from "../../src/cli/pdf";
import { paginate } from "../../src/domain/layout/pageBreaks";
import { PUBLIC_PRINT_ORDER } from "../../src/domain/layout/printSetup";
import { generateFile, openFile } from "../../src/hosts/xlsx/generateFile";
import { SECOND_YEAR, secondYearOf, twoYearsXlsx } from "../fixtures/twoYearsFile";
import { SAMPLE, cli, openXlsx, tempDir } from "../helpers";

const SHEETS = [
  "บันทึกข้อความ ITA 2569",
  "สรุปผล ITA 2569",
  "วิเคราะห์ผล ITA 2569",
  "ผลตามแผน ITA 2569",
  "แผนพัฒนา ITA 2570",
  "ตรวจสอบ ITA 2569 (ภายใน)",
];
/** The first year's sheets (no follow-up: the sample has no earlier plan). */
const FIRST = [
  "บันทึกข้อความ ITA 2568",
  "สรุปผล ITA 2568",
  "วิเคราะห์ผล ITA 2568",
  "แผนพัฒนา ITA 2569",
  "ตรวจสอบ ITA 2568 (ภายใน)",
];
const YEAR = ["--year", "2569", "--date", "2026-11-10"];

/** Our tags in a written file, to the sheet each names. */
async function tags(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return Object.fromEntries(
    [...xml.matchAll(/<definedName name="(ITAAnalyzer_[a-z]+_\d+)">'((?:[^']|'')+)'!/g)].map(
      (m) => [m[1]!, m[2]!.replace(/''/g, "'")],
    ),
  );
}

describe("the follow-up through the command line", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await tempDir();
    input = path.join(dir, "ita-2569.xlsx");
    await fs.writeFile(input, await twoYearsXlsx());
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes the follow-up sheet after the analysis and reports it in the JSON", async () => {
    const out = path.join(dir, "o.xlsx");
    const { code, stdout } = await cli(["analyze", input, "-o", out, ...YEAR, "--json", "-"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sheets).toEqual(SHEETS);
    expect(report.followUp.planYear).toBe(2569);
    expect(report.followUp.counts).toEqual({
      effective: 5,
      improving: 0,
      noEffect: 2,
      notDone: 4,
      cancelled: 1,
      noData: 0,
    });
    expect(report.followUp.measures.map((m: { id: string | null }) => m.id)).toEqual([
      "1B",
      "2B",
      "3C",
      "4D",
      "5B",
      "6C",
      "7C",
      "8C",
      "9D",
      "9E",
      "10C",
      null,
    ]);
    expect(report.followUp.measures[8]).toMatchObject({
      id: "9D",
      indicator: 9,
      status: "done",
      verdict: "noEffect",
      result: "เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำปี เม.ย. 2569",
      items: [
        { code: "o12", previous: 50, score: 50, delta: 0, belowFloor: true },
        { code: "o13", previous: 50, score: 50, delta: 0, belowFloor: true },
      ],
    });
    expect((await tags(out))["ITAAnalyzer_followup_2569"]).toBe("ผลตามแผน ITA 2569");
    const ws = (await openXlsx(out)).getWorksheet("ผลตามแผน ITA 2569")!;
    expect(ws.getCell("A1").value).toBe(
      "รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2569\nเทศบาลตำบลคลองใหญ่",
    );
    // 1B was done, yet indicator 1 fell and its i1 is under the item floor.
    expect(ws.getCell("H4").value).toBe("ยังไม่เกิดผล ต้องเปลี่ยนแนวทางในแผนปี 2570");
    expect([ws.getCell("H12").value, ws.getCell("I12").value]).toEqual([
      "ยังไม่เกิดผล ต้องเปลี่ยนแนวทางในแผนปี 2570",
      "9D",
    ]);
    expect(ws.getCell("I4").value).toBe("1B");
  });

  it("writes it in English with --lang en", async () => {
    const out = path.join(dir, "en.xlsx");
    const { code, stdout } = await cli([
      "analyze",
      input,
      "-o",
      out,
      ...YEAR,
      "--lang",
      "en",
      "--json",
      "-",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sheets).toContain("ITA 2569 Plan follow-up");
    const ws = (await openXlsx(out)).getWorksheet("ITA 2569 Plan follow-up")!;
    expect(ws.getCell("A1").value).toBe(
      "Report on the ITA development plan, fiscal year 2026 (B.E. 2569)\nKhlong Yai Subdistrict Municipality",
    );
  });

  it("has no follow-up in the report or the file when the analysis has none", async () => {
    // The sample has no earlier plan.
    const out = path.join(dir, "none.xlsx");
    const { code, stdout } = await cli(["analyze", SAMPLE, "-o", out, "--json", "-"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.followUp).toBeNull();
    expect(report.sheets).toEqual(FIRST);
    expect(Object.keys(await tags(out))).not.toContain("ITAAnalyzer_followup_2568");
  });

  it("adds the follow-up to an output that had none, and leaves an earlier one when a run has none", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first, "--date", "2025-11-10"])).code).toBe(0);
    expect(Object.keys(await tags(first))).not.toContain("ITAAnalyzer_followup_2568");
    // Staff mark its 2569 plan and add the 2569 column; the run for 2569 reports on the plan.
    await fs.writeFile(first, await secondYearOf(new Uint8Array(await fs.readFile(SAMPLE))));
    const second = path.join(dir, "second.xlsx");
    const { stdout } = await cli(["analyze", first, "-o", second, ...YEAR, "--json", "-"]);
    expect(JSON.parse(stdout).sheets).toEqual(SHEETS);
    expect(Object.values(await tags(second)).sort()).toEqual([...FIRST, ...SHEETS].sort());
    // A later run without one (for 2568, which has no earlier plan) writes the 2568 sheets again;
    // the follow-up written before stays.
    const findings = JSON.parse(
      (
        await cli([
          "analyze",
          first,
          "-o",
          path.join(dir, "x.xlsx"),
          "--year",
          "2568",
          "--json",
          "-",
        ])
      ).stdout,
    ).findings;
    const third = path.join(dir, "third.xlsx");
    const again = await cli(["analyze", second, "-o", third, "--year", "2568", "--json", "-"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).sheets).not.toContain("ผลตามแผน ITA 2569");
    // The follow-up written before is ours: never read as a score table.
    expect(JSON.parse(again.stdout).findings).toEqual(findings);
    const wb = await openXlsx(third);
    expect(
      wb.worksheets
        .filter((w) => SHEETS.includes(w.name))
        .map((w) => w.name)
        .sort(),
    ).toEqual([...SHEETS].sort());
    expect(wb.getWorksheet("ผลตามแผน ITA 2569")!.getCell("I4").value).toBe("1B");
  });

  it("prints the follow-up in the PDF, between the analysis and the plan", async () => {
    expect(findSoffice()).not.toBeNull(); // npm test installs LibreOffice (scripts/ensureTools.js)
    const pdf = path.join(dir, "report.pdf");
    const { code } = await cli([
      "analyze",
      input,
      "-o",
      path.join(dir, "p.xlsx"),
      ...YEAR,
      "--pdf",
      pdf,
    ]);
    expect(code).toBe(0);
    const opened = await openFile(new Uint8Array(await fs.readFile(input)));
    const { result } = await generateFile(opened, { lang: "th", ...SECOND_YEAR });
    if (!result.ok) throw new Error("did not analyse");
    const pages = (kind: string) => {
      const s = result.spec.sheets.find((x) => x.kind === kind)!;
      return paginate(s.heights, s.print, s.rows.length).length;
    };
    expect(result.spec.sheets.map((s) => s.kind)).toContain("followup");
    const planned = PUBLIC_PRINT_ORDER.reduce((n, kind) => n + pages(kind), 0);
    expect(countPdfPages(new Uint8Array(await fs.readFile(pdf)))).toBe(planned);
    const { execFileSync } = await import("node:child_process");
    const first = 1 + pages("memo") + pages("summary") + pages("analysis");
    const text = execFileSync("pdftotext", ["-f", String(first), "-l", String(first), pdf, "-"], {
      encoding: "utf8",
    });
    expect(text).toContain("รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2569");
  }, 120_000);
});
