import { AGENCY_KINDS, PROFILES } from "./profiles";
import type { Agency, AgencyKind, AgencyProfile, PlaceNames } from "./types";

/** English names that tell the kind, for a name typed in English. */
const ENGLISH_KINDS: [AgencyKind, RegExp][] = [
  ["cityMunicipality", /\bcity municipality\b/i],
  ["townMunicipality", /\btown municipality\b/i],
  ["subdistrictMunicipality", /\b(subdistrict|tambon) municipality\b/i],
  ["sao", /\bsubdistrict administrative organi[sz]ation\b|\bSAO\b/i],
  ["pao", /\bprovincial administrative organi[sz]ation\b|\bPAO\b/i],
  ["bangkok", /\bbangkok metropolitan\b/i],
  ["province", /\bprovince\b/i],
  ["department", /^department\b/i],
  ["university", /\buniversity\b/i],
  ["college", /\bcollege\b/i],
  ["hospital", /\bhospital\b/i],
];

/** The kind's beginning a name starts with (the longest, spaces after it ignored), or null. */
function prefixOf(name: string, profile: AgencyProfile): string | null {
  const fits = profile.prefixes
    .filter((p) => p && name.startsWith(p))
    .sort((a, b) => b.length - a.length);
  return fits[0] ?? null;
}

/**
 * The kind of agency a name tells: เทศบาลนคร… a city, เทศบาลเมือง… a town, เทศบาลตำบล… (ทต.) a
 * subdistrict municipality, องค์การบริหารส่วนตำบล… (อบต.), …ส่วนจังหวัด… (อบจ.), จังหวัด…, กรม…,
 * มหาวิทยาลัย…, วิทยาลัย…, โรงพยาบาล…, กรุงเทพมหานคร, เมืองพัทยา; anything else is `other`.
 *
 * @example kindOf("เทศบาลตำบลคลองใหญ่") //=> "subdistrictMunicipality"
 * @example kindOf("จังหวัดจันทบุรี") //=> "province"
 */
export function kindOf(name: string | null | undefined): AgencyKind {
  const text = (name ?? "").trim();
  if (!text) return "other";
  let best: [AgencyKind, number] | null = null;
  for (const kind of AGENCY_KINDS) {
    const p = prefixOf(text, PROFILES[kind]);
    if (p && (!best || p.length > best[1])) best = [kind, p.length];
  }
  if (best) return best[0];
  return ENGLISH_KINDS.find(([, re]) => re.test(text))?.[0] ?? "other";
}

/** Fills a template's `{name}`, `{proper}`, `{nameEn}`, `{properEn}`; null when one is missing. */
function fill(template: string, values: Record<string, string | null>): string | null {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (!v) missing = true;
    return v ?? "";
  });
  return missing ? null : out.replace(/\s+/g, " ").trim();
}

/** Official English of a place ("อำเภอตะโหมด จังหวัดพัทลุง" → "Tamot District, Phatthalung Province"). */
function placeInEnglish(place: string | null, placeNames?: PlaceNames): string | null {
  if (!place || !placeNames) return null;
  const parts = place.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const m = /^(อำเภอ|อ\.|เขต|จังหวัด|จ\.)\s*(.+)$/.exec(part);
    const en = placeNames(m ? (m[2] ?? "") : part);
    if (!en) return null;
    if (!m) out.push(en);
    else out.push(`${en} ${/^(จังหวัด|จ\.)$/.test(m[1] ?? "") ? "Province" : "District"}`);
  }
  return out.join(", ") || null;
}

