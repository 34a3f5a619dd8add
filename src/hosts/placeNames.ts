/**
 * Official English of Thai place names (provinces, districts, subdistricts, as the government
 * spells them in the Royal Thai General System), from the `thai-address-universal` package. It is
 * loaded only for English sheets, and only the names an agency needs are looked up, so the
 * domain gets a plain synchronous lookup.
 */
import { placeNamesWanted } from "../domain/agency/resolveAgency";
import type { AgencyKind, PlaceNames } from "../domain/agency/types";
import { findUnit } from "../domain/parse/findUnit";
import type { Grid } from "../domain/types";

const THAI = /[\u0e00-\u0e7f]/;

/**
 * The lookup for one agency: its proper name, district and province, each translated once.
 * Resolves to a lookup that knows nothing when the package cannot be loaded (the English name is
 * then left to fill, and the check sheet says so).
 */
export async function loadPlaceNames(
  unit: { name: string; place?: string | null } | null,
  kind?: AgencyKind,
): Promise<PlaceNames> {
  const wanted = placeNamesWanted(unit, kind);
  const known = new Map<string, string>();
  try {
    const { translateWord } = await import("thai-address-universal");
    for (const word of wanted) {
      const en = (await translateWord(word)).trim();
      if (en && !THAI.test(en)) known.set(word, en);
    }
  } catch {
    // No place names: the agency's English is left to fill.
  }
  return (thai) => known.get(thai) ?? null;
}

/**
 * The options with the place names an English run needs (none for Thai, or when the caller
 * brought its own): the agency named by the options or found in the workbook.
 */
export async function withPlaceNames<
  T extends { lang?: "th" | "en"; unit?: string; kind?: AgencyKind; placeNames?: PlaceNames },
>(grids: readonly Grid[], options: T): Promise<T> {
  if (options.lang !== "en" || options.placeNames) return options;
  const found = findUnit(grids);
  const name = options.unit?.trim() || found?.name;
  if (!name) return options;
  const placeNames = await loadPlaceNames({ name, place: found?.place ?? null }, options.kind);
  return { ...options, placeNames };
}
