import { parseRange } from "../../domain/address";
import type { Grid, GridValue } from "../../domain/types";

/** Office.js values and value types as grid values: errors kept as errors, "" as no value. */
export function toGridValues(values: unknown[][], valueTypes: string[][]): GridValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (valueTypes[r]?.[c] === "Error") return { error: String(v) };
      if (v === "" || v === null || v === undefined) return null;
      return typeof v === "number" || typeof v === "boolean" ? v : String(v);
    }),
  );
}

/** Reads the selected range as the only source grid (the user points at the table). */
export async function readSelection(context: Excel.RequestContext): Promise<Grid[]> {
  const range = context.workbook.getSelectedRange();
  range.load("address,values,valueTypes,formulas,numberFormat");
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  await context.sync();
  const area = parseRange(range.address.split("!").pop() ?? "A1");
  const values = toGridValues(range.values, range.valueTypes);
  return [{ name: sheet.name, top: area?.top ?? 1, left: area?.left ?? 1, values }];
}
