import type ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../src/domain/layout/spec";
import type { SheetPlacement } from "../../src/domain/layout/resolveNames";
import { addCharts } from "./addCharts";

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
    return sheet?.charts?.length ? [{ sheetName: p.name, sheet, charts: sheet.charts }] : [];
  });
  return addCharts(buffer, charts);
}
