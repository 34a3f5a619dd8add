/**
 * WorkbookSpec: what the domain hands a host to write. Plain data, no functions; writers only
 * render it (docs/WORKBOOK_SPEC.md).
 */
import type { SheetKind } from "./tag";

export type SpecValue = number | string | boolean | null;

/** One cell. A string `v` is always written as text, even when it starts with =, +, - or @. */
export interface CellSpec {
  v: SpecValue;
  /** A formula without the leading "=" (`C5-B5`); `v` is its cached result. */
  f?: string;
  /** Name of a style in `WorkbookSpec.styles`. */
  s?: string;
}

export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** RRGGBB */
  color?: string;
}

/** A thin line round every cell of the style, in one colour (RRGGBB). */
export interface BorderSpec {
  style: "thin";
  color: string;
}

export interface CellStyle {
  font: FontSpec;
  /** Solid fill, RRGGBB. */
  fill?: string;
  border?: BorderSpec;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  indent?: number;
  numberFormat?: string;
}

export type ConditionalFormatSpec =
  | {
      kind: "sign";
      /** A1 range on the sheet. */
      range: string;
      /** RRGGBB font colours for values below and above zero. */
      negative: string;
      positive: string;
    }
  | { kind: "dataBar"; range: string; color: string; min: number; max: number }
  | { kind: "below"; range: string; threshold: number; color: string; bold: boolean };

export interface TableSpec {
  name: string;
  /** Header row and body, e.g. "A4:I16". */
  range: string;
  columns: string[];
  style: string;
}

/**
 * The kinds of chart a spec may ask for; every writer draws each of them (the test
 * `test/chartKinds.test.ts` fails when one writer lacks a kind).
 */
export const CHART_KINDS = ["clusteredBar", "clusteredColumn", "line"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** The mark drawn at each point of a line: lines stay apart in print without colour. */
export type ChartMarker = "circle" | "square" | "triangle" | "diamond";

export interface ChartSpec {
  /**
   * Bars across (categories down the side), columns up (categories along the bottom), or lines
   * through the points of each series (categories along the bottom: years, say).
   */
  kind: ChartKind;
  title: string;
  /** Ranges on the same sheet. */
  categories: string;
  /** Each series' values (one column) and colour; a line's `marker` at each point. */
  series: { name: string; values: string; color: string; marker?: ChartMarker }[];
  /** Bounds of the value axis; Excel chooses them when absent (values of either sign). */
  axis?: { min: number; max: number; majorUnit?: number };
  /** Each bar's value written beside it with its sign (+4.68, -0.71): print needs no colour. */
  dataLabels?: boolean;
  /** A legend, one entry per series. @default true */
  legend?: boolean;
  /** Where the legend goes: under the plot, or at its right (a short chart keeps its height
   *  for the plot). @default "bottom" */
  legendAt?: "bottom" | "right";
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

/**
 * A picture placed on a sheet (the memo's emblem): the image file's bytes in base64, its type, the
 * cell its top-left corner sits in, and its size in points (the printed size at 100 %).
 */
export interface ImageSpec {
  data: string;
  type: "png" | "jpeg";
  /** Top-left cell, e.g. "A1". */
  from: string;
  width: number;
  height: number;
}

/** Rows kept on one page when they can be (an indicator and its items), and where they may split. */
export interface PrintBlock {
  top: number;
  bottom: number;
  /** Rows inside the block after which a page may end (between items); none: never split. */
  splitAfter?: number[];
  /**
   * "items": rows of a table, split only with its header repeated (print titles); "paragraphs":
   * a heading and its paragraphs, split between paragraphs. Default "items".
   */
  kind?: "items" | "paragraphs";
}

/**
 * One part of a page header or footer: plain text, in which `{page}` and `{pages}` stand for
 * the page number and the page count (writers turn them into the host's codes).
 */
export interface HeaderFooterSpec {
  left?: string;
  center?: string;
  right?: string;
}

/**
 * How a sheet prints (printSetup.ts makes it, paginate() completes it). Columns are designed for
 * A4, so a sheet prints at a fixed scale of at least 90 % rather than being shrunk to fit.
 */
export interface PrintSpec {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Percent the sheet prints at (90–100). */
  scale: number;
  /** Rows repeated at the top of each printed page (print titles), e.g. [3, 3]. */
  repeatRows?: [number, number];
  /** The printed range, e.g. "A1:G40": columns outside it (staff-only) do not print. */
  area?: string;
  /** Margins in inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  /** The agency; the document's title and page X of Y. Nothing else. */
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
  /** Blocks that pagination keeps together or splits between items only. */
  blocks?: PrintBlock[];
}

export interface SheetSpec {
  kind: SheetKind;
  /** Fiscal year the sheet is about (assessment year; plan year for the action plan). */
  year: number;
  /** The name to write; a writer may add " (2)" when a user sheet holds it. */
  name: string;
  /** The defined name that tags it as ours. */
  tag: string;
  /** Our ownership mark (`<id>:<titleHash>`, ownership.ts), written as the sheet-scoped hidden
   *  name `ITAAnalyzer_mark` with the value `="<mark>"`. */
  mark: string;
  /** Rows of cells from A1; null for an empty cell. */
  rows: (CellSpec | null)[][];
  /** Column widths in Excel's character units, from column A. */
  widths: number[];
  /** Row heights in points, by 1-based row. */
  heights: Record<number, number>;
  merges: string[];
  freeze?: { rows: number; columns: number };
  conditionalFormats: ConditionalFormatSpec[];
  validations: { range: string; list: string[] }[];
  table?: TableSpec;
  /** Native charts over the sheet's own cells, in the order they are drawn. */
  charts?: ChartSpec[];
  /** Pictures on the sheet (the memo's emblem), written after the cells. */
  images?: ImageSpec[];
  print: PrintSpec;
  tabColor: string;
  /**
   * Rows after which a printed page ends (manual page breaks), chosen by pageBreaks.ts: pages
   * at least half full, no nearly empty last page, blocks split only between items.
   */
  pageBreaks?: number[];
}

/** A sheet as a layout builds it, before `buildWorkbookSpec` gives it its mark. */
export type SheetLayout = Omit<SheetSpec, "mark">;

export interface WorkbookSpec {
  styles: Record<string, CellStyle>;
  sheets: SheetSpec[];
}
