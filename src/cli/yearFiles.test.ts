import { promises as fs } from "node:fs";
import path from "node:path";
import { cli, openXlsx, tempDir } from "../../test/helpers";
import { toWorkbook } from "../../test/fixtures/toWorkbook";
import { moved2570, moved2570YearFile } from "../../test/fixtures/years";

/** The plan sheet's rows as "measure | indicator | … " texts, from a written workbook. */
async function planRows(file: string): Promise<string[]> {
  const wb = await openXlsx(file);
  const plan = wb.worksheets.find((w) => w.name.startsWith("แผนพัฒนา"));
  const rows: string[] = [];
  plan?.eachRow((row) =>
    rows.push((row.values as unknown[]).map((v) => String(v ?? "")).join(" | ")),
  );
  return rows;
}

describe("year files an IT officer adds (the command line)", () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = await tempDir();
    input = path.join(dir, "ita-2570.xlsx");
    await toWorkbook(moved2570()).xlsx.writeFile(input);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("reads ita-framework-YYYY.json beside the workbook by itself, and says so", async () => {
    const without = await cli([
      "analyze",
      input,
      "-o",
      path.join(dir, "a.xlsx"),
      "--json",
      path.join(dir, "a.json"),
    ]);
    expect(without.code).toBe(0);
    const before = JSON.parse(await fs.readFile(path.join(dir, "a.json"), "utf8"));
    expect(before.findings.map((f: { rule: string }) => f.rule)).toContain(
      "framework-year-unknown",
    );

    await fs.writeFile(
      path.join(dir, "ita-framework-2570.json"),
      JSON.stringify(moved2570YearFile()),
    );
    const { code, stderr } = await cli([
      "analyze",
      input,
      "-o",
      path.join(dir, "b.xlsx"),
      "--json",
      path.join(dir, "b.json"),
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("ใช้เกณฑ์ปี 2570 จากไฟล์ ita-framework-2570.json");
    expect(stderr).toContain("using the 2570 framework from ita-framework-2570.json");
    const after = JSON.parse(await fs.readFile(path.join(dir, "b.json"), "utf8"));
    expect(after.findings.map((f: { rule: string }) => f.rule)).not.toContain(
      "framework-year-unknown",
    );
    // The moved procurement items (o1, o2) are in the procurement measure either way.
    const procurement = (await planRows(path.join(dir, "b.xlsx"))).filter((r) =>
      r.includes("| จัดทำและเผยแพร่แผน รายการ ความก้าวหน้า และรายงานผลการจัดซื้อจัดจ้าง"),
    );
    expect(procurement).toHaveLength(1);
    expect(procurement[0]).toContain("(o1, o2)");
  });

  it("takes --framework FILE, and refuses a broken one with what to fix (exit 1)", async () => {
    const named = path.join(dir, "elsewhere.json");
    const spoilt = moved2570YearFile() as { items: { list: { topic: string }[] } };
    spoilt.items.list[0]!.topic = "budgets";
    await fs.writeFile(named, JSON.stringify(spoilt));
    const { code, stderr } = await cli([
      "analyze",
      input,
      "-o",
      path.join(dir, "c.xlsx"),
      "--framework",
      named,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("ไฟล์เกณฑ์ปี elsewhere.json ใช้ไม่ได้");
    expect(stderr).toContain(
      'elsewhere.json: items.list[0].topic: "budgets" is not a known IIT topic',
    );
    await expect(fs.stat(path.join(dir, "c.xlsx"))).rejects.toThrow();

    await fs.writeFile(named, "{ not json");
    const bad = await cli(["analyze", input, "-o", path.join(dir, "c.xlsx"), "--framework", named]);
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining("is not valid JSON")]);

    await fs.writeFile(named, JSON.stringify(moved2570YearFile()));
    const good = await cli([
      "analyze",
      input,
      "-o",
      path.join(dir, "c.xlsx"),
      "--framework",
      named,
    ]);
    expect(good.code).toBe(0);
  });
});
