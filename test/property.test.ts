/**
 * Property-based tests (fast-check, fixed seed, 1,000 cases each): no grid, however hostile,
 * makes the pipeline throw, and every finding says what is wrong and where.
 */
import fc from "fast-check";
import { generate } from "../src/domain/generate";
import type { Finding, Grid, GridValue } from "../src/domain/types";
import { mixedTable } from "./fixtures/layouts";
import { toGrids } from "./fixtures/toGrids";

const SEED = 20251123;
const RUNS = 1000;

const words = [
  "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ",
  "ตัวชี้วัดที่ 12",
  "i10",
  "๐17",
  "O 3",
  "e9 ข้อ",
  "IIT",
  "EIT (ส่วนที่ 2)",
  "คะแนนรวม",
  "คะแนน 2568",
  "ปี 2567",
  "2024",
  "ผลต่าง",
  "ปี",
  "รหัส",
  "คะแนน",
  "หน่วยงาน",
  "เทศบาลตำบลทดสอบ",
  "-",
  "",
  " ",
  "=SUM(A1)",
  "+66 81",
  "@x",
  "12.5%",
  "๙๔.๕๐",
  "- 11.76",
  "1e9",
  "NaN",
  "Infinity",
  "'",
  "''",
  "#REF!",
];

const cell: fc.Arbitrary<GridValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer({ min: -200, max: 3000 }),
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" }),
);

const sheetName = fc.oneof(
  fc.constantFrom("ITA", "คะแนน 'ปี 68'", "Sheet1", "ปี 2567", "ITA 2568"),
  fc.string({ minLength: 1, maxLength: 10 }),
);

const grid: fc.Arbitrary<Grid> = fc.record({
  name: sheetName,
  top: fc.integer({ min: 1, max: 5 }),
  left: fc.integer({ min: 1, max: 5 }),
  values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
  merges: fc.array(fc.constantFrom("A1:B1", "B2:B5", "C3:D4", "Z9:A1", "bad"), { maxLength: 2 }),
  visibility: fc.constantFrom("visible", "hidden", "veryHidden"),
});

const CELL_REF = /^'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?\d+$/;

function saysWhatAndWhere(f: Finding): boolean {
  return (
    f.message.th.length > 5 && f.message.en.length > 5 && (f.cell === null || CELL_REF.test(f.cell))
  );
}

describe("the pipeline on hostile input", () => {
  it("never throws on random grids, and every finding says what and where", () => {
    fc.assert(
      fc.property(
        fc.array(grid, { maxLength: 3 }),
        fc.constantFrom<"th" | "en">("th", "en"),
        (grids, lang) => {
          const result = generate(grids, { lang, currentYear: 2570 });
          const findings = result.ok ? result.analysis.findings : result.findings;
          if (!result.ok) expect(result.findings.length).toBeGreaterThan(0);
          else expect(result.spec.sheets).toHaveLength(5);
          expect(findings.every(saysWhatAndWhere)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("never throws on the sample with random damage, and names every damaged score cell it rejects", () => {
    const base = toGrids(mixedTable());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 4 }), cell), {
          minLength: 1,
          maxLength: 12,
        }),
        (damage) => {
          const grids = base.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
          const values = grids[0]!.values;
          for (const [r, c, v] of damage) if (values[r]) values[r]![c] = v;
          const result = generate(grids, { currentYear: 2570 });
          const findings = result.ok ? result.analysis.findings : result.findings;
          expect(findings.every(saysWhatAndWhere)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
