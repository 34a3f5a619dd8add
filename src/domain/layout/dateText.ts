import type { Lang } from "../types";

const MONTHS = {
  th: [
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
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/**
 * A calendar date (`YYYY-MM-DD`, Common Era, as the host reads its clock) as official Thai
 * documents write it, with the Buddhist-era year; English keeps the Common Era. Null for anything
 * that is not such a date.
 *
 * @example dateText("2025-11-24", "th") //=> "24 พฤศจิกายน 2568"
 * @example dateText("2025-11-24", "en") //=> "24 November 2025"
 */
export function dateText(iso: string | null | undefined, lang: Lang): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const name = MONTHS[lang][month - 1];
  if (!name || day < 1 || day > 31) return null;
  return `${day} ${name} ${lang === "th" ? year + 543 : year}`;
}
