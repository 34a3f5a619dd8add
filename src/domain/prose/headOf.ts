import { resolveAgency } from "../agency/resolveAgency";
import { FILL, type Agency } from "../agency/types";
import type { Lang } from "../types";

/**
 * Whom the memo is addressed to (เรียน …): the head of the agency, titled as its kind's profile
 * forms it from the name (นายกเทศมนตรีตำบลคลองใหญ่, ผู้ว่าราชการจังหวัดจันทบุรี, Mayor of Khlong Yai
 * Subdistrict Municipality). Where the kind or the English name does not tell it, the title is
 * left for staff to fill ("…………"), never guessed.
 *
 * @example headOf("จังหวัดจันทบุรี", "th") //=> "ผู้ว่าราชการจังหวัดจันทบุรี"
 */
export function headOf(unit: string | Agency | null, lang: Lang): string {
  const agency =
    typeof unit === "object" && unit ? unit : resolveAgency(unit ? { name: unit } : null);
  return agency.head[lang] ?? FILL;
}
