import { generate, type GenerateOptions } from "../../domain/generate";
import type { Analysis } from "../../domain/analyse/types";
import type { Bilingual, Finding } from "../../domain/types";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { WorkbookSpec } from "../../domain/layout/spec";
import { printableSheets, type PrintableSheet } from "./preparePrint";
import { officeErrorMessage } from "./errors";
import { detectFeatures, type SupportsFn } from "./features";
import { readGrids } from "./readGrids";
import { readSelection } from "./readSelection";
import { recover } from "./recover";
import { queueBuild, queueSwap } from "./swapSheets";

/** What the add-in needs of Office: `Excel.run` and `isSetSupported` (a fake in tests). */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports: SupportsFn;
}

export type OfficeOutcome =
  | { kind: "done"; analysis: Analysis; sheets: string[]; printable?: PrintableSheet[] }
  | { kind: "rejected"; findings: Finding[] }
  | { kind: "failed"; code: string; message: Bilingual };

interface WritePlan {
  spec: WorkbookSpec;
  placements: SheetPlacement[];
  /** Tag → the sheet it pointed at before this run. */
  oldTags: Map<string, string>;
}

/**
 * Generate, inside Excel, in one `Excel.run`: read every grid (1 sync), analyse and lay out
 * (pure), build the new sheets under temporary names (1 sync), swap them in (1 sync). If any
 * step fails the workbook is brought back to one whole state (recover.ts) and the error comes
 * back as our own message.
 */
export async function generateInExcel(
  host: OfficeHost,
  options: GenerateOptions & { scope?: "workbook" | "selection" },
): Promise<OfficeOutcome> {
  const features = detectFeatures(host.supports);
  let plan: WritePlan | null = null;
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
      const result = generate(grids, options);
      if (!result.ok) return { kind: "rejected" as const, findings: result.findings };
      const oldTags = new Map<string, string>();
      for (const g of read.grids) if (g.tag) oldTags.set(g.tag, g.name);
      plan = { spec: result.spec, placements: result.placements, oldTags };
      queueBuild(context, result.spec, result.placements, features, read.leftovers);
      await context.sync();
      queueSwap(context, result.spec, result.placements, read.tagNames, features);
      await context.sync();
      return {
        kind: "done" as const,
        analysis: result.analysis,
        sheets: result.placements.map((p) => p.name),
        printable: printableSheets(result.spec, result.placements),
      };
    });
  } catch (error) {
    const failed = officeErrorMessage(error);
    const pending = plan as WritePlan | null;
    if (pending) {
      try {
        await host.run((context) =>
          recover(context, pending.spec, pending.placements, pending.oldTags),
        );
      } catch {
        // The recovery itself failed: the message below still stands; leftovers carry our
        // temporary names and the next Generate removes them.
      }
    }
    return { kind: "failed", ...failed };
  }
}
