import { withPlaceNames } from "../placeNames";
import { generate, type GenerateOptions } from "../../domain/generate";
import type { Analysis } from "../../domain/analyse/types";
import { randomMarkId } from "../../domain/layout/ownership";
import type { Bilingual, Finding } from "../../domain/types";
import { cosmeticsWarning, officeErrorMessage, protectedSheetMessage } from "./errors";
import { printableSheets, type PrintableSheet } from "./preparePrint";
import { detectFeatures, type SupportsFn } from "./features";
import { readGrids } from "./readGrids";
import { readSelection } from "./readSelection";
import { recover } from "./recover";
import { applyCosmetics, contentParts, sendParts, type WritePlan } from "./writeSheets";

/** What the add-in needs of Office: `Excel.run` and `isSetSupported` (a fake in tests). */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports: SupportsFn;
  /** Told the estimated bytes of each write request before it is sent (tests and figures). */
  onRequest?: (bytes: number) => void;
}

export type OfficeOutcome =
  | {
      kind: "done";
      analysis: Analysis;
      sheets: string[];
      warnings: Bilingual[];
      printable?: PrintableSheet[];
    }
  | { kind: "rejected"; findings: Finding[] }
  | { kind: "failed"; code: string; message: Bilingual };

/**
 * Generate, inside Excel, in one `Excel.run` and a constant number of requests for ordinary
 * workbooks: list the sheets (1), read them (1, more only for sheets larger than their first
 * window), analyse and lay out (pure), write the content (1: all or nothing, see recover.ts;
 * more only where its bytes exceed what one request may carry), then the cosmetics (1: best
 * effort, a refusal leaves the sheets in place with a warning).
 */
export async function generateInExcel(
  host: OfficeHost,
  options: GenerateOptions & { scope?: "workbook" | "selection" },
): Promise<OfficeOutcome> {
  const features = detectFeatures(host.supports);
  let written: { plan: WritePlan; analysis: Analysis } | null = null;
  try {
    return await host.run(async (context) => {
      const read = await readGrids(context, features);
      // With the selection as the source, the sheets are still known (names, tags, staff
      // edits in our plan) but only the selection is read for scores.
      const grids =
        options.scope === "selection"
          ? [
              ...read.grids.map((g) => ({ ...g, generated: true })),
              ...(await readSelection(context)),
            ]
          : read.grids;
      const result = generate(grids, {
        newMarkId: randomMarkId,
        ...(await withPlaceNames(grids, options)),
      });
      if (!result.ok)
        return { kind: "rejected" as const, findings: [...read.findings, ...result.findings] };
      result.analysis.findings.push(...read.findings);
      const locked = result.placements.find(
        (p) => p.replaces && read.own.get(p.replaces)?.protected,
      );
      if (locked?.replaces)
        return { kind: "failed" as const, ...protectedSheetMessage(locked.replaces) };
      const plan: WritePlan = {
        spec: result.spec,
        placements: result.placements,
        own: read.own,
        tagNames: read.tagNames,
        leftovers: read.leftovers,
      };
      written = { plan, analysis: result.analysis };
      await sendParts(context, contentParts(plan, features), host.onRequest);
      const failed = await applyCosmetics(context, plan, features, host.onRequest);
      return {
        kind: "done" as const,
        analysis: result.analysis,
        sheets: result.placements.map((p) => p.name),
        warnings: failed.length ? [cosmeticsWarning(failed)] : [],
        printable: printableSheets(result.spec, result.placements),
      };
    });
  } catch (error) {
    const failed = officeErrorMessage(error);
    const pending = written as { plan: WritePlan; analysis: Analysis } | null;
    if (pending) {
      try {
        const done = await host.run(async (context) => {
          const how = await recover(context, pending.plan, features, host.onRequest);
          if (how === "rolledBack") return null;
          return applyCosmetics(context, pending.plan, features, host.onRequest);
        });
        // Past the commit point the sheets were completed: the Generate stands.
        if (done)
          return {
            kind: "done",
            analysis: pending.analysis,
            sheets: pending.plan.placements.map((p) => p.name),
            warnings: done.length ? [cosmeticsWarning(done)] : [],
            printable: printableSheets(pending.plan.spec, pending.plan.placements),
          };
      } catch {
        // The recovery itself failed: the message below still stands; leftovers carry our
        // temporary names and our mark, and the next Generate removes them.
      }
    }
    return { kind: "failed", ...failed };
  }
}
