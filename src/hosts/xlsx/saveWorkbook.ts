import type ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../domain/layout/spec";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import JSZip from "jszip";
import { addCharts, addChartsToZip } from "./addCharts";

/** Saves a workbook with the generated sheets, adding the spec's native charts. */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  spec?: WorkbookSpec,
  placements?: SheetPlacement[],
): Promise<Uint8Array> {
  const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (!spec || !placements) return buffer;
  const charts = placements.flatMap((p) => {
    const sheet = spec.sheets[p.index];
    return sheet?.chart ? [{ sheetName: p.name, sheet, chart: sheet.chart }] : [];
  });
  return addCharts(buffer, charts);
}

/**
 * Our sheets as a package open in memory, for the merge into the user's package: written by
 * ExcelJS without compression (it is read back at once), with the spec's native charts.
 */
export async function oursAsZip(
  workbook: ExcelJS.Workbook,
  spec: WorkbookSpec,
  placements: SheetPlacement[],
): Promise<JSZip> {
  const buffer = await workbook.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const zip = await JSZip.loadAsync(buffer);
  const charts = placements.flatMap((p) => {
    const sheet = spec.sheets[p.index];
    return sheet?.chart ? [{ sheetName: p.name, sheet, chart: sheet.chart }] : [];
  });
  await addChartsToZip(zip, charts);
  return zip;
}
