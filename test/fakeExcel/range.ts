/** Range (and RangeAreas): cells, formats, merges, reads bounded like Excel's. */
import { a1, columnLetter, columnNumber, parseRange, quoteSheet } from "../../src/domain/address";
import { ClientObject, type FakeContext } from "./context";
import { FakeOfficeError, notLoaded } from "./errors";
import { MAX_COLS, MAX_MERGED_AREAS, MAX_ROWS, MAX_ROW_HEIGHT, READ_CELL_LIMIT } from "./limits";
import { cellValue } from "./references";
import { emptyCell, type CellState, type SheetState } from "./state";
import { typedInput } from "./typedInput";

export type Area = { top: number; left: number; bottom: number; right: number };

export interface RangeTarget {
  sheet: SheetState;
  areas: Area[];
}

type Matrix = unknown[][];

export const key = (row: number, col: number) => `${row},${col}`;

/** A1 ranges, whole columns ("A:C") and whole rows ("5:7"), as Excel takes them. */
export function parseAddress(address: string): Area | null {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(address);
  if (cols)
    return {
      top: 1,
      bottom: MAX_ROWS,
      left: columnNumber(cols[1] as string),
      right: columnNumber(cols[2] as string),
    };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COLS };
  return parseRange(address);
}

/** An area as Excel writes it: whole columns as "A:E", whole rows as "5:7". */
export function areaText(a: Area): string {
  if (a.top === 1 && a.bottom === MAX_ROWS)
    return `${columnLetter(a.left)}:${columnLetter(a.right)}`;
  if (a.left === 1 && a.right === MAX_COLS) return `${a.top}:${a.bottom}`;
  return a.top === a.bottom && a.left === a.right
    ? a1(a.top, a.left)
    : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
}

