import type ExcelJS from "exceljs";
import { a1, parseRange } from "../../domain/address";
import type { Grid, GridValue } from "../../domain/types";
import { LIMITS } from "./limits";
import type { Clip } from "./readPackage";
import { taggedSheets } from "./tags";

/**
 * Reads every worksheet of an ExcelJS workbook into the domain's grids (see `gridOf`). Sheets
 * that carry our tag are marked `generated`. The file path reads packages with
 * `readPackageGrids`, which also reads each sheet's mark.
 */
export function readGrids(workbook: ExcelJS.Workbook): Grid[] {
  const ours = taggedSheets(workbook);
  return workbook.worksheets.map((ws) => {
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    return {
      ...gridOf(ws, ws.name, merges).grid,
      visibility: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible",
      generated: ours.has(ws.name),
      tag: ours.get(ws.name) ?? null,
      tables: Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}).map(
        (name) => ({ name, range: "" }),
      ),
    };
  });
}

/** Rows beyond a run of this many empty rows (columns: `COLUMN_GAP`) are far from the tables. */
const ROW_GAP = 1000;
const COLUMN_GAP = 100;

/** The last value before the first gap wider than `gap` in an ascending list. */
function cutAtGap(sorted: number[], gap: number): number {
  let last = sorted[0] ?? 0;
  for (const v of sorted) {
    if (v - last > gap) break;
    last = v;
  }
  return last;
}

/**
 * One worksheet as a grid from A1, built from the cells that exist: values (formula results,
 * rich text flattened, errors kept as errors), formulas and number formats. When the area that
 * holds values is larger than `LIMITS.gridCells` (a value far away, in the last row or column),
 * the grid is clipped at the first wide gap of empty rows or columns, and `clipped` says what was
 * left out. Merged areas are clipped to the grid; the cells a merge covers are read as empty.
 */
export function gridOf(
  ws: ExcelJS.Worksheet,
  name: string,
  merges: readonly string[],
): { grid: Grid; clipped: Clip | null } {
  const cells: GridCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const { value, formula } = toGridValue(cell.value);
      if (value === null && formula === null) return;
      cells.push({ r, c, value, formula, fmt: cell.numFmt || null });
    });
  });
  return gridFromCells(cells, name, merges);
}

/** One cell holding a value or a formula, at its 1-based row and column. */
export interface GridCell {
  r: number;
  c: number;
  value: GridValue;
  formula: string | null;
  fmt: string | null;
}

/** `gridOf` from cells already read (in row and column order). */
export function gridFromCells(
  cells: readonly GridCell[],
  name: string,
  merges: readonly string[],
): { grid: Grid; clipped: Clip | null } {
  let bottom = 0;
  let right = 0;
  for (const x of cells) {
    if (x.r > bottom) bottom = x.r;
    if (x.c > right) right = x.c;
  }
  let clipped: Clip | null = null;
  if (bottom * right > LIMITS.gridCells) {
    const rows = [...new Set(cells.map((x) => x.r))].sort((a, b) => a - b);
    const cols = [...new Set(cells.map((x) => x.c))].sort((a, b) => a - b);
    let b = cutAtGap(rows, ROW_GAP);
    let rt = cutAtGap(cols, COLUMN_GAP);
    if (b * rt > LIMITS.gridCells) {
      rt = Math.min(rt, 256);
      b = Math.min(b, Math.floor(LIMITS.gridCells / rt));
    }
    const outside = cells.filter((x) => x.r > b || x.c > rt);
    const first = outside[0] as (typeof cells)[number];
    clipped = {
      area: `A1:${a1(b, rt)}`,
      skipped: outside.length,
      first: { row: first.r, column: first.c },
    };
    bottom = b;
    right = rt;
  }
  const values: GridValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < bottom; r++) {
    values.push(new Array<GridValue>(right).fill(null));
    formulas.push(new Array<string | null>(right).fill(null));
    numberFormats.push(new Array<string | null>(right).fill(null));
  }
  for (const x of cells) {
    if (x.r > bottom || x.c > right) continue;
    (values[x.r - 1] as GridValue[])[x.c - 1] = x.value;
    (formulas[x.r - 1] as (string | null)[])[x.c - 1] = x.formula;
    (numberFormats[x.r - 1] as (string | null)[])[x.c - 1] = x.fmt;
  }
  const kept: string[] = [];
  for (const m of merges) {
    const area = parseRange(m);
    if (!area || area.top > bottom || area.left > right) continue;
    const b = Math.min(area.bottom, bottom);
    const rt = Math.min(area.right, right);
    if (b === area.top && rt === area.left) continue;
    kept.push(`${a1(area.top, area.left)}:${a1(b, rt)}`);
  }
  return {
    grid: { name, top: 1, left: 1, values, formulas, numberFormats, merges: kept },
    clipped,
  };
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
