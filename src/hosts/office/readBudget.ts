import { a1 } from "../../domain/address";
import type { GridValue } from "../../domain/types";
import { cellsOf, type Area } from "./addresses";

/**
 * How much one read may ask of Excel. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded) and any read of more than five million cells
 * (RangeExceedsLimit); we keep each response under 4 MB, estimated from cell counts.
 */
export const READ_BUDGET_BYTES = 4_000_000;
/**
 * Response bytes per cell when values, value types, formulas and number formats are loaded: the
 * first estimate, for score tables (short numbers and labels). A sheet whose first window was
 * read is then sized by what its cells actually took (`measureBytesPerCell`).
 */
export const BYTES_PER_CELL = 48;
export const BUDGET_CELLS = Math.floor(READ_BUDGET_BYTES / BYTES_PER_CELL);
/** A sheet with more cells than this in its used range is not scanned (the user selects the table). */
export const MAX_SCAN_CELLS = 500_000;
export interface CellBlock {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

const codeOf = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";

/** Bytes of a string in UTF-8, as it travels. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}

/** What the cells of a block took in the response, per cell (at least BYTES_PER_CELL). */
export function measureBytesPerCell(block: CellBlock): number {
  const cells = block.values.reduce((n, row) => n + row.length, 0);
  if (cells === 0) return BYTES_PER_CELL;
  const bytes =
    utf8Bytes(JSON.stringify(block.values)) +
    utf8Bytes(JSON.stringify(block.valueTypes)) +
    utf8Bytes(JSON.stringify(block.formulas)) +
    utf8Bytes(JSON.stringify(block.numberFormat));
  return Math.max(BYTES_PER_CELL, Math.ceil((bytes * 1.1) / cells));
}

/** Row slices of an area, each of at most `cells` cells. */
export function slices(area: Area, cells = BUDGET_CELLS): Area[] {
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(cells / width));
  const out: Area[] = [];
  for (let top = area.top; top <= area.bottom; top += rows)
    out.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
  return out;
}

export const areaAddress = (a: Area) => `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;

/**
 * Reads areas of worksheets in as few syncs as the budget allows: areas sliced and grouped so
 * that each sync's estimated response (cells × bytes per cell) stays within READ_BUDGET_BYTES.
 * A response Excel still finds too large (long texts) is asked again in halves.
 */
export async function readAreas(
  context: Excel.RequestContext,
  requests: { sheet: Excel.Worksheet; area: Area; bytesPerCell?: number }[],
): Promise<CellBlock[]> {
  const out: CellBlock[] = new Array(requests.length);
  const pieces = requests.flatMap((r, i) => {
    const bpc = r.bytesPerCell ?? BYTES_PER_CELL;
    return slices(r.area, Math.floor(READ_BUDGET_BYTES / bpc)).map((area) => ({
      i,
      area,
      sheet: r.sheet,
      bytes: cellsOf(area) * bpc,
    }));
  });
  const parts: { i: number; area: Area; block: CellBlock }[] = [];
  const run = async (group: typeof pieces): Promise<void> => {
    const ranges = group.map((p) => {
      const range = p.sheet.getRange(areaAddress(p.area));
      range.load("address,values,valueTypes,formulas,numberFormat");
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      if (codeOf(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
      const only = group[0];
      if (group.length === 1 && only && only.area.top === only.area.bottom) throw error;
      const halves =
        group.length > 1
          ? [group.slice(0, group.length >> 1), group.slice(group.length >> 1)]
          : only
            ? slices(only.area, Math.ceil(cellsOf(only.area) / 2)).map((area) => [
                { ...only, area, bytes: only.bytes / 2 },
              ])
            : [];
      for (const half of halves) await run(half);
      return;
    }
    group.forEach((p, k) => {
      const r = ranges[k] as Excel.Range;
      parts.push({
        i: p.i,
        area: p.area,
        block: {
          values: r.values,
          valueTypes: r.valueTypes as string[][],
          formulas: r.formulas,
          numberFormat: r.numberFormat,
        },
      });
    });
  };
  let group: typeof pieces = [];
  let bytes = 0;
  for (const p of pieces) {
    if (group.length > 0 && bytes + p.bytes > READ_BUDGET_BYTES) {
      await run(group);
      group = [];
      bytes = 0;
    }
    group.push(p);
    bytes += p.bytes;
  }
  if (group.length > 0) await run(group);
  parts.sort((a, b) => a.i - b.i || a.area.top - b.area.top);
  for (const part of parts) {
    const block = (out[part.i] ??= { values: [], valueTypes: [], formulas: [], numberFormat: [] });
    block.values.push(...part.block.values);
    block.valueTypes.push(...part.block.valueTypes);
    block.formulas.push(...part.block.formulas);
    block.numberFormat.push(...part.block.numberFormat);
  }
  return out;
}

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