/** How Excel prefixes an address with its sheet: quoted unless a plain name. */
export const sheetPrefix = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quoteSheet(name);

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function intersect(a: Area, b: Area): Area | null {
  if (!overlaps(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

const cellsOf = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

export function usedArea(s: SheetState, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [k, cell] of Object.entries(s.cells)) {
    const blank = cell.value === null && cell.formula === null && cell.error === null;
    if (blank && (valuesOnly || Object.keys(cell.format).length === 0)) continue;
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (!area) area = { top: r, left: c, bottom: r, right: c };
    else {
      if (r < area.top) area.top = r;
      if (r > area.bottom) area.bottom = r;
      if (c < area.left) area.left = c;
      if (c > area.right) area.right = c;
    }
  }
  return area;
}

export function guardProtected(s: SheetState): void {
  if (s.protected) throw new FakeOfficeError("AccessDenied", `the sheet ${s.name} is protected`);
}

export class FakeRange extends ClientObject<RangeTarget> {
  requires = 1;
  constructor(
    ctx: FakeContext,
    resolver: () => RangeTarget | null,
    readonly label: string,
  ) {
    super(ctx, resolver);
  }
  areaAddress(): string {
    const t = this.resolve();
    return t ? t.areas.map(areaText).join(",") : this.label;
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const area = t.areas[0] as Area;
    const grid = <V>(fn: (cell: CellState) => V): V[][] => {
      if (t.areas.length > 1)
        throw new FakeOfficeError("InvalidOperation", "RangeAreas has no cell values");
      if (cellsOf(area) > READ_CELL_LIMIT)
        throw new FakeOfficeError(
          "RangeExceedsLimit",
          `a read of ${cellsOf(area)} cells exceeds the limit of ${READ_CELL_LIMIT}`,
        );
      const out: V[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: V[] = [];
        for (let c = area.left; c <= area.right; c++)
          row.push(fn(t.sheet.cells[key(r, c)] ?? emptyCell()));
        out.push(row);
      }
      return out;
    };
    const state = this.ctx.state;
    const shown = (c: CellState) => cellValue(state, t.sheet.name, c);
    switch (prop) {
      case "address":
        return t.areas.map((a) => `${sheetPrefix(t.sheet.name)}!${areaText(a)}`).join(",");
      case "values":
        return grid((c) => {
          const v = shown(c);
          return v.error ?? v.value ?? "";
        });
      case "valueTypes":
        return grid((c) => {
          const v = shown(c);
          return v.error
            ? "Error"
            : v.value === null
              ? "Empty"
              : typeof v.value === "number"
                ? "Double"
                : typeof v.value === "boolean"
                  ? "Boolean"
                  : "String";
        });
      case "formulas":
        return grid((c) => c.formula ?? shown(c).error ?? c.value ?? "");
      case "numberFormat":
        return grid((c) => c.numberFormat);
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "cellCount":
        return t.areas.reduce((n, a) => n + cellsOf(a), 0);
      case "areaCount":
        return t.areas.length;
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property ${prop}`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get values(): Matrix {
    return this.get("values");
  }
  set values(m: Matrix) {
    this.setCells("Range.values.set", m, (cell, v) => writeTyped(cell, v));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): Matrix {
    return this.get("formulas");
  }
  set formulas(m: Matrix) {
    this.setCells("Range.formulas.set", m, (cell, v) => writeTyped(cell, v));
  }
  get numberFormat(): Matrix {
    return this.get("numberFormat");
  }
  set numberFormat(m: Matrix) {
    this.setCells("Range.numberFormat.set", m, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }
  private setCells(kind: string, m: Matrix, fn: (cell: CellState, v: unknown) => void): void {
    this.write(kind, 1, m, (t) => {
      guardProtected(t.sheet);
      const area = t.areas[0] as Area;
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (
        !Array.isArray(m) ||
        m.length !== rows ||
        m.some((row) => !Array.isArray(row) || row.length !== cols)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
        );
      }
      m.forEach((row, r) =>
        row.forEach((v, c) => {
          const k = key(area.top + r, area.left + c);
          const cell = (t.sheet.cells[k] ??= emptyCell());
          fn(cell, v);
        }),
      );
    });
  }
  /** Clears contents and formats (and merges, conditional formats and validation) of the area. */
  clear(): void {
    this.write("Range.clear", 1, undefined, (t) => {
      guardProtected(t.sheet);
      const s = t.sheet;
      for (const area of t.areas) {
        for (const k of Object.keys(s.cells)) {
          const [r, c] = k.split(",").map(Number) as [number, number];
          if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right)
            delete s.cells[k];
        }
        s.merges = s.merges.filter((m) => !overlaps(parseRange(m) as Area, area));
        s.conditionalFormats = s.conditionalFormats.filter(
          (cf) => !overlaps(parseAddress(String(cf.range).split(",")[0] ?? "") as Area, area),
        );
        s.validations = s.validations.filter(
          (v) => !overlaps(parseAddress(v.range.split(",")[0] ?? "") as Area, area),
        );
      }
    });
  }
  unmerge(): void {
    this.write("Range.unmerge", 2, undefined, (t) => {
      guardProtected(t.sheet);
      const area = t.areas[0] as Area;
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(parseRange(m) as Area, area));
    });
  }
  merge(across?: boolean): void {
    this.write("Range.merge", 1, across, (t) => {
      guardProtected(t.sheet);
      const area = t.areas[0] as Area;
      if (t.sheet.merges.some((m) => overlaps(parseRange(m) as Area, area)))
        throw new FakeOfficeError("InvalidArgument", "merged areas cannot overlap");
      if (t.sheet.tables.some((tb) => overlaps(parseRange(tb.range) as Area, area)))
        throw new FakeOfficeError("InvalidOperation", "cells in a table cannot be merged");
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r === area.top && c === area.left) continue;
          const cell = t.sheet.cells[key(r, c)];
          if (cell) Object.assign(cell, { value: null, formula: null, error: null });
        }
      }
      t.sheet.merges.push(`${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`);
    });
  }
  select(): void {
    this.write("Range.select", 1, undefined, (t) => {
      this.ctx.state.selection = `${quoteSheet(t.sheet.name)}!${this.areaAddress()}`;
    });
  }
  /**
   * ExcelApi 1.13. The merged areas whose top-left cell lies in the range (only those: office-js
   * #3611); more than 512 of them make the call fail, as its reference page warns. The page does
   * not name the error: GeneralException here.
   */
  getMergedAreasOrNullObject(): FakeRange {
    const range = new FakeRange(
      this.ctx,
      () => {
        const t = this.parent("getMergedAreasOrNullObject");
        if (!t) return null;
        const area = t.areas[0] as Area;
        const areas = t.sheet.merges
          .map((m) => parseRange(m) as Area)
          .filter((m) => m.top >= area.top && m.top <= area.bottom)
          .filter((m) => m.left >= area.left && m.left <= area.right);
        if (areas.length > MAX_MERGED_AREAS)
          throw new FakeOfficeError(
            "GeneralException",
            `${areas.length} merged areas: getMergedAreasOrNullObject fails over ${MAX_MERGED_AREAS}`,
          );
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      "merged",
    );
    range.requires = 13;
    return range;
  }
  /** A row of the range, by its 0-based index in it. */
  getRow(index: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.must();
        const area = t.areas[0] as Area;
        const row = area.top + index;
        if (index < 0 || row > area.bottom)
          throw new FakeOfficeError("InvalidArgument", `row ${index} is outside the range`);
        return { sheet: t.sheet, areas: [{ ...area, top: row, bottom: row }] };
      },
      "row",
    );
  }
  /** The smallest range holding this one and another on the same sheet. */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.must();
        const o =
          typeof other === "string"
            ? { sheet: t.sheet, areas: [parseAddress(other) as Area] }
            : other.must();
        if (o.sheet !== t.sheet)
          throw new FakeOfficeError("InvalidArgument", "ranges on different sheets");
        const a = t.areas[0] as Area;
        const b = o.areas[0] as Area;
        return {
          sheet: t.sheet,
          areas: [
            {
              top: Math.min(a.top, b.top),
              left: Math.min(a.left, b.left),
              bottom: Math.max(a.bottom, b.bottom),
              right: Math.max(a.right, b.right),
            },
          ],
        };
      },
      "bounding",
    );
  }
  /**
   * What office.js sends before a large array written in slices of 1,500 cells (its
   * setRangePropertiesInBulk): Excel checks the whole array's shape against the range.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this.write("Range._ValidateArraySize", 3, [rows, columns], (t) => {
      const area = t.areas[0] as Area;
      if (rows !== area.bottom - area.top + 1 || columns !== area.right - area.left + 1)
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
    });
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.parent("getIntersectionOrNullObject");
        if (!t) return null;
        const o =
          typeof other === "string"
            ? { sheet: t.sheet, areas: [parseAddress(other) as Area] }
            : other.parent("getIntersectionOrNullObject");
        if (!o) return null;
        if (o.sheet !== t.sheet)
          throw new FakeOfficeError("InvalidArgument", "ranges on different sheets");
        const area = intersect(t.areas[0] as Area, o.areas[0] as Area);
        return area ? { sheet: t.sheet, areas: [area] } : null;
      },
      "intersection",
    );
  }
  get format(): Record<string, unknown> {
    return formatProxy(this, "");
  }
  get conditionalFormats() {
    return {
      clearAll: () =>
        this.write("ConditionalFormatCollection.clearAll", 6, undefined, (t) => {
          guardProtected(t.sheet);
          for (const area of t.areas)
            t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
              (cf) => !overlaps(parseAddress(String(cf.range).split(",")[0] ?? "") as Area, area),
            );
        }),
      add: (type: string) => {
        const record: Record<string, unknown> = { type, range: this.label };
        this.write("ConditionalFormatCollection.add", 6, type, (t) => {
          guardProtected(t.sheet);
          record.range = this.areaAddress();
          t.sheet.conditionalFormats.push(record);
        });
        const sub = (name: string) =>
          recordingProxy(this.ctx, `ConditionalFormat.${name}`, record, name);
        return { dataBar: sub("dataBar"), cellValue: sub("cellValue") };
      },
    };
  }
  get dataValidation() {
    const queue = (rule: unknown) =>
      this.write("DataValidation.rule.set", 8, rule, (t) => {
        t.sheet.validations.push({ range: this.areaAddress(), rule });
      });
    const clear = () =>
      this.write("DataValidation.clear", 8, undefined, (t) => {
        for (const area of t.areas)
          t.sheet.validations = t.sheet.validations.filter(
            (v) => !overlaps(parseAddress(v.range.split(",")[0] ?? "") as Area, area),
          );
      });
    return {
      set rule(rule: unknown) {
        queue(rule);
      },
      clear,
    };
  }
  /** For format proxies: a method of RangeFormat (autofitRows, autofitColumns). */
  formatMethod(name: string): void {
    this.write(`RangeFormat.${name}`, 2, undefined, (t) => {
      guardProtected(t.sheet);
      if (name !== "autofitRows") return;
      const lines = new Map<number, number>();
      for (const [k, cell] of Object.entries(t.sheet.cells)) {
        const [r, c] = k.split(",").map(Number) as [number, number];
        if (!t.areas.some((a) => r >= a.top && r <= a.bottom)) continue;
        lines.set(r, Math.max(lines.get(r) ?? 1, linesOf(t.sheet, c, cell)));
      }
      for (const area of t.areas)
        for (let r = area.top; r <= Math.min(area.bottom, 100_000); r++)
          t.sheet.rowHeights[r] = Math.min(MAX_ROW_HEIGHT, 15 * (lines.get(r) ?? 1));
    });
  }
  /** For format proxies: apply a value to every cell (or column, or row) of every area. */
  applyFormat(path: string, value: unknown): void {
    const version = path === "indentLevel" ? 9 : this.requires;
    this.write(`RangeFormat.${path}.set`, version, value, (t) => {
      guardProtected(t.sheet);
      for (const area of t.areas) {
        if (path === "columnWidth" || path === "useStandardWidth") {
          for (let c = area.left; c <= Math.min(area.right, 1000); c++)
            if (path === "columnWidth") t.sheet.columnWidths[c] = Number(value);
            else delete t.sheet.columnWidths[c];
          if (path === "useStandardWidth")
            for (const c of Object.keys(t.sheet.columnWidths).map(Number))
              if (c >= area.left && c <= area.right) delete t.sheet.columnWidths[c];
          continue;
        }
        if (path === "rowHeight" || path === "useStandardHeight") {
          if (path === "rowHeight" && (Number(value) < 0 || Number(value) > MAX_ROW_HEIGHT))
            throw new FakeOfficeError(
              "InvalidArgument",
              `row height ${String(value)} is outside 0–${MAX_ROW_HEIGHT} points`,
            );
          if (path === "rowHeight")
            for (let r = area.top; r <= area.bottom; r++) t.sheet.rowHeights[r] = Number(value);
          else
            for (const r of Object.keys(t.sheet.rowHeights).map(Number))
              if (r >= area.top && r <= area.bottom) delete t.sheet.rowHeights[r];
          continue;
        }
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const cell = (t.sheet.cells[key(r, c)] ??= emptyCell());
            cell.format[path] = value;
          }
        }
      }
    });
  }
}

/** Lines a cell's wrapped text takes in the fake's autofit (15 pt a line, ≤ 409 pt a row). */
function linesOf(s: SheetState, col: number, cell: CellState): number {
  if (typeof cell.value !== "string" || cell.format.wrapText !== true) return 1;
  const width = s.columnWidths[col] ?? 48;
  return Math.max(1, Math.ceil((cell.value.length * 5.5) / width));
}

/** range.format, range.format.font, range.format.borders.getItem(edge), …: setters only. */
function formatProxy(range: FakeRange, path: string): Record<string, unknown> {
  const children = new Set(["font", "fill", "borders"]);
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop: string) => {
      if (children.has(prop)) return formatProxy(range, `${path}${prop}.`);
      if (prop === "getItem") return (edge: string) => formatProxy(range, `${path}${edge}.`);
      if (path === "" && (prop === "autofitRows" || prop === "autofitColumns"))
        return () => range.formatMethod(prop);
      throw notLoaded(`${path}${prop}`);
    },
    set: (_t, prop: string, value) => {
      range.applyFormat(`${path}${prop}`, value);
      return true;
    },
  });
}

/** A child object whose property sets are recorded into a parent record (chart, CF). */
export function recordingProxy(
  ctx: FakeContext,
  kind: string,
  record: Record<string, unknown>,
  path: string,
): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, prop: string) => {
      if (typeof prop !== "string") return undefined;
      return recordingProxy(ctx, kind, record, `${path}.${prop}`);
    },
    set: (_t, prop: string, value) => {
      ctx.enqueue(`${kind}.${prop}.set`, 1, value, () => {
        record[`${path}.${prop}`] = value;
      });
      return true;
    },
  });
}

function writeTyped(cell: CellState, v: unknown): void {
  cell.error = null;
  if (v === null || v === undefined || v === "") {
    cell.value = null;
    cell.formula = null;
    return;
  }
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    cell.formula = null;
    return;
  }
  if (typeof v !== "string")
    throw new FakeOfficeError("InvalidArgument", `cannot write ${typeof v} to a cell`);
  const read = typedInput(v, cell.numberFormat);
  cell.value = read.value;
  cell.formula = read.formula;
}
