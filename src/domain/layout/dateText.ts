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

/**
 * A date as `dateText` writes it ("24 พฤศจิกายน 2568", "๒๔ พฤศจิกายน ๒๕๖๘", "24 November 2025")
 * read back as `YYYY-MM-DD` (Common Era); null for any other text (staff's own way of writing a
 * date is theirs to keep).
 *
 * @example readDateText("๒๔ พฤศจิกายน ๒๕๖๘") //=> "2025-11-24"
 */
export function readDateText(text: string | null | undefined): string | null {
  const arabic = (text ?? "").replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).trim();
  const m = /^(\d{1,2}) (\S+) (\d{4})$/.exec(arabic);
  if (!m) return null;
  const th = MONTHS.th.indexOf(m[2] as string);
  const month = th >= 0 ? th : MONTHS.en.indexOf(m[2] as string);
  if (month < 0) return null;
  const year = Number(m[3]) - (th >= 0 ? 543 : 0);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(month + 1)}-${two(Number(m[1]))}`;
}
