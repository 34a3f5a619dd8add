import { a1, columnLetter } from "../../domain/address";
import type {
  CellStyle,
  ChartKind,
  ChartMarker,
  ChartSpec,
  ConditionalFormatSpec,
  SheetSpec,
  WorkbookSpec,
} from "../../domain/layout/spec";
import { styleAreas } from "../../domain/layout/styleAreas";
import type { Features } from "./features";
import { applyPageLayout } from "./preparePrint";

/** Excel draws a width of w characters as trunc(7w) + 5 pixels; Office.js takes points. */
export const widthToPoints = (units: number) => (Math.trunc(units * 7) + 5) * 0.75;

/** Excel's largest row height, in points: a taller row is refused. */
export const MAX_ROW_HEIGHT = 409;

/** Rows of a sheet, 1-based and inclusive: the part of its content one request writes. */
export interface RowSpan {
  from: number;
  to: number;
}

/** A sheet's rows and columns: what its values array covers. */
export function sheetSize(sheet: SheetSpec): { rows: number; cols: number } {
  return {
    rows: sheet.rows.length,
    cols: Math.max(sheet.widths.length, ...sheet.rows.map((r) => r.length)),
  };
}

/** The top and bottom rows of a merged area ("B3:D5" → [3, 5]). */
export function mergeRows(merge: string): [number, number] {
  const [from, to] = merge.split(":");
  const top = Number(/\d+/.exec(from ?? "")?.[0] ?? 0);
  return [top, Number(/\d+/.exec(to ?? from ?? "")?.[0] ?? top)];
}

/**
 * Queues the content of one spec sheet on a worksheet: values and formulas as one 2-D array,
 * number formats as one 2-D array (text cells get "@" so Excel never parses them), formats once
 * per style over its range areas, merges, sizes, conditional formats, validation and the table.
 * This is the part of a Generate that is all-or-nothing. Queues only: the caller syncs.
 *
 * `span` limits it to some rows, for a sheet too large for one request: their values, formats,
 * merges (those starting there: spans never cut a merge) and heights; the column widths go with
 * the first rows, conditional formats, validation and the table with the last.
 */
export function renderContent(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  features: Features,
  tableName: string | null,
  span?: RowSpan,
): void {
  const size = sheetSize(sheet);
  const { cols } = size;
  const from = span?.from ?? 1;
  const to = span?.to ?? size.rows;
  if (to >= from && cols > 0) {
    const range = ws.getRange(`A${from}:${a1(to, cols)}`);
    const formats: string[][] = [];
    const formulas: (string | number | boolean)[][] = [];
    for (let r = from - 1; r < to; r++) {
      const fRow: string[] = [];
      const vRow: (string | number | boolean)[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = sheet.rows[r]?.[c] ?? null;
        const style = cell?.s ? spec.styles[cell.s] : undefined;
        const isText = typeof cell?.v === "string" && !cell.f;
        fRow.push(isText ? "@" : (style?.numberFormat ?? "General"));
        vRow.push(cell?.f ? `=${cell.f}` : (cell?.v ?? ""));
      }
      formats.push(fRow);
      formulas.push(vRow);
    }
    range.numberFormat = formats;
    range.formulas = formulas;
  }
  const areasByStyle = span
    ? shiftAreas(styleAreas({ rows: sheet.rows.slice(from - 1, to) }), from - 1)
    : styleAreas(sheet);
  for (const [name, areas] of areasByStyle) {
    const style = spec.styles[name];
    if (!style) continue;
    if (features.rangeAreas) applyStyle(ws.getRanges(areas.join(",")).format, style, features);
    else for (const area of areas) applyStyle(ws.getRange(area).format, style, features);
  }
  for (const m of sheet.merges) {
    const top = mergeRows(m)[0];
    if (top >= from && top <= to) ws.getRange(m).merge(false);
  }
  if (from === 1)
    sheet.widths.forEach((w, i) => {
      ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth =
        widthToPoints(w);
    });
  for (const [first, last, height] of runsOfEqualHeight(sheet.heights)) {
    const a = Math.max(first, from);
    const b = Math.min(last, to);
    if (a <= b)
      ws.getRange(`${a}:${b}`).format.rowHeight = Math.min(MAX_ROW_HEIGHT, Math.max(0, height));
  }
  if (to < size.rows) return;
  for (const cf of sheet.conditionalFormats) addConditionalFormat(ws, cf);
  if (features.dataValidation) {
    for (const v of sheet.validations) {
      ws.getRange(v.range).dataValidation.rule = {
        list: { inCellDropDown: true, source: v.list.join(",") },
      };
    }
  }
  if (sheet.table) {
    const table = ws.tables.add(sheet.table.range, true);
    table.name = tableName ?? sheet.table.name;
    table.style = sheet.table.style;
    table.showBandedRows = false;
  }
}

