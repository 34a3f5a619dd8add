import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, cliJson, openXlsx, tempDir } from "../../test/helpers";
import { mixedTable } from "../../test/fixtures/layouts";
import { toWorkbook } from "../../test/fixtures/toWorkbook";
import { defaultOutput, samePath, writeFileAtomic } from "./files";

describe("the command line's files", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("refuses --json equal to -o, and --json or -o that is a hard link of the input", async () => {
    const input = path.join(dir, "in.xlsx");
    await fs.copyFile(SAMPLE, input);
    const link = path.join(dir, "link.json");
    await fs.link(input, link);
    const out = path.join(dir, "out.xlsx");
    const same = await cli(["analyze", input, "-o", out, "--json", out]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("the JSON report must not be the output workbook (-o)");
    const hard = await cli(["analyze", input, "-o", out, "--json", link]);
    expect(hard.code).toBe(2);
    expect(hard.stderr).toContain("the JSON report must not be the input");
    const linkOut = path.join(dir, "link.xlsx");
    await fs.link(input, linkOut);
    expect((await cli(["analyze", input, "-o", linkOut])).code).toBe(2);
    expect(await fs.readFile(input)).toEqual(await fs.readFile(SAMPLE));
    expect(await samePath(input, link)).toBe(true);
    expect(await samePath(input, out)).toBe(false);
  });

  it("writes the JSON atomically, and keeps the permissions of the files it replaces", async () => {
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "report.json");
    expect((await cli(["analyze", SAMPLE, "-o", out, "--json", json])).code).toBe(0);
    await fs.chmod(out, 0o600);
    await fs.chmod(json, 0o640);
    expect((await cli(["analyze", SAMPLE, "-o", out, "--json", json])).code).toBe(0);
    expect((await fs.stat(out)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(json)).mode & 0o777).toBe(0o640);
    expect(JSON.parse(await fs.readFile(json, "utf8")).total.score).toBe(94.5);
    expect((await fs.readdir(dir)).sort()).toEqual(["out.xlsx", "report.json"]);
  });

  it("creates its temporary file exclusively under a random name (a planted link is not followed)", async () => {
    const victim = path.join(dir, "victim.txt");
    await fs.writeFile(victim, "keep me");
    const target = path.join(dir, "out.xlsx");
    // The name an earlier version used: .out.xlsx.<pid>.tmp
    await fs.symlink(victim, path.join(dir, `.out.xlsx.${process.pid}.tmp`));
    await writeFileAtomic(new TextEncoder().encode("new"), target);
    await writeFileAtomic(new TextEncoder().encode("newer"), target);
    expect(await fs.readFile(victim, "utf8")).toBe("keep me");
    expect(await fs.readFile(target, "utf8")).toBe("newer");
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([
      `.out.xlsx.${process.pid}.tmp`,
    ]);
  });

  it("strips control characters from what it prints and from the cells it writes", async () => {
    // C1 controls pass through XML (C0 ones cannot): U+009B is the 8-bit terminal escape (CSI).
    const layout = mixedTable();
    layout[0]!.rows[1] = ["หน่วยงาน", "เทศบาล\u009b2J\u0085ตำบลคลองใหญ่"];
    const input = path.join(dir, "in.xlsx");
    await toWorkbook(layout).xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    const { code, stdout } = await cli(["analyze", input, "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("เทศบาล2Jตำบลคลองใหญ่ ITA 2568");
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const wb = await openXlsx(out);
    expect(String(wb.getWorksheet("สรุปผล ITA 2568")!.getCell("A1").value)).toContain(
      "ของเทศบาล2Jตำบลคลองใหญ่ ",
    );
    // The JSON report keeps the text as read (JSON escapes it).
    const json = await cliJson(input, path.join(dir, "o2.xlsx"));
    expect(JSON.parse(json.stdout).unit).toBe("เทศบาล\u009b2J\u0085ตำบลคลองใหญ่");
  });

  it("names the output after the input and keeps .xlsm", () => {
    expect(defaultOutput("a/คะแนน.xlsx")).toBe("a/คะแนน-analysis.xlsx");
    expect(defaultOutput("a/macros.XLSM")).toBe("a/macros-analysis.XLSM");
    expect(defaultOutput("a/other")).toBe("a/other-analysis.xlsx");
  });
});
