/**
 * Running the command line again where it wrote before: the earlier output is regenerated with
 * what staff typed in it, and nothing else of it is lost without --force.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, editLikeExcel, openXlsx, tempDir } from "../helpers";
import { byHeader, findCell, findRow } from "../sheetText";

const PLAN = "แผนพัฒนา ITA 2569";
const CODE = "รหัสมาตรการ (ไม่พิมพ์)";
const STATUS = "สถานะ (ไม่พิมพ์)";
const MEASURE = "มาตรการ/โครงการ/กิจกรรม";
const PERIOD = "ระยะเวลา\nดำเนินการ";

describe("the command line run again beside its earlier output", () => {
  let dir: string;
  let input: string;
  let output: string;
  beforeEach(async () => {
    dir = await tempDir();
    input = path.join(dir, "คะแนน ITA.xlsx");
    output = path.join(dir, "คะแนน ITA-analysis.xlsx");
    await fs.copyFile(SAMPLE, input);
    expect((await cli(["analyze", input])).code).toBe(0);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Staff's work in the output: a status in our row 4D, a row of their own with a number. */
  const typeInPlan = () =>
    editLikeExcel(output, (wb) => {
      const plan = wb.getWorksheet(PLAN)!;
      byHeader(plan, CODE, "4D").cell(STATUS).value = "กำลังดำเนินการ";
      const added = plan.rowCount + 1;
      plan.getCell(added, findCell(plan, MEASURE).col).value = "อบรมการใช้รถยนต์ส่วนกลาง";
      plan.getCell(added, findCell(plan, PERIOD).col).value = 2569;
    });

  const planOf = async (file: string) => (await openXlsx(file)).getWorksheet(PLAN)!;
  const staffRow = (plan: ExcelJS.Worksheet) =>
    findRow(plan, findCell(plan, MEASURE).col, (v) => v === "อบรมการใช้รถยนต์ส่วนกลาง");

  it("regenerates IN-analysis.xlsx keeping a typed status and a number typed in an added row", async () => {
    await typeInPlan();
    const again = await cli(["analyze", input]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`สร้างใหม่ทับผลลัพธ์เดิม ${output}`);
    const plan = await planOf(output);
    expect(byHeader(plan, CODE, "4D").value(STATUS)).toBe("กำลังดำเนินการ");
    const row = staffRow(plan);
    expect(row).toBeGreaterThan(0);
    expect(plan.getCell(row, findCell(plan, PERIOD).col).value).toBe(2569);
    expect((await fs.readdir(dir)).sort()).toEqual(
      [path.basename(input), path.basename(output)].sort(),
    );
  });

  it("does the same for an output named with -o, in English too", async () => {
    const named = path.join(dir, "รายงาน.xlsx");
    await fs.rename(output, named);
    output = named;
    await typeInPlan();
    const again = await cli(["analyze", input, "-o", named, "--lang", "en"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`regenerated the earlier output ${named}`);
    const plan = (await openXlsx(named)).getWorksheet("ITA 2569 Action plan")!;
    expect(byHeader(plan, "Measure code (not printed)", "4D").value("Status (not printed)")).toBe(
      "กำลังดำเนินการ",
    );
  });

  it("refuses, naming it, when the earlier output holds a sheet the input does not (exit 2)", async () => {
    await editLikeExcel(output, (wb) => {
      wb.addWorksheet("บันทึกการประชุม").getCell("A1").value = "ประชุม 5 ธ.ค.";
    });
    const before = await fs.readFile(output);
    const refused = await cli(["analyze", input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"บันทึกการประชุม"');
    expect(refused.stderr).toContain("--force");
    expect(refused.stderr).toMatch(/would be lost/);
    expect((await fs.readFile(output)).equals(before)).toBe(true);

    const forced = await cli(["analyze", input, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('ชีตที่ไม่ได้เก็บไว้ (--force): "บันทึกการประชุม"');
    expect((await openXlsx(output)).getWorksheet("บันทึกการประชุม")).toBeUndefined();
  });

  it("writes the input's sheet when the input was changed after the output, keeping staff's plan", async () => {
    await typeInPlan();
    await editLikeExcel(input, (wb) => {
      wb.getWorksheet("ITA")!.getCell("A1").value = "คะแนน ITA (แก้ไขแล้ว)";
    });
    const later = new Date(Date.now() + 60_000);
    await fs.utimes(input, later, later);
    const again = await cli(["analyze", input]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('ชีตที่ใช้ฉบับใหม่จากไฟล์ต้นฉบับ: "ITA"');
    const wb = await openXlsx(output);
    expect(wb.getWorksheet("ITA")!.getCell("A1").value).toBe("คะแนน ITA (แก้ไขแล้ว)");
    expect(byHeader(wb.getWorksheet(PLAN)!, CODE, "4D").value(STATUS)).toBe("กำลังดำเนินการ");
  });

  it("refuses when a sheet of the input was changed in the output after the input (exit 2)", async () => {
    await editLikeExcel(output, (wb) => {
      wb.getWorksheet("ITA")!.getCell("C5").value = 99;
    });
    const later = new Date(Date.now() + 60_000);
    await fs.utimes(output, later, later);
    const refused = await cli(["analyze", input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"ITA"');
    expect(refused.stderr).toContain(`ita-analyzer analyze ${output} -o`);
  });

  it("refuses to replace a file that is not an output of ours, unless --force (exit 2)", async () => {
    const other = path.join(dir, "งบประมาณ.xlsx");
    await fs.copyFile(SAMPLE, other);
    const json = path.join(dir, "notes.json");
    await fs.writeFile(json, '{"mine": true}');
    const before = await fs.readFile(other);
    const refused = await cli(["analyze", input, "-o", other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `${other} already exists and is not an output workbook this program wrote`,
    );
    expect((await fs.readFile(other)).equals(before)).toBe(true);
    const jsonRefused = await cli(["analyze", input, "--json", json]);
    expect(jsonRefused.code).toBe(2);
    expect(jsonRefused.stderr).toContain("give another name with --json, or add --force");
    expect(await fs.readFile(json, "utf8")).toBe('{"mine": true}');
    expect((await cli(["analyze", input, "-o", other, "--force"])).code).toBe(0);
    expect((await openXlsx(other)).getWorksheet(PLAN)).toBeDefined();
  });
});