/** Style areas of some rows, moved down to where those rows are on the sheet. */
function shiftAreas(byStyle: Map<string, string[]>, rows: number): Map<string, string[]> {
  if (rows === 0) return byStyle;
  const shift = (ref: string) => ref.replace(/(\d+)/, (n) => String(Number(n) + rows));
  const out = new Map<string, string[]>();
  for (const [name, areas] of byStyle)
    out.set(
      name,
      areas.map((a) => a.split(":").map(shift).join(":")),
    );
  return out;
}

/** The parts of a sheet that Excel may refuse without harm to its content, in separate groups. */
export type CosmeticGroup = "freeze" | "pageLayout" | "rowHeights" | "chart";
export const COSMETIC_GROUPS: CosmeticGroup[] = ["freeze", "pageLayout", "rowHeights", "chart"];

/**
 * Queues the cosmetics of one sheet, the groups asked for: freeze panes, tab colour and page
 * layout (print setup, page breaks), rows of wrapped text fitted to their text (Excel caps a row
 * at 409 pt), the chart. Panes and page breaks are cleared before they are set: safe to repeat.
 */
export function renderCosmetics(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  features: Features,
  groups: readonly CosmeticGroup[],
): void {
  if (groups.includes("freeze")) {
    ws.freezePanes.unfreeze();
    if (sheet.freeze) {
      if (sheet.freeze.columns > 0)
        ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(sheet.freeze.rows, sheet.freeze.columns)}`));
      else if (sheet.freeze.rows > 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
    }
  }
  if (groups.includes("pageLayout")) {
    ws.tabColor = `#${sheet.tabColor}`;
    if (features.pageLayout) {
      // Every PrintSpec field (preparePrint.ts); page breaks cleared first, so safe to repeat.
      applyPageLayout(ws, sheet, true);
    }
  }
  if (groups.includes("rowHeights"))
    for (const [from, to] of wrappedRows(sheet, spec))
      ws.getRange(`${from}:${to}`).format.autofitRows();
  if (groups.includes("chart")) for (const chart of sheet.charts ?? []) addChart(ws, chart);
}

/** Runs of rows holding wrapped text outside merged cells (Excel does not fit merged cells). */
export function wrappedRows(sheet: SheetSpec, spec: WorkbookSpec): [number, number][] {
  const merged = new Set<number>();
  for (const m of sheet.merges) {
    const [top, bottom] = mergeRows(m);
    for (let r = top; r <= bottom; r++) merged.add(r);
  }
  const rows: number[] = [];
  sheet.rows.forEach((row, i) => {
    const r = i + 1;
    if (merged.has(r)) return;
    if (row.some((c) => c?.s && spec.styles[c.s]?.wrap && typeof c.v === "string")) rows.push(r);
  });
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/** The spec's line as Office.js names its weight. */
const BORDER_WEIGHT: Record<NonNullable<CellStyle["border"]>["style"], "Thin"> = { thin: "Thin" };

function applyStyle(format: Excel.RangeFormat, style: CellStyle, features: Features): void {
  format.font.name = style.font.name;
  format.font.size = style.font.size;
  format.font.bold = style.font.bold ?? false;
  format.font.italic = style.font.italic ?? false;
  format.font.color = style.font.color ? `#${style.font.color}` : "#000000";
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = BORDER_WEIGHT[style.border.style];
      border.color = `#${style.border.color}`;
    }
  }
  if (style.horizontal)
    format.horizontalAlignment =
      style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical)
    format.verticalAlignment =
      style.vertical === "top" ? "Top" : style.vertical === "middle" ? "Center" : "Bottom";
  format.wrapText = style.wrap ?? false;
  if (style.indent && features.rangeAreas) format.indentLevel = style.indent;
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatSpec): void {
  const range = ws.getRange(cf.range);
  if (cf.kind === "dataBar") {
    // dataBar is a navigation property of the new format, not a value to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    const bar = range.conditionalFormats.add("DataBar").dataBar;
    bar.lowerBoundRule = { type: "Number", formula: String(cf.min) };
    bar.upperBoundRule = { type: "Number", formula: String(cf.max) };
    bar.positiveFormat.fillColor = `#${cf.color}`;
    bar.positiveFormat.gradientFill = false;
    return;
  }
  const rules: ["LessThan" | "GreaterThan", string, string, boolean][] =
    cf.kind === "sign"
      ? [
          ["LessThan", "0", cf.negative, false],
          ["GreaterThan", "0", cf.positive, false],
        ]
      : [["LessThan", String(cf.threshold), cf.color, cf.bold]];
  for (const [operator, formula, color, bold] of rules) {
    // eslint-disable-next-line office-addins/load-object-before-read
    const value = range.conditionalFormats.add("CellValue").cellValue;
    value.format.font.color = `#${color}`;
    if (bold) value.format.font.bold = true;
    value.rule = { formula1: formula, operator };
  }
}

