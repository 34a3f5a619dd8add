import type { Lang } from "../types";

/** Abbreviated months, as Thai official tables write them. */
const TH_MONTHS_SHORT = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
];

/**
 * The fiscal year named by a BE year runs from 1 October of the year before to 30 September;
 * months abbreviated, as a plan's table writes them.
 *
 * @example fiscalYearPeriod(2569, "th") //=> "1 ต.ค. 2568 – 30 ก.ย. 2569"
 * @example fiscalYearPeriod(2569, "en") //=> "1 Oct 2025 – 30 Sep 2026"
 */
export function fiscalYearPeriod(fiscalYear: number, lang: Lang): string {
  if (lang === "th")
    return `1 ${TH_MONTHS_SHORT[9]} ${fiscalYear - 1} – 30 ${TH_MONTHS_SHORT[8]} ${fiscalYear}`;
  const ce = fiscalYear - 543;
  return `1 Oct ${ce - 1} – 30 Sep ${ce}`;
}

/**
 * The fiscal year (BE) a date falls in: 1 October starts the next one.
 *
 * @example fiscalYearOf(new Date(2026, 10, 23)) //=> 2570
 */
export function fiscalYearOf(date: Date): number {
  return date.getFullYear() + 543 + (date.getMonth() >= 9 ? 1 : 0);
}
