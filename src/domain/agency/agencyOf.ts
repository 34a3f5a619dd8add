import type { Analysis } from "../analyse/types";
import { resolveAgency } from "./resolveAgency";
import type { Agency } from "./types";

/** The analysis's agency: as `generate` resolved it with the options, else from its unit alone. */
export function agencyOf(analysis: Pick<Analysis, "unit" | "agency">): Agency {
  return analysis.agency ?? resolveAgency(analysis.unit);
}

/** The agency's name as a sheet's title names it in a language: never Thai in English; null when unknown. */
export function agencyName(
  analysis: Pick<Analysis, "unit" | "agency">,
  lang: "th" | "en",
): string | null {
  const agency = agencyOf(analysis);
  return (lang === "en" ? agency.nameEn : agency.name) || null;
}

/** The agency's district and province in a language, or null. */
export function agencyPlace(
  analysis: Pick<Analysis, "unit" | "agency">,
  lang: "th" | "en",
): string | null {
  const agency = agencyOf(analysis);
  return lang === "en" ? agency.placeEn : agency.place;
}