/** The Thai place names an agency's English needs: its proper name (where its kind's English is made from a place) and its district and province. */
export function placeNamesWanted(
  unit: { name: string; place?: string | null } | null,
  kind?: AgencyKind,
): string[] {
  const name = unit?.name.trim() ?? "";
  const profile = PROFILES[kind ?? kindOf(name)];
  const english = profile.englishNames.find(([start]) => name.startsWith(start));
  const prefix = prefixOf(name, profile);
  const proper = prefix ? name.slice(prefix.length).trim() : name;
  const rest = english ? (english[0] ? name.slice(english[0].length).trim() : proper) : "";
  const place = (placeOnce(name, unit?.place) ?? "")
    .split(/\s+/)
    .map((p) => p.replace(/^(อำเภอ|อ\.|เขต|จังหวัด|จ\.)\s*/, ""));
  return [rest, ...place].filter(Boolean);
}

/** The place with what the name already says dropped: จังหวัดจันทบุรี is never said twice. */
function placeOnce(name: string, place: string | null | undefined): string | null {
  const parts = (place ?? "").split(/\s+/).filter((p) => p && !name.includes(p));
  return parts.length ? parts.join(" ") : null;
}

export interface AgencyOptions {
  /** The kind chosen in the options (`--kind`, the pane): wins over the name. */
  kind?: AgencyKind;
  /** The English name given in the options (`--unit-en`, the pane): wins over place names. */
  nameEn?: string;
  /** Official English of Thai place names, for a name made of a kind and a place. */
  placeNames?: PlaceNames;
}

/**
 * The agency as the documents name it: its kind (from the name, unless the options choose one),
 * its name and place once each, the head's title formed from the name (นายกเทศมนตรีตำบลคลองใหญ่,
 * ผู้ว่าราชการจังหวัดจันทบุรี), the memo's approvers with the head last, the writer's unit, and
 * the English name: the one given, or the kind's English around the official English of its
 * proper name where that is a place (Khlong Yai Subdistrict Municipality), else null.
 */
export function resolveAgency(
  unit: { name: string; place?: string | null } | null,
  options: AgencyOptions = {},
): Agency {
  const name = unit?.name.trim() ?? "";
  const kind = options.kind ?? kindOf(name);
  const profile = PROFILES[kind];
  const prefix = prefixOf(name, profile);
  const proper = (prefix ? name.slice(prefix.length).trim() : name) || null;
  // An abbreviation (อบต.) is written out where the documents name the agency in full.
  const formal =
    prefix && prefix.endsWith(".") && proper ? `${profile.label.th}${proper}` : name || null;
  const latin = /[A-Za-z]/.test(name) && !/[\u0e00-\u0e7f]/.test(name);
  const english = profile.englishNames.find(([start]) => name.startsWith(start));
  const rest = english ? (english[0] ? name.slice(english[0].length).trim() : proper) : null;
  const properEn = !latin && rest && options.placeNames ? options.placeNames(rest) : null;
  const given = options.nameEn?.trim() || null;
  const fromPlaces = english && properEn ? fill(english[1], { properEn }) : null;
  const nameEn = given ?? (latin ? name : fromPlaces);
  const nameEnFrom = given ? "option" : latin ? "name" : fromPlaces ? "placeNames" : null;
  const values = { name: formal, proper, nameEn, properEn };
  const place = profile.namedWithPlace ? placeOnce(name, unit?.place) : null;
  const head = {
    th: profile.head && name ? fill(profile.head.th, values) : null,
    en: profile.head && name ? fill(profile.head.en, values) : null,
  };
  const chain = [
    ...profile.chain.map((p) => ({
      th: p.th ? fill(p.th, values) : null,
      en: p.en ? fill(p.en, values) : null,
      fill: p.fill === true,
    })),
    { ...head, fill: false },
  ];
  return {
    kind,
    kindFrom: options.kind ? "option" : "name",
    profile,
    name,
    place,
    fullName: [name, place].filter(Boolean).join(" "),
    proper,
    nameEn,
    placeEn: placeInEnglish(place, options.placeNames),
    nameEnFrom,
    head,
    chain,
    writerUnit: {
      th: fill(profile.writerUnit.th, values) ?? profile.writerUnit.th.replace(/\s*\{\w+\}/g, ""),
      en: fill(profile.writerUnit.en, values),
    },
  };
}
