import type { Lang } from "../types";

const TH_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

/**
 * The fiscal year named by a BE year runs from 1 October of the year before to 30 September.
 *
 * @example fiscalYearPeriod(2569, "th") //=> "1 ตุลาคม 2568 ถึง 30 กันยายน 2569"
 * @example fiscalYearPeriod(2569, "en") //=> "1 October 2025 to 30 September 2026"
 */
export function fiscalYearPeriod(fiscalYear: number, lang: Lang): string {
  if (lang === "th")
    return `1 ${TH_MONTHS[9]} ${fiscalYear - 1} ถึง 30 ${TH_MONTHS[8]} ${fiscalYear}`;
  const ce = fiscalYear - 543;
  return `1 October ${ce - 1} to 30 September ${ce}`;
}

/**
 * The fiscal year (BE) a date falls in: 1 October starts the next one.
 *
 * @example fiscalYearOf(new Date(2026, 10, 23)) //=> 2570
 */
export function fiscalYearOf(date: Date): number {
  return date.getFullYear() + 543 + (date.getMonth() >= 9 ? 1 : 0);
}
