import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { SAMPLE, cli, cliJson, tempDir } from "../../test/helpers";
import { toWorkbook } from "../../test/fixtures/toWorkbook";

const run = promisify(execFile);

describe("ita-analyzer analyze", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("prints the JSON report on stdout with --json - (schemaVersion 3)", async () => {
    const { code, stdout } = await cliJson(SAMPLE, path.join(dir, "o.xlsx"));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      schemaVersion: 3,
      unit: "เทศบาลตำบลคลองใหญ่",
      year: 2568,
      previousYear: 2567,
      total: {
        score: 94.5,
        reported: 94.5,
        computed: 94.49,
        previous: 86.71,
        delta: 7.79,
        level: "ผ่านดี",
      },
      sheets: [
        "บันทึกข้อความ ITA 2568",
        "สรุปผล ITA 2568",
        "วิเคราะห์ผล ITA 2568",
        "แผนพัฒนา ITA 2569",
        "ตรวจสอบ ITA 2568 (ภายใน)",
      ],
    });
    expect(report.tools[0]).toEqual({
      tool: "IIT",
      score: 93.96,
      reported: 93.96,
      computed: 93.96,
      previous: 96.73,
      delta: -2.77,
    });
    expect(report.indicators[3]).toMatchObject({
      number: 4,
      name: "การใช้ทรัพย์สินของราชการ",
      tool: "IIT",
      score: 81.88,
      previous: 93.64,
      delta: -11.76,
      flag: "improve",
    });
    expect(report.indicators[3].items[0]).toEqual({
      code: "i10",
      score: 55,
      previous: null,
      delta: null,
      cell: "'ITA'!C18",
    });
    expect(report.findings[0]).toMatchObject({
      severity: "error",
      rule: "delta-mismatch",
      cell: "'ITA'!D29",
      expected: 6.07,
      found: 3.09,
    });
  });

  it("writes IN-analysis.xlsx by default, never over the input", async () => {
    const input = path.join(dir, "คะแนน ITA.xlsx");
    await fs.copyFile(SAMPLE, input);
    const before = await fs.readFile(input);
    const { code, stdout } = await cli(["analyze", input]);
    expect(code).toBe(0);
    expect(stdout).toContain("94.50");
    await expect(fs.stat(path.join(dir, "คะแนน ITA-analysis.xlsx"))).resolves.toBeTruthy();
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to write over the input (exit 2)", async () => {
    const input = path.join(dir, "in.xlsx");
    await fs.copyFile(SAMPLE, input);
    const { code, stderr } = await cli(["analyze", input, "-o", input]);
    expect(code).toBe(2);
    expect(stderr).toContain("ต้นฉบับ");
    expect(stderr).toContain("never written over");
  });

  it.each([
    [["analyze"], 2],
    [["analyze", "x.xlsx", "--lang", "fr"], 2],
    [["analyze", "x.xlsx", "--year", "abc"], 2],
    [["frobnicate"], 2],
  ])("exits 2 on a usage error: %j", async (args, expected) => {
    expect((await cli(args)).code).toBe(expected);
  });

  it("exits 1 with a clear message for a missing file", async () => {
    const { code, stderr } = await cli(["analyze", path.join(dir, "none.xlsx")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/ไม่พบหรือเปิดไฟล์ไม่ได้.*\n.*cannot open the file/);
  });

  it("exits 1 for a corrupted file, without a stack trace", async () => {
    const bad = path.join(dir, "bad.xlsx");
    await fs.writeFile(bad, "PK\u0003\u0004 this is not a workbook");
    const { code, stderr } = await cli(["analyze", bad]);
    expect(code).toBe(1);
    expect(stderr).toContain("ไฟล์ขาดหายไม่ครบ");
    expect(stderr).toContain("download or copy it again");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 for a workbook without scores, and says what it looks for", async () => {
    const input = path.join(dir, "empty.xlsx");
    await toWorkbook([{ name: "Sheet1", rows: [["ชื่อ", "ที่อยู่"]] }]).xlsx.writeFile(input);
    const { code, stdout, stderr } = await cli(["analyze", input, "--json", "-"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      schemaVersion: 3,
      year: null,
      findings: [{ rule: "no-scores", severity: "error" }],
    });
    expect(stderr).toContain("no ITA score table found");
    await expect(fs.stat(path.join(dir, "empty-analysis.xlsx"))).rejects.toThrow();
  });

  it("takes --year and --previous in BE or CE", async () => {
    const { code, stdout } = await cliJson(
      SAMPLE,
      path.join(dir, "o.xlsx"),
      "--year",
      "2025",
      "--previous",
      "2567",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ year: 2568, previousYear: 2567 });
  });

  it("runs as `npm run --silent cli` with the documented exit code", async () => {
    const cwd = path.join(__dirname, "..", "..");
    const { stdout } = await run(
      "npm",
      [
        "run",
        "--silent",
        "cli",
        "--",
        "analyze",
        SAMPLE,
        "-o",
        path.join(dir, "o.xlsx"),
        "--json",
        "-",
      ],
      { cwd },
    );
    expect(JSON.parse(stdout).total.score).toBe(94.5);
    await expect(
      run("npm", ["run", "--silent", "cli", "--", "analyze"], { cwd }),
    ).rejects.toMatchObject({ code: 2 });
  });
});
