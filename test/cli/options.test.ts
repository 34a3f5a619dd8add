/**
 * The command line's options and its words: --version, usage errors in Thai and English, the
 * comparison year, --sheet and --range, and plain words for a folder it cannot write in.
 */
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import path from "node:path";
import { version } from "../../package.json";
import { SAMPLE, cli, cliJson, tempDir } from "../helpers";
import { mixedTable } from "../fixtures/layouts";
import { toWorkbook } from "../fixtures/toWorkbook";

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Both lines of a message: Thai, then English, each after the program's name. */
const bilingual = (stderr: string) => {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^ita-analyzer: .*[\u0e00-\u0e7f]/);
  expect(lines[1]).toMatch(/^ita-analyzer: .*\b[a-z]{2,} [a-z]{2,}\b/);
  expect(lines[1]).not.toMatch(/[\u0e00-\u0e7f]{2,} [\u0e00-\u0e7f]{2,}/);
  return lines;
};

describe("--version and usage errors", () => {
  it("prints its version", async () => {
    for (const flag of ["--version", "-V"]) {
      const run = await cli([flag]);
      expect(run).toEqual({ code: 0, stdout: `ita-analyzer ${version}\n`, stderr: "" });
    }
  });

  it.each([
    [["analyze"], "ต้องระบุสมุดงาน", "name the workbook to analyse"],
    [
      ["analyze", "x.xlsx", "--frobnicate"],
      "ไม่รู้จักตัวเลือก --frobnicate",
      "unknown option --frobnicate",
    ],
    [["analyze", "x.xlsx", "--outpt", "y"], "หมายถึง --output หรือไม่", "did you mean --output?"],
    [
      ["analyze", "x.xlsx", "--lang", "fr"],
      "--lang ต้องเป็น th หรือ en ไม่ใช่ fr",
      "--lang must be th or en, not fr",
    ],
    [
      ["analyze", "x.xlsx", "--year", "abc"],
      "--year abc: ปีต้องเป็นปี พ.ศ.",
      "--year abc: a year such as 2568",
    ],
    [
      ["analyze", "x.xlsx", "-o"],
      "ตัวเลือก --output ต้องมีค่าตามหลัง",
      "the option --output needs a value",
    ],
    [["analyze", "a.xlsx", "b.xlsx"], "ครั้งละหนึ่งไฟล์", "name one workbook at a time"],
    [["frobnicate"], "ไม่รู้จักคำสั่ง frobnicate", "unknown command frobnicate"],
    [["คะแนน.xlsx"], "ita-analyzer analyze คะแนน.xlsx", "put the command analyze before the file"],
  ])("exits 2 and says it in Thai and English: %j", async (args, th, en) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const [thai, english] = bilingual(run.stderr.replace(/คะแนน/g, "x"));
    expect(run.stderr).toContain(th);
    expect(run.stderr).toContain(en);
    expect(thai).toContain("ita-analyzer analyze --help");
    expect(english).toContain("see ita-analyzer analyze --help");
  });

  it("shows its help and exits 2 when no command is given", async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("analyze");
  });
});

