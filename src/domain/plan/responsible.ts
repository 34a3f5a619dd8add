import { AGENCY_KINDS, PROFILES } from "../agency/profiles";
import type { AreaUnits, MeasureDomain } from "../measures/types";
import type { Lang } from "../types";
import type { AgencyKind } from "./agencyKind";

type Table = AreaUnits;

/**
 * Default responsible units by kind of agency and area of work (each kind's profile,
 * src/domain/agency/profiles.ts); staff edits in the plan win.
 */
export const RESPONSIBLE: Record<AgencyKind, Table> = Object.fromEntries(
  AGENCY_KINDS.map((k) => [k, PROFILES[k].units]),
) as Record<AgencyKind, Table>;

/**
 * The default responsible unit of a measure in an agency of a kind.
 *
 * @example responsibleFor("assets", "subdistrictMunicipality", "th") //=> "กองคลัง (งานพัสดุและทรัพย์สิน)"
 */
export function responsibleFor(domain: MeasureDomain, kind: AgencyKind, lang: Lang): string {
  const units = RESPONSIBLE[kind];
  // Complaints are the integrity unit's unless the kind gives them a unit of their own.
  return (domain === "complaints" ? (units.complaints ?? units.integrity) : units[domain])[lang];
}
