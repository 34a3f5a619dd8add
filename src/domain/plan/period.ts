import { yearEn } from "../prose/format";
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
 * The fiscal year named by a BE year runs from 1 October of the year before to 30 September,
 * written as plans' tables write it in a narrow column: the first and the last month,
 * abbreviated, on a line each (Thai with the BE year's last two digits).
 *
 * @example fiscalYearPeriod(2569, "th") //=> "ต.ค. 68 –\nก.ย. 69"
 * @example fiscalYearPeriod(2569, "en") //=> "Oct 2025 –\nSep 2026"
 */
export function fiscalYearPeriod(fiscalYear: number, lang: Lang): string {
  const yy = (n: number) => String(n % 100).padStart(2, "0");
  if (lang === "th")
    return `${TH_MONTHS_SHORT[9]} ${yy(fiscalYear - 1)} –\n${TH_MONTHS_SHORT[8]} ${yy(fiscalYear)}`;
  const ce = fiscalYear - 543;
  return `Oct ${ce - 1} –\nSep ${ce}`;
}

/**
 * The period of a measure done before the next assessment's OIT check (its date is not known,
 * so the plan names the check and leaves no blank to fill), written for the plan's narrow column.
 *
 * @example beforeCheckPeriod(2570, "th") //=> "ก่อนการตรวจ\nOIT ปี 2570"
 * @example beforeCheckPeriod(2570, "en") //=> "Before the\n2027 OIT check"
 */
export function beforeCheckPeriod(planYear: number, lang: Lang): string {
  return lang === "th"
    ? `ก่อนการตรวจ\nOIT ปี ${planYear}`
    : `Before the\n${yearEn(planYear)} OIT check`;
}

/**
 * The fiscal year (BE) a date falls in: 1 October starts the next one.
 *
 * @example fiscalYearOf(new Date(2026, 10, 23)) //=> 2570
 */
export function fiscalYearOf(date: Date): number {
  return date.getFullYear() + 543 + (date.getMonth() >= 9 ? 1 : 0);
}
