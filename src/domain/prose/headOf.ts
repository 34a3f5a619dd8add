import { agencyKind } from "../plan/agencyKind";
import type { Lang } from "../types";

/**
 * Whom the memo is addressed to (เรียน …): the head of the agency by its kind, named with the
 * agency where Thai usage does so (นายกเทศมนตรีตำบลคลองใหญ่ for เทศบาลตำบลคลองใหญ่).
 */
export function headOf(unit: string | null, lang: Lang): string {
  const name = unit?.trim() ?? "";
  const kind = agencyKind(name);
  if (lang === "en")
    return {
      municipality: `The Mayor of ${name}`,
      subdistrict: `The Chief Executive of ${name}`,
      department: `The Director-General of ${name}`,
      university: `The President of ${name}`,
      other: name ? `The head of ${name}` : "The head of the agency",
    }[kind];
  if (kind === "municipality") return name.replace(/^เทศบาล/, "นายกเทศมนตรี");
  if (kind === "subdistrict") return `นายก${name}`;
  if (kind === "university") return `อธิการบดี${name}`;
  if (kind === "department" && name.startsWith("กรม")) return `อธิบดี${name}`;
  return name ? `หัวหน้า${name}` : "หัวหน้าส่วนราชการ";
}
