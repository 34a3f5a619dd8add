/**
 * The follow-up of the earlier plan through the command line: generate → file with the
 * analysis's follow-up set (the sample's, made by hand until its workbook holds an earlier plan),
 * the JSON report's `followUp`, the PDF step, and runs with and without one over the same file.
 */
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import path from "node:path";
import { countPdfPages, findSoffice } from "../../src/cli/pdf";
import { paginate } from "../../src/domain/layout/pageBreaks";
import { PUBLIC_PRINT_ORDER } from "../../src/domain/layout/printSetup";
import { generateFile, openFile } from "../../src/hosts/xlsx/generateFile";
import { sampleFollowUp } from "../fixtures/followUpMock";
import { SAMPLE, cli, openXlsx, tempDir } from "../helpers";

jest.mock("../../src/domain/layout/buildWorkbookSpec", () =>
  jest
    .requireActual<typeof import("../fixtures/followUpMock")>("../fixtures/followUpMock")
    .withSampleFollowUp(jest.requireActual("../../src/domain/layout/buildWorkbookSpec")),
);

const SHEETS = [
  "บันทึกข้อความ ITA 2568",
  "สรุปผล ITA 2568",
  "วิเคราะห์ผล ITA 2568",
  "ผลตามแผน ITA 2568",
  "แผนพัฒนา ITA 2569",
  "ตรวจสอบ ITA 2568 (ภายใน)",
];

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
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    sampleFollowUp.on = true;
  });

  it("writes the follow-up sheet after the analysis and reports it in the JSON", async () => {
    const out = path.join(dir, "o.xlsx");
    const { code, stdout } = await cli(["analyze", SAMPLE, "-o", out, "--json", "-"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sheets).toEqual(SHEETS);
    expect(report.followUp.planYear).toBe(2568);
    expect(report.followUp.counts).toEqual({
      effective: 4,
      improving: 1,
      noEffect: 1,
      notDone: 3,
      cancelled: 1,
      noData: 1,
    });
    expect(report.followUp.measures.map((m: { id: string }) => m.id)).toEqual([
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
    ]);
    expect(report.followUp.measures[8]).toMatchObject({
      id: "9D",
      indicator: 9,
      status: "done",
      verdict: "noEffect",
      items: [
        { code: "o12", previous: 50, score: 50, delta: 0, belowFloor: true },
        { code: "o13", previous: 50, score: 50, delta: 0, belowFloor: true },
        { code: "o14", previous: 50, score: 50, delta: 0, belowFloor: true },
      ],
    });
    expect((await tags(out))["ITAAnalyzer_followup_2568"]).toBe("ผลตามแผน ITA 2568");
    const ws = (await openXlsx(out)).getWorksheet("ผลตามแผน ITA 2568")!;
    expect(ws.getCell("A1").value).toBe(
      "รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2568\nเทศบาลตำบลคลองใหญ่",
    );
    expect(ws.getCell("H4").value).toBe("ดีขึ้น แต่ยังต่ำกว่าเกณฑ์ ต้องดำเนินการต่อ");
    expect(ws.getCell("I4").value).toBe("1B");
  });

  it("writes it in English with --lang en", async () => {
    const out = path.join(dir, "en.xlsx");
    const { code, stdout } = await cli([
      "analyze",
      SAMPLE,
      "-o",
      out,
      "--lang",
      "en",
      "--json",
      "-",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sheets).toContain("ITA 2568 Plan follow-up");
    const ws = (await openXlsx(out)).getWorksheet("ITA 2568 Plan follow-up")!;
    expect(ws.getCell("A1").value).toBe(
      "Report on the ITA development plan, fiscal year 2025 (B.E. 2568)\nKhlong Yai Subdistrict Municipality",
    );
  });

  it("has no follow-up in the report or the file when the analysis has none", async () => {
    sampleFollowUp.on = false;
    const out = path.join(dir, "none.xlsx");
    const { code, stdout } = await cli(["analyze", SAMPLE, "-o", out, "--json", "-"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.followUp).toBeNull();
    expect(report.sheets).toEqual(SHEETS.filter((s) => s !== "ผลตามแผน ITA 2568"));
    expect(Object.keys(await tags(out))).not.toContain("ITAAnalyzer_followup_2568");
  });

  it("adds the follow-up to an output that had none, and leaves an earlier one when a run has none", async () => {
    sampleFollowUp.on = false;
    const first = path.join(dir, "first.xlsx");
    expect((await cli(["analyze", SAMPLE, "-o", first])).code).toBe(0);
    sampleFollowUp.on = true;
    const second = path.join(dir, "second.xlsx");
    const { stdout } = await cli(["analyze", first, "-o", second, "--json", "-"]);
    expect(JSON.parse(stdout).sheets).toEqual(SHEETS);
    const findings = JSON.parse(stdout).findings;
    expect(Object.values(await tags(second)).sort()).toEqual([...SHEETS].sort());
    // A later run without one writes the others again; the follow-up written before stays.
    sampleFollowUp.on = false;
    const third = path.join(dir, "third.xlsx");
    const again = await cli(["analyze", second, "-o", third, "--json", "-"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).sheets).not.toContain("ผลตามแผน ITA 2568");
    // The follow-up written before is ours: never read as a score table.
    expect(JSON.parse(again.stdout).findings).toEqual(findings);
    const wb = await openXlsx(third);
    expect(
      wb.worksheets
        .filter((w) => SHEETS.includes(w.name))
        .map((w) => w.name)
        .sort(),
    ).toEqual([...SHEETS].sort());
    expect(wb.getWorksheet("ผลตามแผน ITA 2568")!.getCell("I4").value).toBe("1B");
  });

  it("prints the follow-up in the PDF, between the analysis and the plan", async () => {
    expect(findSoffice()).not.toBeNull(); // npm test installs LibreOffice (scripts/ensureTools.js)
    const pdf = path.join(dir, "report.pdf");
    const { code } = await cli(["analyze", SAMPLE, "-o", path.join(dir, "p.xlsx"), "--pdf", pdf]);
    expect(code).toBe(0);
    const opened = await openFile(new Uint8Array(await fs.readFile(SAMPLE)));
    const { result } = await generateFile(opened, { lang: "th" });
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
    expect(text).toContain("รายงานผลการดำเนินงานตามแผนพัฒนา ITA 2568");
  }, 120_000);
});
