import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cliJson, openXlsx, tempDir } from "../helpers";
import { toWorkbook } from "../fixtures/toWorkbook";
import type { GridValue } from "../../src/domain/types";

const INDICATOR_NAMES = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

/**
 * A one-year 2567 table as an agency keeps it: the ten indicators (each tool's indicators at
 * the tool's score), the three tools and the total.
 */
function table2567(iit: number, eit: number, oit: number, total: number): ExcelJS.Workbook {
  const score = (n: number) => (n <= 5 ? iit : n <= 8 ? eit : oit);
  const rows: GridValue[][] = [
    ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567"],
    ["หน่วยงาน", "องค์การบริหารส่วนตำบลทดสอบ"],
    ["ตัวชี้วัด", "คะแนน 2567"],
    ...INDICATOR_NAMES.map((name, i) => [`ตัวชี้วัดที่ ${i + 1} ${name}`, score(i + 1)]),
    ["IIT", iit],
    ["EIT", eit],
    ["OIT", oit],
    ["คะแนนรวม", total],
  ];
  return toWorkbook([{ name: "ITA 2567", rows }]);
}

/** Every text cell of every sheet, to find what a generated sheet says wherever it says it. */
function texts(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") out.push(cell.value);
      }),
    ),
  );
  return out;
}

describe("levels from 2567 on, through the command line", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function run(wb: ExcelJS.Workbook) {
    const input = path.join(dir, "in.xlsx");
    const output = path.join(dir, "out.xlsx");
    await wb.xlsx.writeFile(input);
    const { code, stdout } = await cliJson(input, output);
    expect(code).toBe(0);
    return { report: JSON.parse(stdout), output: await openXlsx(output) };
  }

  it("86.73 with IIT 75.40 and EIT 80.35 is ผ่าน, held down by IIT and EIT", async () => {
    const { report, output } = await run(table2567(75.4, 80.35, 100, 86.73));
    expect(report.schemaVersion).toBe(2);
    expect(report.total).toMatchObject({
      score: 86.73,
      computed: 86.73,
      level: "ผ่าน",
      passed: true,
      levelHeldBy: ["IIT", "EIT"],
    });
    expect(texts(output)).toContain("ผ่าน — IIT 75.40 และ EIT 80.35 ต่ำกว่า 85 คะแนน");
  });

  it("says the same in English with --lang en", async () => {
    const input = path.join(dir, "in.xlsx");
    await table2567(75.4, 80.35, 100, 86.73).xlsx.writeFile(input);
    const output = path.join(dir, "out.xlsx");
    const { stdout } = await cliJson(input, output, "--lang", "en");
    expect(JSON.parse(stdout).total).toMatchObject({
      level: "Pass",
      levelHeldBy: ["IIT", "EIT"],
    });
    expect(texts(await openXlsx(output))).toContain("Pass — IIT 75.40 and EIT 80.35 are under 85");
  });

  it("81.45 is ต้องปรับปรุง (not passed), held down by nothing", async () => {
    const { report } = await run(table2567(81.45, 81.45, 81.45, 81.45));
    expect(report.total).toMatchObject({
      score: 81.45,
      level: "ต้องปรับปรุง",
      passed: false,
      levelHeldBy: [],
    });
  });

  it("67.54 is ต้องปรับปรุงโดยด่วน", async () => {
    const { report } = await run(table2567(67.54, 67.54, 67.54, 67.54));
    expect(report.total).toMatchObject({
      score: 67.54,
      level: "ต้องปรับปรุงโดยด่วน",
      passed: false,
      levelHeldBy: [],
    });
  });

  it("the sample's 94.50 with tools 93.96 / 96.52 / 93.37 stays ผ่านดี; 2567 in its own scale", async () => {
    const { stdout } = await cliJson(SAMPLE, path.join(dir, "o.xlsx"));
    expect(JSON.parse(stdout).total).toMatchObject({
      score: 94.5,
      level: "ผ่านดี",
      levelHeldBy: [],
      previousLevel: "ผ่าน",
    });
  });
});