describe("the comparison year", () => {
  it.each([
    [
      ["--year", "2567", "--previous", "2568"],
      2,
      "--previous 2568",
      "must be before the assessment year",
    ],
    [
      ["--year", "2568", "--previous", "2568"],
      2,
      "--previous 2568",
      "must be before the assessment year",
    ],
    [["--previous", "2568"], 1, "(2568) ต้องเป็นปีก่อนปีที่ประเมิน (2568): เลือกปี 2567", "choose 2567"],
    [["--previous", "2569"], 1, "ต้องเป็นปีก่อนปีที่ประเมิน", "must be before the assessment year (2568)"],
    [
      ["--previous", "2560"],
      1,
      "ไม่พบคะแนนปี 2560",
      "no scores for 2560 in the workbook (found 2567, 2568)",
    ],
    [["--year", "2566"], 1, "ไม่พบคะแนนปี 2566", "no scores for 2566"],
  ])("refuses %j (exit %d) in Thai and English", async (args, code, th, en) => {
    const out = path.join(dir, "out.xlsx");
    const run = await cli(["analyze", SAMPLE, "-o", out, ...args]);
    expect(run.code).toBe(code);
    bilingual(run.stderr);
    expect(run.stderr).toContain(th);
    expect(run.stderr).toContain(en);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it("takes an earlier year present in the data", async () => {
    const run = await cliJson(
      SAMPLE,
      path.join(dir, "out.xlsx"),
      "--year",
      "2568",
      "--previous",
      "2567",
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      year: 2568,
      previousYear: 2567,
      total: { delta: 7.79 },
    });
  });
});

/** The sample with a data sheet of `rows` × 5 numbers beside its score sheet, written as XML. */
async function withDataSheet(rows: number): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    body.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 2}</v></c><c r="C${r}"><v>${r % 97}</v></c><c r="D${r}"><v>${r % 13}</v></c><c r="E${r}"><v>${r / 4}</v></c></row>`,
    );
  }
  zip.file(
    "xl/worksheets/sheet2.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${body.join("")}</sheetData></worksheet>`,
  );
  const edit = async (part: string, f: (xml: string) => string) =>
    zip.file(part, f(await zip.file(part)!.async("string")));
  await edit("xl/workbook.xml", (x) =>
    x.replace("</sheets>", '<sheet sheetId="2" name="ข้อมูลดิบ" r:id="rId9"/></sheets>'),
  );
  await edit("xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
  );
  await edit("[Content_Types].xml", (x) =>
    x.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  const file = path.join(dir, "with-data.xlsx");
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

describe("--sheet and --range", () => {
  it("analyses a score sheet beside a 200,000 × 5 data sheet with --sheet; without it, says to use it", async () => {
    const input = await withDataSheet(200_000);
    const refused = await cli(["analyze", input, "-o", path.join(dir, "a.xlsx")]);
    expect(refused.code).toBe(1);
    bilingual(refused.stderr);
    expect(refused.stderr).toContain("--sheet ชื่อชีต");
    expect(refused.stderr).toContain("or read only the score sheet with --sheet NAME");
    const out = path.join(dir, "b.xlsx");
    const run = await cliJson(input, out, "--sheet", "ITA");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: { score: 94.5, delta: 7.79 } });
    // The data sheet comes out as it went in, and a second run regenerates the output.
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const data = await JSZip.loadAsync(await fs.readFile(input));
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(
      await data.file("xl/worksheets/sheet2.xml")!.async("string"),
    );
    const again = await cli(["analyze", input, "-o", out, "--sheet", "ITA"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("สร้างใหม่ทับผลลัพธ์เดิม");
  }, 120_000);

  it("reads only a range, as the pane reads a selection, with cells named on the sheet", async () => {
    const layout = mixedTable();
    layout[0]!.rows.push([], ["หมายเหตุ", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 10, 20]);
    const input = path.join(dir, "in.xlsx");
    await toWorkbook(layout).xlsx.writeFile(input);
    const whole = await cliJson(input, path.join(dir, "w.xlsx"));
    const last = layout[0]!.rows.length - 2;
    const run = await cliJson(input, path.join(dir, "r.xlsx"), "--range", `'ITA'!A1:E${last}`);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.total.score).toBe(94.5);
    expect(report.findings.find((f: { rule: string }) => f.rule === "delta-mismatch").cell).toBe(
      "'ITA'!D29",
    );
    expect(whole.stdout).not.toBe(run.stdout);
    const part = await cliJson(
      input,
      path.join(dir, "p.xlsx"),
      "--sheet",
      "ITA",
      "--range",
      "A4:E12",
    );
    expect(
      JSON.parse(part.stdout)
        .indicators.filter((i: { score: number | null }) => i.score !== null)
        .map((i: { number: number }) => i.number),
    ).toEqual([1, 2]);
  });

  it.each([
    [["--sheet", "ไม่มี"], 1, 'ไม่พบชีต "ไม่มี"', 'there is no sheet "ไม่มี"'],
    [["--range", "A1:E80"], 2, "ไม่ได้บอกชีต", "does not name its sheet"],
    [["--range", "'ITA'!A1:E"], 2, "ไม่ใช่ช่วงเซลล์", "is not a range of cells"],
    [["--sheet", "A", "--range", "'ITA'!A1:E80"], 2, "ระบุชีตต่างกัน", "name different sheets"],
  ])("refuses %j (exit %d)", async (args, code, th, en) => {
    const run = await cli(["analyze", SAMPLE, "-o", path.join(dir, "o.xlsx"), ...args]);
    expect(run.code).toBe(code);
    bilingual(run.stderr);
    expect(run.stderr).toContain(th);
    expect(run.stderr).toContain(en);
    if (code === 1) expect(run.stderr).toContain('"ITA"');
  });
});

describe("folders it cannot write in", () => {
  it("says so in plain words, without the error code or the temporary file's name", async () => {
    const missing = path.join(dir, "ไม่มีโฟลเดอร์", "out.xlsx");
    const run = await cli(["analyze", SAMPLE, "-o", missing]);
    expect(run.code).toBe(1);
    const [, en] = bilingual(run.stderr);
    expect(en).toBe(
      `ita-analyzer: cannot write ${missing}: the folder ${path.dirname(missing)} does not exist (create it first, or choose another place with -o)`,
    );

    // A folder the user may not write in (root may write anywhere but in /sys).
    let locked = path.join(dir, "locked");
    await fs.mkdir(locked);
    await fs.chmod(locked, 0o555);
    const probe = await fs.writeFile(path.join(locked, "p"), "").then(
      () => true,
      () => false,
    );
    if (probe) locked = "/sys";
    const out = path.join(locked, "out.xlsx");
    const denied = await cli(["analyze", SAMPLE, "-o", out]);
    expect(denied.code).toBe(1);
    const [th, english] = bilingual(denied.stderr);
    expect(th).toContain(`เป็นแบบอ่านอย่างเดียวหรือท่านไม่มีสิทธิ์เขียน`);
    expect(english).toContain(`the folder ${locked} is read-only or you may not write in it`);
    for (const line of [run.stderr, denied.stderr]) {
      expect(line).not.toMatch(/E[A-Z]{3,}|\.tmp|errno/);
    }
    await fs.chmod(path.join(dir, "locked"), 0o755);
  });

  it("says so for a folder named as the input", async () => {
    const run = await cli(["analyze", dir]);
    expect(run.code).toBe(1);
    expect(bilingual(run.stderr)[1]).toBe(
      `ita-analyzer: ${dir} is a folder, not a file: name the .xlsx file in it`,
    );
  });
});
