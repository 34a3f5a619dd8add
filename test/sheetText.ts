import type ExcelJS from "exceljs";

/** White space collapsed, as headers are compared. */
export const same = (t: string) => t.replace(/\s+/g, " ").trim();

/** Every text of a sheet (merged areas once), in reading order. */
export function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value === "string") out.push(cell.value);
    }),
  );
  return out;
}

/** The cell whose text is `label` (white space collapsed), as { row, col }; throws when absent. */
export function findCell(ws: ExcelJS.Worksheet, label: string): { row: number; col: number } {
  let found: { row: number; col: number } | null = null;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!found && typeof cell.value === "string" && same(cell.value) === same(label))
        found = { row: r, col: c };
    }),
  );
  if (!found) throw new Error(`no cell "${label}" on ${ws.name}`);
  return found;
}

/** The first row at or below `from` whose cell in `col` passes `match`, or -1. */
export function findRow(
  ws: ExcelJS.Worksheet,
  col: number,
  match: (v: string) => boolean,
  from = 1,
): number {
  for (let r = from; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, col).value;
    if (typeof v === "string" && match(v)) return r;
  }
  return -1;
}

/** A table read by its headers: the value under `header` in the row whose `keyHeader` is `key`. */
export function byHeader(ws: ExcelJS.Worksheet, keyHeader: string, key: string | number) {
  const k = findCell(ws, keyHeader);
  const row = (() => {
    for (let r = k.row + 1; r <= ws.rowCount; r++) if (ws.getCell(r, k.col).value === key) return r;
    throw new Error(`no row ${key} under "${keyHeader}" on ${ws.name}`);
  })();
  return {
    row,
    cell: (header: string) => ws.getCell(row, findCell(ws, header).col),
    value: (header: string) => ws.getCell(row, findCell(ws, header).col).value,
  };
}

/** References to cells (`'ITA'!D29`, `Sheet1!C5`), which public sheets must never show. */
export const CELL_REFERENCE = /(?:'[^']+'|[\w\u0e00-\u0e7f]+)!\$?[A-Z]{1,3}\$?\d+/;
