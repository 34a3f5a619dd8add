import type { Analysis } from "../analyse/types";
import { resolveAgency } from "./resolveAgency";
import type { Agency } from "./types";

/** The analysis's agency: as `generate` resolved it with the options, else from its unit alone. */
export function agencyOf(analysis: Pick<Analysis, "unit" | "agency">): Agency {
  return analysis.agency ?? resolveAgency(analysis.unit);
}
