import type { AreaUnits } from "../measures/types";
import type { Bilingual } from "../types";

/**
 * The kinds of agency the assessment covers whose head, approvers and units we know (see
 * `profiles.ts` and ITA-FACTS.md, "Kinds of agency"); `other` is every agency whose kind the name
 * does not tell, whose head's title is left for staff to fill.
 */
export type AgencyKind =
  | "cityMunicipality"
  | "townMunicipality"
  | "subdistrictMunicipality"
  | "sao"
  | "pao"
  | "bangkok"
  | "pattaya"
  | "province"
  | "department"
  | "university"
  | "college"
  | "hospital"
  | "other";

/** How sure a fact of a profile is: seen in agencies' documents [S], or unconfirmed [U]. */
export type Evidence = "S" | "U";

/** A position in the memo's approval chain; `fill` leaves room after it for staff to complete. */
export interface Position extends Bilingual {
  fill?: boolean;
}

/**
 * One kind of agency, as data: how its name begins, its head's title, the memo's approval chain,
 * the unit that writes the memo, the units that own each area of work, who each survey asks, and
 * its words for staff, "every division" and their code of ethics. `{name}` in a template stands
 * for the agency's full name, `{proper}` for its proper name (the name less the kind's words),
 * `{nameEn}` and `{properEn}` for their English.
 */
export interface AgencyProfile {
  kind: AgencyKind;
  /** The kind in words: "เทศบาลตำบล", "Subdistrict Municipality". */
  label: Bilingual;
  /** How a name of this kind begins (Thai, then abbreviations); the proper name follows. */
  prefixes: string[];
  /**
   * English names of this kind by how the Thai name begins (the first that fits wins):
   * `["วิทยาลัยเทคนิค", "{properEn} Technical College"]`. The proper name is then what follows
   * that beginning; none: the English name must be given (a department's is a translation).
   */
  englishNames: [string, string][];
  /** The head's title formed from the name: "นายกเทศมนตรีตำบล{proper}", "Mayor of {nameEn}". */
  head: Bilingual | null;
  /** Approvers before the head, lowest first (the head signs last). */
  chain: Position[];
  /** The unit that writes the memo (ส่วนราชการ), with the agency's name. */
  writerUnit: Bilingual;
  /**
   * Whether the documents name the district and province after the agency's name: yes for a
   * kind whose names repeat across the country (เทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง),
   * no for one whose name alone tells it (a province, a university, a college).
   */
  namedWithPlace: boolean;
  /** Default responsible unit of each area of work; staff edits in the plan win. */
  units: AreaUnits;
  /** Who each survey asks: IIT the agency's own people, EIT those who deal with it. */
  respondents: { IIT: Bilingual; EIT: Bilingual };
  /** The agency's people, its "every division", and the code of ethics they keep. */
  words: { staff: Bilingual; everyDivision: Bilingual; ethicsCode: Bilingual };
  /** How sure the head and chain are, and the units. */
  evidence: { head: Evidence; chain: Evidence; units: Evidence };
}

/** An official place-name lookup: a Thai place name to its official English spelling, or null. */
export type PlaceNames = (thai: string) => string | null;

/** An agency as the documents name it, resolved from its name, place and options. */
export interface Agency {
  kind: AgencyKind;
  /** Whether the kind came from the name or was chosen in the options. */
  kindFrom: "name" | "option";
  profile: AgencyProfile;
  /**
   * Its name as staff wrote it ("" when unknown), and its place with what the name says dropped
   * (null for a kind named without its place).
   */
  name: string;
  place: string | null;
  /** The name and the place, each word once: "เทศบาลตำบลคลองใหญ่ อำเภอตะโหมด จังหวัดพัทลุง". */
  fullName: string;
  /** The name less the kind's words ("คลองใหญ่"), or null. */
  proper: string | null;
  /** The English name ("Khlong Yai Subdistrict Municipality") and place, or null when not known. */
  nameEn: string | null;
  placeEn: string | null;
  /** Where the English name came from. */
  nameEnFrom: "option" | "placeNames" | "name" | null;
  /** The head's title in each language, or null when the kind does not tell it. */
  head: { th: string | null; en: string | null };
  /** The approvers' positions, the head last (null where the title is left to fill). */
  chain: { th: string | null; en: string | null; fill: boolean }[];
  /** ส่วนราชการ: the writer's unit and the agency. */
  writerUnit: { th: string; en: string | null };
}

/** What the documents print where a title or name is left for staff to fill. */
export const FILL = "…………";
