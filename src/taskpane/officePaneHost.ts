import type { OfficeHost } from "../hosts/office/generateInExcel";
import { activateSheet, selectCell } from "../hosts/office/navigate";
import { detectFeatures, officeSupports } from "../hosts/office/features";
import { readGrids } from "../hosts/office/readGrids";
import { readSelection } from "../hosts/office/readSelection";
import type { PaneHost } from "./paneHost";

const SETTINGS_KEY = "itaAnalyzer.options";

/** The pane inside Excel: Office.js through the host adapter. */
export function officePaneHost(
  office: OfficeHost = { run: (batch) => Excel.run(batch), supports: officeSupports },
): PaneHost {
  const features = detectFeatures(office.supports);
  return {
    kind: "office",
    read: async (scope) =>
      office.run(async (context) => {
        if (scope === "selection") return { grids: await readSelection(context) };
        return { grids: (await readGrids(context, features)).grids };
      }),
    generate: async (options, scope) => {
      // Layout, plan and the Office writer are needed only now: a chunk of their own.
      const { generateInExcel } = await import(
        /* webpackChunkName: "generate" */ "../hosts/office/generateInExcel"
      );
      return generateInExcel(office, { ...options, ...(scope === "selection" ? { scope } : {}) });
    },
    selectCell: (ref) => selectCell(office, ref),
    activateSheet: (name) => activateSheet(office, name),
    // Validated by the pane (domain/settings.ts): the settings arrive with the workbook.
    loadSettings: () =>
      typeof Office !== "undefined" ? Office.context?.document?.settings?.get(SETTINGS_KEY) : null,
    saveSettings: async (settings) => {
      if (typeof Office === "undefined" || !Office.context?.document?.settings) return;
      Office.context.document.settings.set(SETTINGS_KEY, settings);
      await new Promise<void>((resolve) =>
        Office.context.document.settings.saveAsync(() => resolve()),
      );
    },
  };
}
