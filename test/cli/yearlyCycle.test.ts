/**
 * The yearly cycle from the command line (issue #22): the sample's output is the next year's
 * workbook; staff mark measures in its 2569 plan and add a 2569 score column to its table; run
 * on it for 2569, the 2570 plan is built on what became of the 2569 plan.
 */
import type ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, editLikeExcel, openXlsx, tempDir } from "../helpers";
import { findCell } from "../sheetText";

const CODE = "รหัสมาตรการ (ไม่พิมพ์)";
const STATUS = "สถานะ (ไม่พิมพ์)";
const RESULT = "ผลการดำเนินงาน (ไม่พิมพ์)";
const MEASURE = "มาตรการ/โครงการ/กิจกรรม";

/** Each row below a header, as { header: value } (the header row found by `label`). */
function tableOf(ws: ExcelJS.Worksheet, label: string): Record<string, unknown>[] {
  const at = findCell(ws, label);
  const head = ws.getRow(at.row).values as unknown[];
  const rows: Record<string, unknown>[] = [];
  for (let r = at.row + 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(Array.from(head, (h, c) => [String(h), values[c] ?? null])));
  }
  return rows;
}

describe("the command line's yearly cycle", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("carries the unfinished measures of the 2569 plan into 2570, drops the one that worked and replaces the one that did not", async () => {
    const input = path.join(dir, "ita.xlsx");
    const first = path.join(dir, "ita-analysis.xlsx");
    const second = path.join(dir, "ita-2569.xlsx");
    await fs.copyFile(SAMPLE, input);
    expect((await cli(["analyze", input, "-o", first, "--date", "2025-11-10"])).code).toBe(0);
    await editLikeExcel(first, (wb) => {
      const plan = wb.getWorksheet("แผนพัฒนา ITA 2569")!;
      const head = findCell(plan, CODE);
      const col = (label: string) => findCell(plan, label).col;
      for (let r = head.row + 1; r <= plan.rowCount; r++) {
        const id = plan.getCell(r, head.col).value;
        if (id === "4D" || id === "9D") plan.getCell(r, col(STATUS)).value = "ดำเนินการแล้ว";
        if (id === "2B") plan.getCell(r, col(STATUS)).value = "ยกเลิก";
        if (id === "4D") plan.getCell(r, col(RESULT)).value = "ทะเบียนคุมการยืม มี.ค. 2569";
      }
      // The 2569 column: 2568's scores but i10 at 90; the typed changes cleared.
      const table = wb.getWorksheet("ITA")!;
      const at = findCell(table, "คะแนน 2568");
      table.spliceColumns(at.col + 1, 0, []);
      table.getCell(at.row, at.col + 1).value = "คะแนน 2569";
      for (let r = at.row + 1; r <= table.rowCount; r++) {
        const label = String(table.getCell(r, 1).value ?? "");
        const score = table.getCell(r, at.col).value;
        if (/^(ข้อ )?[ieo๐]\d/.test(label) && typeof score === "number")
          table.getCell(r, at.col + 1).value = label.startsWith("i10 ") ? 90 : score;
        table.getCell(r, at.col + 2).value = null;
      }
    });
    const run = await cli([
      "analyze",
      first,
      "-o",
      second,
      "--year",
      "2569",
      "--date",
      "2026-11-10",
    ]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const plan = (await openXlsx(second)).getWorksheet("แผนพัฒนา ITA 2570")!;
    const rows = tableOf(plan, CODE);
    const marked = (id: string) =>
      String(rows.find((r) => r[CODE] === id)?.[MEASURE]).endsWith("(ต่อเนื่องจากแผนปี 2569)");
    expect(rows.map((r) => r[CODE])).toEqual([
      "1C",
      "1B",
      "2C",
      "3C",
      "4C",
      "5C",
      "5B",
      "6C",
      "7C",
      "8C",
      "9D2",
      "9E",
      "10C",
    ]);
    // Left not started: carried and marked; 4D (done, i10 55 → 90) and 2B (cancelled) gone;
    // 9D (done, o12 and o13 still 50) replaced by its second measure.
    expect(["1B", "3C", "5B", "6C", "7C", "8C", "9E", "10C"].filter(marked)).toEqual([
      "1B",
      "3C",
      "5B",
      "6C",
      "7C",
      "8C",
      "9E",
      "10C",
    ]);
    expect(["1C", "2C", "4C", "5C", "9D2"].filter(marked)).toEqual([]);
  });
});
