import type { GridValue } from "../types";
import { parseWorkbook } from "./parseWorkbook";
import { toGrids } from "../../../test/fixtures/toGrids";
import { mixedTable } from "../../../test/fixtures/layouts";
import { analyse } from "../analyse/analyse";

/** The seed table with one cell replaced: (label of the row, column index, new value). */
function damaged(label: string, column: number, value: GridValue) {
  const rows = mixedTable()[0]!.rows.map((row) => {
    if (row[0] !== label) return row;
    const copy = [...row];
    copy[column] = value;
    return copy;
  });
  return toGrids([{ name: "ITA", rows }]);
}

describe("parseWorkbook, bad values", () => {
  it.each<[string, GridValue, string]>([
    ["text", "ดีมาก", "not-a-number"],
    ["130", 130, "out-of-range"],
    ["-5", -5, "out-of-range"],
    ["#REF!", { error: "#REF!" }, "error-value"],
    ["TRUE", true, "not-a-number"],
  ])("rejects %s in a score cell with its cell, and does not use it", (_name, value, rule) => {
    const parsed = parseWorkbook(damaged("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", 2, value));
    const finding = parsed.findings.find((f) => f.rule === rule);
    expect(finding).toMatchObject({ severity: "error", cell: "'ITA'!C17" });
    expect(finding?.message.th.length).toBeGreaterThan(10);
    expect(finding?.message.en.length).toBeGreaterThan(10);
    expect(parsed.scores["ind:4"]?.[2568]).toBeUndefined();
    // the indicator then comes from its items, never from the bad cell
    const r = analyse(parsed);
    expect(r.ok && r.analysis.indicators[3]?.score).toBe(81.88);
  });

  it("rejects two different scores for one indicator and year, naming both cells", () => {
    const rows = [...mixedTable()[0]!.rows, ["ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", null, 80.5]];
    const parsed = parseWorkbook(toGrids([{ name: "ITA", rows }]));
    const conflicts = parsed.findings.filter((f) => f.rule === "conflict");
    expect(conflicts.map((f) => f.cell)).toEqual(["'ITA'!C17", `'ITA'!C${rows.length}`]);
    expect(conflicts[0]?.message.en).toContain("81.88 'ITA'!C17, 80.5");
    expect(parsed.scores["ind:4"]?.[2568]).toBeUndefined();
  });

  it("accepts the same score twice (one table copied to another sheet)", () => {
    const grids = toGrids([mixedTable()[0]!, { ...mixedTable()[0]!, name: "สำเนา" }]);
    const parsed = parseWorkbook(grids);
    expect(parsed.findings.filter((f) => f.rule === "conflict")).toEqual([]);
    expect(parsed.scores["ind:4"]?.[2568]).toEqual({ value: 81.88, cell: "'ITA'!C17" });
  });

  it("skips sheets tagged as generated", () => {
    const grids = toGrids(mixedTable());
    grids.push({ ...grids[0]!, name: "วิเคราะห์ผล ITA 2568", generated: true });
    expect(parseWorkbook(grids).sheets).toEqual(["ITA"]);
  });

  it("says where a score column has no year", () => {
    const parsed = parseWorkbook(
      toGrids([
        {
          name: "Sheet1",
          rows: [
            ["ตัวชี้วัด", "คะแนน"],
            ["ตัวชี้วัดที่ 1", 90],
          ],
        },
      ]),
    );
    expect(parsed.findings).toEqual([
      expect.objectContaining({ rule: "year-unknown", cell: "'Sheet1'!B1" }),
    ]);
    expect(parsed.years).toEqual([]);
  });

  it("ignores unknown rows and notes", () => {
    const parsed = parseWorkbook(
      toGrids([
        {
          name: "S",
          rows: [
            ["ตัวชี้วัด", "คะแนน 2568"],
            ["ผู้จัดทำ", "สมหญิง"],
            ["ตัวชี้วัดที่ 3 การใช้อำนาจ", 99.59],
            ["หมายเหตุ", 12],
          ],
        },
      ]),
    );
    expect(parsed.scores).toEqual({ "ind:3": { 2568: { value: 99.59, cell: "'S'!B3" } } });
    expect(parsed.findings).toEqual([]);
  });

  it("reads merged labels once and quotes sheet names with apostrophes", () => {
    const parsed = parseWorkbook(
      toGrids([
        {
          name: "Khlong Yai's",
          rows: [
            ["ตัวชี้วัด", "คะแนน 2568"],
            ["ตัวชี้วัดที่ 3 การใช้อำนาจ", 99.59],
            ["ตัวชี้วัดที่ 3 การใช้อำนาจ", 99.59],
          ],
          merges: ["A2:A3"],
        },
      ]),
    );
    expect(parsed.scores["ind:3"]).toEqual({ 2568: { value: 99.59, cell: "'Khlong Yai''s'!B2" } });
  });
});

describe("analyse, a workbook without scores", () => {
  it("fails with a finding that says what it looks for", () => {
    const r = analyse(
      parseWorkbook(
        toGrids([
          {
            name: "Sheet1",
            rows: [
              ["ชื่อ", "ที่อยู่"],
              ["สมชาย", "พัทลุง"],
            ],
          },
        ]),
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.findings).toEqual([
        expect.objectContaining({ rule: "no-scores", severity: "error", cell: null }),
      ]);
      expect(r.findings[0]?.message.th).toContain("ตัวชี้วัด");
    }
  });
});
