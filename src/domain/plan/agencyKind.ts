import { kindOf } from "../agency/resolveAgency";
import type { AgencyKind } from "../agency/types";

export type { AgencyKind };

/**
 * The kind of agency, from its name (src/domain/agency/profiles.ts holds every kind).
 *
 * @example agencyKind("เทศบาลตำบลคลองใหญ่") //=> "subdistrictMunicipality"
 */
export function agencyKind(unit: string | null | undefined): AgencyKind {
  return kindOf(unit);
}
