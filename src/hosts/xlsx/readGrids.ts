import type ExcelJS from "exceljs";
import type { Grid, GridValue } from "../../domain/types";
import { taggedSheets } from "./tags";

/**
 * Reads every worksheet's used range into the domain's grids: values (formula results, rich
 * text flattened, errors kept as errors), formulas, number formats and merged areas. Sheets that
 * carry our tag are marked `generated`.
 */
export function readGrids(workbook: ExcelJS.Workbook): Grid[] {
  const ours = taggedSheets(workbook);
  return workbook.worksheets.map((ws) => {
    const bottom = ws.rowCount;
    const right = ws.columnCount;
    const values: GridValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 1; r <= bottom; r++) {
      const row = ws.getRow(r);
      const vRow: GridValue[] = [];
      const fRow: (string | null)[] = [];
      const nRow: (string | null)[] = [];
      for (let c = 1; c <= right; c++) {
        const cell = row.getCell(c);
        const { value, formula } = toGridValue(cell.value);
        vRow.push(value);
        fRow.push(formula);
        nRow.push(cell.numFmt || null);
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormats.push(nRow);
    }
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    return {
      name: ws.name,
      top: 1,
      left: 1,
      values,
      formulas,
      numberFormats,
      merges,
      visibility: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible",
      generated: ours.has(ws.name),
      tag: ours.get(ws.name) ?? null,
      tables: Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}).map(
        (name) => ({ name, range: "" }),
      ),
    };
  });
}

/** Converts one ExcelJS cell value to a grid value and its formula. */
export function toGridValue(v: ExcelJS.CellValue): { value: GridValue; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  if ("error" in v && typeof v.error === "string")
    return { value: { error: v.error }, formula: null };
  if ("richText" in v && Array.isArray(v.richText))
    return { value: v.richText.map((t) => t.text).join(""), formula: null };
  if ("formula" in v || "sharedFormula" in v) {
    const f = "formula" in v && typeof v.formula === "string" ? `=${v.formula}` : null;
    const result = (v as { result?: ExcelJS.CellValue }).result;
    return { value: toGridValue(result ?? null).value, formula: f };
  }
  if ("text" in v && typeof v.text === "string") return { value: v.text, formula: null };
  return { value: null, formula: null };
}
