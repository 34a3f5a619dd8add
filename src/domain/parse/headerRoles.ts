import type { GridValue } from "../types";
import { compact, findYear, toBuddhistYear } from "./text";

/** What a header cell says its column holds. */
export type ColumnRole =
  | { kind: "year"; column: number; row: number; year: number }
  | { kind: "score"; column: number; row: number }
  | { kind: "delta"; column: number; row: number; years: number[] }
  | { kind: "yearKey"; column: number; row: number };

const DELTA = /ผลต่าง|เปลี่ยนแปลง|เพิ่มขึ้น\/?ลดลง|^\+\/-$|delta|change|difference|diff/i;
const YEAR_KEY = /^(ปี|ปีงบประมาณ|ปีพ\.ศ\.|พ\.ศ\.|year|fy|fiscalyear|ปีที่ประเมิน)$/i;
const SCORE_WORD = /คะแนน|score|ผลการประเมิน|ปี|year|พ\.ศ|fy|ita/i;
const SCORE_ONLY = /^(ผล)?คะแนน(ที่ได้|รายตัวชี้วัด|ประเมิน|\(%\)|%)?$|^score(s)?$|^ผลการประเมิน$/i;
const NOT_SCORE = /เครื่องมือ|tool|ระดับ|level|เป้าหมาย|target|ลำดับ|no\.|หมายเหตุ|note/i;

/**
 * Reads a row as a header: which columns hold scores of which year, which hold a change, which
 * hold the year of a long table. Returns an empty list when the row is not a header.
 *
 * @example findHeaderRoles(["ตัวชี้วัด", "คะแนน 2567", "คะแนน 2568", "ผลต่าง"], 1, 3)
 * //=> year 2567 at B, year 2568 at C, delta (2568 vs 2567) at D
 */
export function findHeaderRoles(
  cells: readonly GridValue[],
  left: number,
  row: number,
): ColumnRole[] {
  const roles: ColumnRole[] = [];
  cells.forEach((value, i) => {
    const column = left + i;
    if (typeof value === "number") {
      const year = Number.isInteger(value) ? toBuddhistYear(value) : null;
      if (year !== null) roles.push({ kind: "year", column, row, year });
      return;
    }
    if (typeof value !== "string") return;
    const text = compact(value);
    if (text.length === 0 || text.length > 40) return;
    if (YEAR_KEY.test(text)) {
      roles.push({ kind: "yearKey", column, row });
      return;
    }
    if (DELTA.test(text)) {
      roles.push({ kind: "delta", column, row, years: [] });
      return;
    }
    if (NOT_SCORE.test(text)) return;
    const year = findYear(text);
    if (year !== null && (SCORE_WORD.test(text) || /^\d{4}$/.test(text.replace(/[๐-๙]/g, "0")))) {
      roles.push({ kind: "year", column, row, year });
      return;
    }
    if (year === null && SCORE_ONLY.test(text)) roles.push({ kind: "score", column, row });
  });
  return withDeltaYears(roles);
}

/**
 * Gives each change column the two latest years of the score columns before it (after the
 * previous change column, so side-by-side tables keep their own).
 */
export function withDeltaYears(roles: ColumnRole[]): ColumnRole[] {
  const sorted = [...roles].sort((a, b) => a.column - b.column);
  let block: number[] = [];
  return sorted.map((role) => {
    if (role.kind === "year") block.push(role.year);
    if (role.kind !== "delta") return role;
    const years = [...new Set(block)].sort((a, b) => b - a).slice(0, 2);
    block = [];
    return { ...role, years };
  });
}
