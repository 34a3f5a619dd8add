import { resolveAgency } from "./agency/resolveAgency";
import type { AgencyKind, PlaceNames } from "./agency/types";
import { analyse } from "./analyse/analyse";
import type { Framework } from "./framework/types";
import { readYearFile } from "./framework/yearFile";
import type { AnalyseOptions, Analysis } from "./analyse/types";
import { buildWorkbookSpec } from "./layout/buildWorkbookSpec";
import { readFollowUpEdits } from "./layout/followUpSheet";
import { readMemoEdits, readEmblem, type Digits } from "./layout/memoSheet";
import { ownershipFindings, resolveNames, type SheetPlacement } from "./layout/resolveNames";
import type { ImageSpec, WorkbookSpec } from "./layout/spec";
import { tagName, type SheetKind } from "./layout/tag";
import { memoDate } from "./layout/memoDate";
import { agencyFindings } from "./agency/agencyFindings";
import { parseWorkbook } from "./parse/parseWorkbook";
import { readPlanEdits } from "./plan/readPlanEdits";
import { followUpOf } from "./followup/followUp";
import { readEarlierPlan } from "./followup/readEarlierPlan";
import { safeSpec } from "./sanitize";
import type { Finding, Grid, Lang } from "./types";

export interface GenerateOptions extends AnalyseOptions {
  lang?: Lang;
  responsible?: string;
  /** The agency's name; wins over what the workbook says. */
  unit?: string;
  /** Today's date (`YYYY-MM-DD`), read by the host from its clock: the memo's date when it falls
   *  in the plan's fiscal year. */
  today?: string;
  /** The memo's date (`YYYY-MM-DD`, BE or CE year), chosen in the options: wins over today. */
  date?: string;
  /** The kind of agency chosen in the options; wins over the kind its name tells. */
  kind?: AgencyKind;
  /** The agency's English name; wins over the one made from official place names. */
  unitEn?: string;
  /** Official English of Thai place names (the host loads them for English sheets). */
  placeNames?: PlaceNames;
  /** Digits of the Thai memo: Thai (๑๒๓, the default) or Arabic. Tables stay Arabic. */
  digits?: Digits;
  /** The agency's emblem (ครุฑ) for the memo, given once; an earlier memo's emblem is kept. */
  emblem?: ImageSpec | null;
  /** Makes the random 16-hex id of each generated sheet's ownership mark; hosts pass one built
   *  on crypto.getRandomValues (layout/ownership.ts). */
  newMarkId?: () => string;
  /**
   * The grids of an earlier output in another file (the command line's earlier
   * `IN-analysis.xlsx`): what staff typed in its generated sheets, where they are provably
   * ours, is kept in place of what the workbook's own generated sheets hold.
   */
  earlier?: readonly Grid[];
  /**
   * Year files as the pane keeps them in the workbook's options (JSON, checked when added):
   * read here into `frameworks`; one that no longer reads is left out with a warning.
   */
  yearFiles?: unknown[];
}

export type GenerateResult =
  | { ok: true; analysis: Analysis; spec: WorkbookSpec; placements: SheetPlacement[] }
  | { ok: false; findings: Finding[] };

/** The frameworks of the options: those given, then the year files kept in the pane's options. */
function yearFrameworks(options: GenerateOptions) {
  const findings: Finding[] = [];
  const frameworks: Framework[] = [...(options.frameworks ?? [])];
  (options.yearFiles ?? []).forEach((file, i) => {
    const read = readYearFile(file, `yearFiles[${i}]`);
    if (read.ok) frameworks.push({ ...read.framework, source: "options" });
    else
      findings.push({
        severity: "warning",
        rule: "year-file-ignored",
        cell: null,
        message: {
          th: read.errors.map((e) => e.th).join("; "),
          en: read.errors.map((e) => e.en).join("; "),
        },
      });
  });
  return { frameworks, findings };
}

/**
 * The whole pure pipeline every front door shares: grids → parse → analyse → plan → layout →
 * WorkbookSpec, with where each sheet goes. What staff typed in an earlier generated memo,
 * follow-up and plan is kept. The plan made from the previous year's scores, when the workbook (or the earlier
 * output) holds it, is reported on (`analysis.followUp`, null without one) and the new plan is
 * built on it.
 */
export function generate(grids: readonly Grid[], options: GenerateOptions = {}): GenerateResult {
  const { frameworks, findings } = yearFrameworks(options);
  const result = analyse(parseWorkbook(grids), { ...options, frameworks });
  if (!result.ok) return { ok: false, findings: [...findings, ...result.findings] };
  result.analysis.findings.push(...findings);
  const unit = options.unit?.trim();
  const analysis: Analysis = unit
    ? {
        ...result.analysis,
        unit: { name: unit, cell: null, place: result.analysis.unit?.place ?? null },
      }
    : result.analysis;
  analysis.agency = resolveAgency(analysis.unit, {
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.unitEn?.trim() ? { nameEn: options.unitEn.trim() } : {}),
    ...(options.placeNames ? { placeNames: options.placeNames } : {}),
  });
  const lang = options.lang ?? "th";
  const date = memoDate(options, analysis.year + 1);
  analysis.findings.push(
    ...agencyFindings(analysis.agency, lang, date, options.today ?? null, analysis.year + 1),
  );
  const earlier = (kind: SheetKind) => {
    const tag = tagName(kind, analysis.year);
    return (
      options.earlier?.find((g) => g.tag === tag && g.generated) ??
      grids.find((g) => g.tag === tag) ??
      null
    );
  };
  const plan = earlier("plan");
  const memo = earlier("memo");
  // The plan made from the previous year's scores, reported on against this year's.
  const earlierPlan = readEarlierPlan(grids, options.earlier, analysis.year);
  const before = earlierPlan
    ? analyse(parseWorkbook(grids), {
        frameworks,
        year: analysis.year - 1,
        ...(options.floors ? { floors: options.floors } : {}),
      })
    : null;
  analysis.followUp = earlierPlan
    ? followUpOf(analysis, earlierPlan, before?.ok ? before.analysis : null)
    : null;
  const followUp = earlier("followup");
  const spec = safeSpec(
    buildWorkbookSpec(analysis, {
      lang,
      ...(options.responsible ? { responsible: options.responsible } : {}),
      date: date.iso,
      dateFrom: date.from,
      digits: options.digits ?? "thai",
      emblem: options.emblem ?? (memo ? readEmblem(memo) : null),
      planEdits: plan ? readPlanEdits(plan) : null,
      earlierPlan,
      memoEdits: memo ? readMemoEdits(memo) : null,
      followUpEdits: followUp ? readFollowUpEdits(followUp) : null,
      ...(options.newMarkId ? { newMarkId: options.newMarkId } : {}),
    }),
  );
  const placements = resolveNames(
    spec,
    grids,
    grids.flatMap((g) => (g.tables ?? []).map((t) => t.name)),
  );
  analysis.findings.push(...ownershipFindings(placements));
  return { ok: true, analysis, spec, placements };
}