/**
 * The Excel chart type this writer adds for each kind of the spec (`Excel.ChartType`:
 * `barClustered` = "BarClustered", `columnClustered` = "ColumnClustered", `line` = "Line";
 * ExcelApi 1.1). The file writer has its own table (`XLSX_CHARTS`); `test/chartKinds.test.ts`
 * holds the two to the spec's `CHART_KINDS`.
 */
export const OFFICE_CHART_TYPES: Record<ChartKind, "BarClustered" | "ColumnClustered" | "Line"> = {
  clusteredBar: "BarClustered",
  clusteredColumn: "ColumnClustered",
  line: "Line",
};

/** `Excel.ChartMarkerStyle` of the spec's markers (ExcelApi 1.7). */
const MARKER_STYLES: Record<ChartMarker, "Circle" | "Square" | "Triangle" | "Diamond"> = {
  circle: "Circle",
  square: "Square",
  triangle: "Triangle",
  diamond: "Diamond",
};

/**
 * Queues one chart of the spec: `charts.add(type, first series' values, "Columns")` (ExcelApi
 * 1.1; the fake records the type, source and series as given, test/fakeExcel/charts.ts and its
 * README, "charts"), then its title, position, legend, axes, labels and each series' name,
 * values and categories (`series.add`, `setValues`: ExcelApi 1.7) and colour: a bar's fill
 * (`format.fill.setSolidColor`), a line's stroke (`format.line.color`, ExcelApi 1.1) and its
 * markers (`markerStyle`, `markerSize`, `markerBackgroundColor`, `markerForegroundColor`:
 * ExcelApi 1.7, the add-in's lowest set).
 *
 * @throws {RangeError} for a kind this writer does not draw.
 */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const type = OFFICE_CHART_TYPES[spec.kind] as string | undefined;
  if (!type) throw new RangeError(`addChart: no Excel chart type for the kind "${spec.kind}"`);
  const first = spec.series[0];
  if (!first) return;
  const line = spec.kind === "line";
  const chart = ws.charts.add(type as Excel.ChartType, ws.getRange(first.values), "Columns");
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  if (spec.legend === false) chart.legend.visible = false;
  else chart.legend.position = spec.legendAt === "right" ? "Right" : "Bottom";
  // Bars list the first category at the top, as the table above does.
  if (spec.kind === "clusteredBar") chart.axes.categoryAxis.reversePlotOrder = true;
  if (spec.axis) {
    chart.axes.valueAxis.minimum = spec.axis.min;
    chart.axes.valueAxis.maximum = spec.axis.max;
    if (spec.axis.majorUnit) chart.axes.valueAxis.majorUnit = spec.axis.majorUnit;
  }
  if (spec.dataLabels) {
    chart.dataLabels.showValue = true;
    // A line's labels go above its points (OutsideEnd is a bar's position only).
    chart.dataLabels.position = line ? "Top" : "OutsideEnd";
  }
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(ws.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(ws.getRange(spec.categories));
    if (!line) {
      series.format.fill.setSolidColor(`#${s.color}`);
      return;
    }
    series.format.line.color = `#${s.color}`;
    series.markerStyle = s.marker ? MARKER_STYLES[s.marker] : "None";
    if (s.marker) {
      series.markerSize = 7;
      series.markerBackgroundColor = `#${s.color}`;
      series.markerForegroundColor = `#${s.color}`;
    }
  });
}

/** Consecutive rows of the same height, as [from, to, height]. */
function runsOfEqualHeight(heights: Record<number, number>): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const [row, h] of Object.entries(heights)
    .map(([r, v]) => [Number(r), v] as const)
    .sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1 && last[2] === h) last[1] = row;
    else runs.push([row, row, h]);
  }
  return runs;
}
