import { a1, parseA1 } from "../address";
import type { CellSpec, SheetSpec } from "./spec";
import { MAX_ROW_POINTS, estimateLines, heightFor } from "./rowHeight";
import { STYLES } from "./styles";

/** Font size of a cell's style (16 pt unless the style says otherwise). */
const sizeOf = (cell: CellSpec | null | undefined): number =>
  (cell?.s ? STYLES[cell.s]?.font.size : undefined) ?? 16;
const boldOf = (cell: CellSpec | null | undefined): boolean =>
  (cell?.s ? STYLES[cell.s]?.font.bold : undefined) ?? false;
/** Points a text needs in a column `width` units wide, in its style's size and weight. */
const textPointsIn = (cell: CellSpec, text: string, width: number): number =>
  heightFor(estimateLines(text, width, sizeOf(cell), boldOf(cell)), sizeOf(cell));

const EMPTY_ROW_POINTS = 18;
/** More than Excel's columns (16,384): row × this + column is unique. */
const MAX_COLUMNS = 20_000;

/**
 * A small helper the three layouts share to place cells, merges and heights, and to compute
 * each row's height from the wrapped text in it.
 */
export class SheetGrid {
  readonly rows: (CellSpec | null)[][] = [];
  readonly merges: string[] = [];
  private readonly minLines: Record<number, number> = {};
  private readonly mergedText: {
    top: number;
    bottom: number;
    width: number;
    text: string;
    cell: CellSpec;
  }[] = [];

  constructor(readonly widths: number[]) {}

  /** Puts a cell at a 1-based row and column. An empty text is an empty cell (null). */
  put(row: number, col: number, given: CellSpec): void {
    const cell = given.v === "" ? { ...given, v: null } : given;
    while (this.rows.length < row) this.rows.push([]); // dense: no holes in the spec
    const r = this.rows[row - 1] as (CellSpec | null)[];
    while (r.length < col - 1) r.push(null);
    r[col - 1] = cell;
  }

  /** Puts a row of cells from column 1. */
  putRow(row: number, cells: (CellSpec | null)[]): void {
    cells.forEach((c, i) => {
      if (c) this.put(row, i + 1, c);
    });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(`${a1(top, left)}:${a1(bottom, right)}`);
    const cell = this.rows[top - 1]?.[left - 1];
    if (cell && typeof cell.v === "string") {
      let width = 0;
      for (let c = left; c <= right; c++) width += this.widths[c - 1] ?? 10;
      this.mergedText.push({
        top,
        bottom,
        width,
        text: cell.v,
        cell,
      });
    }
  }

  /** Makes rows up to `row` exist (empty rows get the spacing height, as under a chart). */
  reserve(row: number): void {
    while (this.rows.length < row) this.rows.push([]);
  }

  atLeast(row: number, lines: number): void {
    this.minLines[row] = Math.max(this.minLines[row] ?? 1, lines);
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /**
   * Heights for every row, in points from measured text (rowHeight.ts): the tallest wrapped
   * text of its unmerged cells in its own size and weight; a merged text taller than its rows
   * spreads the difference over them; empty rows keep the spacing height.
   */
  heights(): SheetSpec["heights"] {
    // The first cells of merged areas, by row and column (a number each, not an A1 text made
    // for every cell: this runs on every cell of every sheet).
    const merged = new Set<number>();
    for (const m of this.merges) {
      const at = parseA1(m.split(":")[0] as string);
      if (at) merged.add(at.row * MAX_COLUMNS + at.column);
    }
    const points: number[] = this.rows.map((row, r) => {
      const least = this.minLines[r + 1];
      let most = least ? heightFor(least, 16) : 0;
      row.forEach((cell, c) => {
        if (!cell) return;
        const oneLine = heightFor(1, sizeOf(cell));
        const isMerged = merged.has((r + 1) * MAX_COLUMNS + c + 1);
        if (typeof cell.v !== "string" || isMerged) {
          if (cell.v !== null || !isMerged) most = Math.max(most, oneLine);
          return;
        }
        most = Math.max(most, textPointsIn(cell, cell.v, this.widths[c] ?? 10));
      });
      return most;
    });
    for (const m of this.mergedText) {
      const need = textPointsIn(m.cell, m.text, m.width);
      const span = m.bottom - m.top + 1;
      let have = 0;
      for (let r = m.top; r <= m.bottom; r++) have += points[r - 1] || heightFor(1);
      if (need > have) {
        const extra = Math.ceil((need - have) / span / 0.75) * 0.75;
        for (let r = m.top; r <= m.bottom; r++)
          points[r - 1] = (points[r - 1] || heightFor(1)) + extra;
      }
    }
    const out: SheetSpec["heights"] = {};
    points.forEach((h, r) => {
      const row = this.rows[r] ?? [];
      if (row.every((c) => c === null) && this.minLines[r + 1] === undefined) {
        out[r + 1] = EMPTY_ROW_POINTS; // spacing rows and the rows a chart sits on
        return;
      }
      out[r + 1] = Math.min(MAX_ROW_POINTS, h || heightFor(1));
    });
    return out;
  }
}
