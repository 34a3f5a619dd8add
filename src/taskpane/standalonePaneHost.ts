import type ExcelJSType from "exceljs";
import { readGrids } from "../hosts/xlsx/readGrids";
import { saveWorkbook } from "../hosts/xlsx/saveWorkbook";
import { generateWorkbook } from "../hosts/xlsx/generateWorkbook";
import type { PaneHost, PaneSettings } from "./paneHost";

const SETTINGS_KEY = "itaAnalyzer.options";

/**
 * The pane in a plain browser: a workbook opened from disk with ExcelJS, the same pipeline, and
 * the result offered as a download. This module (and ExcelJS with it) is loaded only in this
 * mode, as a separate chunk.
 */
export async function standalonePaneHost(file: File): Promise<PaneHost> {
  // The browser build of ExcelJS: no Node polyfills needed.
  const ExcelJS = (
    (await import("exceljs/dist/exceljs.min.js")) as unknown as { default: typeof ExcelJSType }
  ).default;
  const buffer = await file.arrayBuffer();
  const open = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    return wb;
  };
  const first = await open();
  return {
    kind: "standalone",
    read: async () => ({ grids: readGrids(first) }),
    generate: async (options) => {
      const wb = await open();
      const { result, sheets } = generateWorkbook(wb, options);
      if (!result.ok) return { kind: "rejected", findings: result.findings };
      const bytes = await saveWorkbook(wb, result.spec, result.placements);
      const name = file.name.replace(/\.xlsx$/i, "") + "-analysis.xlsx";
      const blob = new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      return { kind: "done", analysis: result.analysis, sheets, download: { name, blob } };
    },
    loadSettings: () => {
      try {
        return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") as PaneSettings;
      } catch {
        return {};
      }
    },
    saveSettings: async (settings) => {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}
