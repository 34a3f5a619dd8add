import type { Lang } from "../types";
import { FILL, type Agency } from "./types";

/**
 * The names a printed line must never break inside, in the sheet's language: the agency's name,
 * its district and its province (each on its own), and its head's title. A name not known in
 * that language (an English name left to fill) is not listed.
 *
 * @example
 * agencyNames(agency, "th")
 * //=> ["องค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย", "อำเภอสิรินธร", "จังหวัดอุบลราชธานี",
 * //    "นายกองค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย"]
 */
export function agencyNames(agency: Agency, lang: Lang): string[] {
  const th = lang === "th";
  const place = th ? agency.place : agency.placeEn;
  const names = [
    th ? agency.name : agency.nameEn,
    // "อำเภอสิรินธร จังหวัดอุบลราชธานี", "Sirindhorn District, Ubon Ratchathani Province"
    ...(place ? place.split(th ? /\s+/ : /,\s*/) : []),
    agency.head[lang],
  ];
  const out: string[] = [];
  for (const n of names) {
    const name = n?.trim();
    if (name && name !== FILL && !name.includes(FILL) && !out.includes(name)) out.push(name);
  }
  return out;
}
