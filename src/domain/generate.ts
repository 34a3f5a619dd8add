import { analyse } from "./analyse/analyse";
import type { AnalyseOptions, Analysis } from "./analyse/types";
import { buildWorkbookSpec } from "./layout/buildWorkbookSpec";
import { ownershipFindings, resolveNames, type SheetPlacement } from "./layout/resolveNames";
import type { WorkbookSpec } from "./layout/spec";
import { tagName } from "./layout/tag";
import { parseWorkbook } from "./parse/parseWorkbook";
import { readPlanEdits } from "./plan/readPlanEdits";
import { safeSpec } from "./sanitize";
import type { Finding, Grid, Lang } from "./types";

export interface GenerateOptions extends AnalyseOptions {
  lang?: Lang;
  responsible?: string;
  /** Makes the random 16-hex id of each generated sheet's ownership mark; hosts pass one built
   *  on crypto.getRandomValues (layout/ownership.ts). */
  newMarkId?: () => string;
}

export type GenerateResult =
  | { ok: true; analysis: Analysis; spec: WorkbookSpec; placements: SheetPlacement[] }
  | { ok: false; findings: Finding[] };

/**
 * The whole pure pipeline every front door shares: grids → parse → analyse → plan → layout →
 * WorkbookSpec, with where each sheet goes. Staff edits in an earlier generated plan are kept.
 */
export function generate(grids: readonly Grid[], options: GenerateOptions = {}): GenerateResult {
  const result = analyse(parseWorkbook(grids), options);
  if (!result.ok) return result;
  const { analysis } = result;
  const lang = options.lang ?? "th";
  const previousPlan = grids.find((g) => g.tag === tagName("plan", analysis.year));
  const spec = safeSpec(
    buildWorkbookSpec(analysis, {
      lang,
      ...(options.responsible ? { responsible: options.responsible } : {}),
      planEdits: previousPlan ? readPlanEdits(previousPlan) : null,
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
