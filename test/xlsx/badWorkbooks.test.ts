/**
 * The corpus of bad workbooks (test/fixtures/bad/, made by scripts/makeBadFixtures.ts), run as a
 * table through the command line: each gives its expected exit code, findings and cells, and
 * never a stack trace.
 */
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cli, cliJson, tempDir } from "../helpers";

const DIR = path.join(__dirname, "..", "fixtures", "bad");
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));

interface Expected {
  exitCode: number;
  rules: string[];
  cells?: string[];
  stderr?: string[];
}

describe("bad workbooks", () => {
  let out: string;
  beforeAll(async () => {
    out = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(out, { recursive: true, force: true });
  });

  it("has at least fourteen cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(CASES)("%s", async (name) => {
    const expected = JSON.parse(
      readFileSync(path.join(DIR, `${name}.expected.json`), "utf8"),
    ) as Expected;
    const { code, stdout, stderr } = await cliJson(
      path.join(DIR, `${name}.xlsx`),
      path.join(out, `${name}.xlsx`),
    );
    expect(code).toBe(expected.exitCode);
    expect(stderr).not.toMatch(/\n\s+at /);
    for (const text of expected.stderr ?? []) expect(stderr).toContain(text);
    if (expected.rules.length === 0) return;
    const report = JSON.parse(stdout) as {
      findings: { rule: string; cell: string | null; messages: { th: string; en: string } }[];
    };
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const rule of expected.rules) expect(rules).toContain(rule);
    const cells = new Set(report.findings.map((f) => f.cell));
    for (const cell of expected.cells ?? []) expect(cells).toContain(cell);
    for (const f of report.findings) {
      expect(f.messages.th).toMatch(/[\u0e00-\u0e7f]/);
      expect(f.messages.en.length).toBeGreaterThan(10);
    }
  });

  it("reads a table with 100,000 rows of noise beside it", async () => {
    const { mixedTable } = await import("../fixtures/layouts");
    const { toWorkbook } = await import("../fixtures/toWorkbook");
    const wb = toWorkbook(mixedTable());
    const ws = wb.getWorksheet("ITA")!;
    for (let r = 1; r <= 100_000; r++) ws.getCell(r, 8).value = `บันทึก ${r}`;
    const input = path.join(out, "noise.xlsx");
    await wb.xlsx.writeFile(input);
    const { code, stdout } = await cliJson(input, path.join(out, "noise-out.xlsx"));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total.score).toBe(94.5);
  }, 120_000);

  it("leaves no half-written file when the output cannot be written", async () => {
    const target = path.join(out, "is-a-folder.xlsx");
    await fs.mkdir(target);
    const { code, stderr } = await cli([
      "analyze",
      path.join(__dirname, "..", "..", "assets", "sample-ita-2568.xlsx"),
      "-o",
      target,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("cannot write");
    expect((await fs.readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
