import type { Lang } from "../types";
import type { Agency } from "./types";

/**
 * The agency's own words in the texts of measures and phrases, written there as placeholders:
 * `{people}` whom it serves and the EIT asks, `{everyDivision}`,
 * `{staff}`, `{ethicsCode}`. Each is defined once, in the kind's profile (profiles.ts).
 */
export const AGENCY_WORDS = ["people", "everyDivision", "staff", "ethicsCode"] as const;
export type AgencyWord = (typeof AGENCY_WORDS)[number];

/** The agency's words in a language. */
export function agencyWords(agency: Agency, lang: Lang): Record<AgencyWord, string> {
  const { respondents, words } = agency.profile;
  return {
    people: respondents.EIT[lang],
    everyDivision: words.everyDivision[lang],
    staff: words.staff[lang],
    ethicsCode: words.ethicsCode[lang],
  };
}

const TOKEN = new RegExp(`\\{(${AGENCY_WORDS.join("|")})\\}`, "g");

/**
 * A text with the agency's words in place of its placeholders; an English word that starts a
 * sentence takes a capital.
 *
 * @example sayAgencyWords("{everyDivision}ทบทวนคู่มือ", college, "th") //=> "ทุกฝ่าย/งานทบทวนคู่มือ"
 */
export function sayAgencyWords(text: string, agency: Agency, lang: Lang): string {
  if (!text.includes("{")) return text;
  const said = agencyWords(agency, lang);
  return text.replace(TOKEN, (_, key: AgencyWord, at: number) => {
    const word = said[key];
    const starts = lang === "en" && (at === 0 || /[.:;]\s+$|^\d+\.\s+$/.test(text.slice(0, at)));
    return starts ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
}
