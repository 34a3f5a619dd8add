import type { Bilingual } from "./types";

/** A score as printed: 2 decimals, "—" when there is none. */
export const f2 = (n: number | null | undefined) =>
  n === null || n === undefined ? "—" : n.toFixed(2);
const clip = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);

/** Every finding's text, in Thai and English. Messages say what is wrong; the cell says where. */
export const msg = {
  errorValue: (e: string): Bilingual => ({
    th: `เซลล์มีค่าผิดพลาด ${e} ใช้เป็นคะแนนไม่ได้`,
    en: `the cell holds the error ${e}, which cannot be a score`,
  }),
  notANumber: (text: string): Bilingual => ({
    th: `"${clip(text)}" ไม่ใช่ตัวเลข ใช้เป็นคะแนนไม่ได้`,
    en: `"${clip(text)}" is not a number and cannot be a score`,
  }),
  outOfRange: (n: number, min: number, max: number): Bilingual => ({
    th: `ค่า ${n} อยู่นอกช่วง ${min} ถึง ${max}`,
    en: `${n} is outside ${min} to ${max}`,
  }),
  conflict: (what: Bilingual, year: number, values: string): Bilingual => ({
    th: `${what.th} ปี ${year} มีคะแนนต่างกันหลายค่า (${values}) จึงไม่ใช้ค่าใดเลย`,
    en: `${what.en} has different scores for ${year} (${values}); none of them is used`,
  }),
  yearUnknown: (): Bilingual => ({
    th: "ไม่ทราบว่าคอลัมน์คะแนนนี้เป็นของปีใด ใส่ปีในหัวคอลัมน์ (เช่น คะแนน 2568) หรือในชื่อชีต",
    en: "cannot tell which year this score column is for; put the year in its header (e.g. Score 2568) or in the sheet name",
  }),
  yearCellUnreadable: (text: string): Bilingual => ({
    th: `"${clip(text)}" ไม่ใช่ปี จึงไม่อ่านแถวนี้`,
    en: `"${clip(text)}" is not a year, so this row is not read`,
  }),
  noScores: (): Bilingual => ({
    th: "ไม่พบตารางคะแนน ITA: ต้องมีแถวตัวชี้วัด (เช่น ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่) หรือรหัสข้อ (i1, e1, o1) และคอลัมน์คะแนนที่มีปี (เช่น คะแนน 2568)",
    en: "no ITA score table found: it needs indicator rows (e.g. Indicator 1) or item codes (i1, e1, o1) and a score column with a year (e.g. Score 2568)",
  }),
  yearNotFound: (year: number, found: number[]): Bilingual => ({
    th: `ไม่พบคะแนนปี ${year} ในสมุดงาน (พบปี ${found.join(", ") || "—"})`,
    en: `no scores for ${year} in the workbook (found ${found.join(", ") || "none"})`,
  }),
  missingIndicator: (name: Bilingual, year: number): Bilingual => ({
    th: `ไม่พบคะแนน${name.th} ปี ${year} ทั้งคะแนนรายตัวชี้วัดและรายข้อ`,
    en: `no score for ${name.en} in ${year}, neither the indicator nor its items`,
  }),
  onlyOneYear: (year: number): Bilingual => ({
    th: `พบคะแนนปี ${year} ปีเดียว จึงไม่มีผลต่างเทียบกับปีก่อน`,
    en: `only ${year} is present, so there are no changes against the previous year`,
  }),
  deltaMismatch: (what: Bilingual, found: number, expected: number): Bilingual => ({
    th: `ผลต่างของ${what.th}ในตารางเดิม ${f2(found)} ไม่ถูกต้อง ที่ถูกคือ ${f2(expected)}`,
    en: `the change for ${what.en} in the table, ${f2(found)}, is wrong: it is ${f2(expected)}`,
  }),
  rounding: (what: Bilingual, found: number, expected: number): Bilingual => ({
    th: `${what.th} ${f2(found)} ต่างจากค่าที่คำนวณได้ ${f2(expected)} ไม่เกิน 0.01 (การปัดเศษ ไม่ใช่ข้อผิดพลาด)`,
    en: `${what.en} ${f2(found)} differs from the computed ${f2(expected)} by at most 0.01 (rounding, not an error)`,
  }),
  indicatorNotMean: (what: Bilingual, found: number, expected: number): Bilingual => ({
    th: `${what.th} ${f2(found)} ไม่เท่ากับค่าเฉลี่ยของข้อย่อย ${f2(expected)}`,
    en: `${what.en} ${f2(found)} is not the mean of its items, ${f2(expected)}`,
  }),
  eitPart2: (what: Bilingual, found: number, expected: number): Bilingual => ({
    th: `${what.th} ${f2(found)} ไม่เท่ากับค่าเฉลี่ยของข้อ e ในตาราง ${f2(expected)}: คะแนน EIT รวมแบบวัดส่วนที่ 2 ซึ่งไม่มีในตาราง จึงเป็นเพียงข้อสังเกต`,
    en: `${what.en} ${f2(found)} is not the mean of the e-items in the table, ${f2(expected)}: EIT also counts survey part 2, which the table does not hold, so this is only a warning`,
  }),
  oitSubindicators: (what: Bilingual, found: number, expected: number): Bilingual => ({
    th: `${what.th} ${f2(found)} ไม่เท่ากับค่าเฉลี่ยของข้อ o ในตาราง ${f2(expected)}: คะแนน OIT คิดผ่านตัวชี้วัดย่อยซึ่งไม่มีในตาราง จึงเป็นเพียงข้อสังเกต`,
    en: `${what.en} ${f2(found)} is not the mean of the o-items in the table, ${f2(expected)}: OIT is averaged through sub-indicators, which the table does not hold, so this is only a warning`,
  }),
  toolMismatch: (what: Bilingual, found: number, expected: number): Bilingual => ({
    th: `${what.th} ${f2(found)} ไม่เท่ากับค่าเฉลี่ยของตัวชี้วัด ${f2(expected)}`,
    en: `${what.en} ${f2(found)} is not the mean of its indicators, ${f2(expected)}`,
  }),
  /** `weights`: the year's own formula, e.g. "0.30·IIT + 0.30·EIT + 0.40·OIT". */
  totalMismatch: (found: number, expected: number, weights: string): Bilingual => ({
    th: `คะแนนรวม ${f2(found)} ไม่เท่ากับ ${weights} = ${f2(expected)}`,
    en: `the total ${f2(found)} is not ${weights} = ${f2(expected)}`,
  }),
  yearInFuture: (year: number, current: number): Bilingual => ({
    th: `ปี ${year} ยังมาไม่ถึง (ปีงบประมาณปัจจุบันคือ ${current}) ตรวจสอบหัวคอลัมน์ปีอีกครั้ง`,
    en: `${year} is in the future (the current fiscal year is ${current}); check the year headers`,
  }),
  hiddenSheet: (sheet: string): Bilingual => ({
    th: `อ่านคะแนนจากชีตที่ซ่อนอยู่ "${sheet}" ด้วย`,
    en: `scores were also read from the hidden sheet "${sheet}"`,
  }),
  frameworkYearUnknown: (year: number, basedOn: number): Bilingual => ({
    th: `โปรแกรมยังไม่มีข้อมูลเกณฑ์ของปี ${year}: ใช้น้ำหนักและระดับของปี ${basedOn} และอ่านความหมายของแต่ละข้อจากข้อความในสมุดงาน (เพิ่มไฟล์ข้อมูลของปี ${year} ได้ ดู README หัวข้อ "เพิ่มปีการประเมิน")`,
    en: `there is no framework data for ${year}: the weights and levels of ${basedOn} are used, and each item's meaning is read from its text in the workbook (a year file for ${year} can be added: see the README, "Add an assessment year")`,
  }),
  itemUnassigned: (code: string): Bilingual => ({
    th: `ไม่ทราบว่าข้อ ${code} อยู่ในตัวชี้วัดใด (วางข้อไว้ใต้แถวตัวชี้วัดของมัน) จึงไม่นำมาคิด`,
    en: `cannot tell which indicator item ${code} belongs to (put it under its indicator row), so it is not used`,
  }),
};
