import type { OfficeHost } from "../hosts/office/generateInExcel";
import { detectFeatures, officeSupports, pdfSupported } from "../hosts/office/features";
import type { PaneHost } from "./paneHost";

/** Reading the workbook and going to a cell: a chunk of its own, not part of the first download
 *  (the pane in a plain browser never needs it). */
const loadRead = () => import(/* webpackChunkName: "read" */ "./officeRead");

const SETTINGS_KEY = "itaAnalyzer.options";

/** The pane inside Excel: Office.js through the host adapter. */
export function officePaneHost(
  office: OfficeHost = { run: (batch) => Excel.run(batch), supports: officeSupports },
): PaneHost {
  const features = detectFeatures(office.supports);
  // Fetched now, while the pane first renders: the first read starts as soon as it can.
  const reader = loadRead();
  // A chunk that fails to load is said by the read that awaits it, not as an unhandled rejection.
  reader.catch(() => undefined);
  return {
    kind: "office",
    read: async (scope) => {
      try {
        return await office.run(async (context) => {
          if (scope === "selection") {
            // Only on the user's click: a chunk of its own.
            const { readSelection } = await import(
              /* webpackChunkName: "selection" */ "../hosts/office/readSelection"
            );
            const grids = await readSelection(context);
            return { grids, replaced: (await reader).replacedSheets(grids) };
          }
          const { readGrids, replacedSheets } = await reader;
          const read = await readGrids(context, features);
          return {
            grids: read.grids,
            findings: read.findings,
            replaced: replacedSheets(read.grids),
          };
        });
      } catch (error) {
        // Our own words for Excel's refusal (several areas selected, a payload too large…),
        // loaded only when needed.
        const { officeErrorMessage } = await import(
          /* webpackChunkName: "generate" */ "../hosts/office/errors"
        );
        throw Object.assign(new Error("read failed"), {
          bilingual: officeErrorMessage(error).message,
        });
      }
    },
    generate: async (options, scope) => {
      // Layout, plan and the Office writer are needed only now: a chunk of their own.
      const { generateInExcel } = await import(
        /* webpackChunkName: "generate" */ "../hosts/office/generateInExcel"
      );
      return generateInExcel(office, { ...options, ...(scope === "selection" ? { scope } : {}) });
    },
    selectCell: async (ref) => (await reader).selectCell(office, ref),
    activateSheet: async (name) => (await reader).activateSheet(office, name),
    preparePrint: async (sheets, pdf) => {
      const print = await import(/* webpackChunkName: "generate" */ "../hosts/office/preparePrint");
      return print.preparePrint((batch) => office.run(batch), sheets, {
        pdf,
        pageLayout: features.pageLayout,
      });
    },
    // The PdfFile requirement set, not the presence of getFileAsync (office.js always has it).
    canMakePdf: () => pdfSupported(),
    canSetUpPrint: () => features.pageLayout,
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
