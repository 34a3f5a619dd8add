/**
 * Writes the corpus of bad workbooks in test/fixtures/bad/: each NAME.xlsx with NAME.expected.json
 * beside it (exit code, the finding rules that must appear, text stderr must hold). The table
 * test runs the command line on every one. Run again after changing a case: npm run fixtures:bad
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { GridValue } from "../src/domain/types";
import { mixedTable, sheetPerYear, type Layout } from "../test/fixtures/layouts";
import { toWorkbook } from "../test/fixtures/toWorkbook";

const DIR = path.join(__dirname, "..", "test", "fixtures", "bad");

interface Expected {
  exitCode: 0 | 1;
  rules: string[];
  /** Cells that must be named by a finding. */
  cells?: string[];
  stderr?: string[];
}

function seedWith(edit: (rows: GridValue[][]) => void, name = "ITA"): Layout {
  const rows = mixedTable()[0]!.rows.map((r) => [...r]);
  edit(rows);
  return [{ name, rows }];
}

const row = (rows: GridValue[][], label: string) => rows.find((r) => r[0] === label) as GridValue[];
const IND4 = "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ";

const cases: Record<
  string,
  { layout?: Layout; workbook?: () => ExcelJS.Workbook; bytes?: Buffer; expected: Expected }
> = {
  "empty-workbook": {
    layout: [{ name: "Sheet1", rows: [] }],
    expected: {
      exitCode: 1,
      rules: ["no-scores"],
      stderr: ["ไม่พบตารางคะแนน", "no ITA score table"],
    },
  },
  "headers-only": {
    layout: [{ name: "ITA", rows: [["ประเด็นการวิเคราะห์", "คะแนน 2567", "คะแนน 2568", "ผลต่าง"]] }],
    expected: { exitCode: 1, rules: ["no-scores"] },
  },
  "scores-as-free-text": {
    layout: [
      {
        name: "ITA",
        rows: [
          ["ตัวชี้วัด", "คะแนน 2568"],
          ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "ดีมาก"],
          ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", "ผ่าน"],
        ],
      },
    ],
    expected: {
      exitCode: 1,
      rules: ["not-a-number", "no-scores"],
      cells: ["'ITA'!B2", "'ITA'!B3"],
    },
  },
  "out-of-range-and-nan": {
    layout: seedWith((rows) => {
      row(rows, IND4)[2] = 130;
      row(rows, "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต")[2] = -5;
      row(rows, "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน")[2] = 1e9;
      row(rows, "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร")[2] = "NaN";
    }),
    expected: {
      exitCode: 0,
      rules: ["out-of-range", "not-a-number"],
      cells: ["'ITA'!C17", "'ITA'!C21", "'ITA'!C25", "'ITA'!C29"],
    },
  },
  "error-values": {
    layout: seedWith((rows) => {
      row(rows, IND4)[2] = { error: "#REF!" };
      row(rows, "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต")[2] = { error: "#DIV/0!" };
      row(rows, "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน")[2] = { error: "#N/A" };
    }),
    expected: {
      exitCode: 0,
      rules: ["error-value"],
      cells: ["'ITA'!C17", "'ITA'!C21", "'ITA'!C25"],
    },
  },
  "same-indicator-twice": {
    layout: seedWith((rows) => rows.push([IND4, null, 80.5])),
    expected: { exitCode: 0, rules: ["conflict"], cells: ["'ITA'!C17"] },
  },
  "two-tables-same-year": {
    layout: [
      ...sheetPerYear(),
      {
        name: "สำเนา 2568",
        rows: [
          ["ตัวชี้วัด", "คะแนน 2568"],
          [IND4, 90],
        ],
      },
    ],
    expected: { exitCode: 0, rules: ["conflict"], cells: ["'สำเนา 2568'!B2"] },
  },
  "year-in-future": {
    layout: seedWith((rows) => {
      rows[3] = ["ประเด็นการวิเคราะห์", "คะแนน 2567", "คะแนน 2599", "ผลต่าง"];
    }),
    expected: { exitCode: 0, rules: ["year-in-future"] },
  },
  "one-year-only": {
    layout: seedWith((rows) => rows.forEach((r, i) => i > 3 && (r[1] = null))),
    expected: { exitCode: 0, rules: ["one-year"] },
  },
  "hidden-sheets": {
    workbook: () => {
      const wb = toWorkbook([...sheetPerYear()]);
      wb.getWorksheet("ITA 2567")!.state = "hidden";
      wb.getWorksheet("ITA 2568")!.state = "veryHidden";
      wb.addWorksheet("หน้าปก").getCell("A1").value = "รายงาน ITA";
      return wb;
    },
    expected: { exitCode: 0, rules: ["hidden-sheet"] },
  },
  "merged-cells-across-table": {
    layout: [{ ...seedWith(() => undefined)[0]!, merges: ["A1:E1", "B2:C2", "E5:E60", "D71:E71"] }],
    expected: { exitCode: 0, rules: ["delta-mismatch"] },
  },
  "quoted-thai-sheet-name": {
    layout: seedWith(() => undefined, "คะแนน ITA 'ปี 68' (ทต.)"),
    expected: { exitCode: 0, rules: ["delta-mismatch"], cells: ["'คะแนน ITA ''ปี 68'' (ทต.)'!D29"] },
  },
  corrupted: {
    bytes: Buffer.from("PK\u0003\u0004 this zip is cut short"),
    expected: { exitCode: 1, rules: [], stderr: ["ไม่ใช่ไฟล์ .xlsx", "not a readable .xlsx"] },
  },
  "password-protected": {
    // An encrypted workbook is an OLE compound file, not a zip: its first eight bytes say so.
    bytes: Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]),
    expected: { exitCode: 1, rules: [], stderr: ["รหัสผ่าน", "password-protected"] },
  },
};

async function main(): Promise<void> {
  for (const [name, c] of Object.entries(cases)) {
    const file = path.join(DIR, `${name}.xlsx`);
    if (c.bytes) writeFileSync(file, c.bytes);
    else await (c.workbook ? c.workbook() : toWorkbook(c.layout ?? [])).xlsx.writeFile(file);
    writeFileSync(
      path.join(DIR, `${name}.expected.json`),
      `${JSON.stringify(c.expected, null, 2)}\n`,
    );
  }
  console.log(`wrote ${Object.keys(cases).length} bad workbooks in test/fixtures/bad/`);
}

void main();
