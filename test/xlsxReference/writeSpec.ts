import type ExcelJS from "exceljs";
import { a1, parseRange, quoteSheet } from "../../src/domain/address";
import type { SheetPlacement } from "../../src/domain/layout/resolveNames";
import type {
  CellStyle,
  ConditionalFormatSpec,
  SheetSpec,
  WorkbookSpec,
} from "../../src/domain/layout/spec";
import { headerFooterCode } from "../../src/domain/layout/printSetup";
import { FONT } from "../../src/domain/layout/styles";
import { styleAreas } from "../../src/domain/layout/styleAreas";
import { safeCellValue } from "../../src/domain/sanitize";

const argb = (rgb: string) => `FF${rgb}`;

/** ExcelJS form of a named style. */
function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const line = style.border
    ? { style: style.border.style, color: { argb: argb(style.border.color) } }
    : null;
  return {
    font: {
      name: style.font.name,
      size: style.font.size,
      bold: style.font.bold ?? false,
      italic: style.font.italic ?? false,
      ...(style.font.color ? { color: { argb: argb(style.font.color) } } : {}),
    },
    ...(style.fill
      ? {
          fill: {
            type: "pattern" as const,
            pattern: "solid" as const,
            fgColor: { argb: argb(style.fill) },
          },
        }
      : {}),
    ...(line ? { border: { top: line, left: line, bottom: line, right: line } } : {}),
    alignment: {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      wrapText: style.wrap ?? false,
      ...(style.indent ? { indent: style.indent } : {}),
    },
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

/**
 * Renders a WorkbookSpec into an ExcelJS workbook: removes our earlier sheets it replaces, adds
 * the new ones under the names `placements` gives, and tags each with its defined name. It
 * decides nothing: every value, style and place comes from the spec.
 */
export function writeSpec(
  workbook: ExcelJS.Workbook,
  spec: WorkbookSpec,
  placements: SheetPlacement[],
  options: { tags?: boolean } = {},
): string[] {
  const styles = new Map(Object.entries(spec.styles).map(([name, s]) => [name, toExcelStyle(s)]));
  for (const p of placements) {
    if (!p.replaces) continue;
    const old = workbook.getWorksheet(p.replaces);
    if (old) workbook.removeWorksheet(old.id);
  }
  const existingTags = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const tags = new Set(spec.sheets.map((s) => s.tag));
  workbook.definedNames.model = existingTags.filter((n) => !tags.has(n.name));

  return placements.map((p) => {
    const sheet = spec.sheets[p.index] as SheetSpec;
    const ws = workbook.addWorksheet(p.name, {
      properties: { tabColor: { argb: argb(sheet.tabColor) } },
      views: sheet.freeze
        ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
    });
    renderSheet(ws, sheet, styles, p.tableName);
    if (options.tags !== false) workbook.definedNames.add(`${quoteSheet(p.name)}!$A$1`, sheet.tag);
    return p.name;
  });
}

function renderSheet(
  ws: ExcelJS.Worksheet,
  sheet: SheetSpec,
  styles: Map<string, Partial<ExcelJS.Style>>,
  tableName: string | null,
): void {
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (sheet.table) addTable(ws, sheet, tableName ?? sheet.table.name);
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell || (cell.v === null && !cell.f)) return;
      const target = ws.getCell(r + 1, c + 1);
      // A string is always written as a string: ExcelJS never turns "=…" text into a formula.
      // Only strings, numbers and booleans are written (safeCellValue).
      const v = safeCellValue(cell.v);
      target.value = cell.f
        ? ({ formula: cell.f, result: v ?? undefined } as ExcelJS.CellFormulaValue)
        : v;
    });
  });
  for (const [name, areas] of styleAreas(sheet)) {
    const style = styles.get(name);
    if (!style) continue;
    for (const area of areas) eachCell(area, (r, c) => (ws.getCell(r, c).style = style));
  }
  for (const m of sheet.merges) ws.mergeCells(m);
  for (const [row, height] of Object.entries(sheet.heights)) ws.getRow(Number(row)).height = height;
  for (const cf of sheet.conditionalFormats) ws.addConditionalFormatting(conditional(cf));
  for (const v of sheet.validations) {
    const formula = `"${v.list.join(",")}"`;
    eachCell(v.range, (r, c) => {
      ws.getCell(r, c).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: false,
      };
    });
  }
  writePrint(ws, sheet);
}

/**
 * The print part: A4, orientation, a fixed scale (columns are designed for the page, nothing is
 * fitted), margins, print area, print titles, header and footer, and the manual page breaks.
 */
function writePrint(ws: ExcelJS.Worksheet, sheet: SheetSpec): void {
  const p = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: p.orientation,
    scale: p.scale,
    fitToPage: false,
    horizontalCentered: true,
    margins: p.margins,
    // ExcelJS puts "$" before each corner: "A$1:G$53" is written "$A$1:$G$53".
    ...(p.area ? { printArea: p.area.replace(/\$/g, "").replace(/(\d+)/g, "$$$1") } : {}),
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0]}:${p.repeatRows[1]}` } : {}),
    // ExcelJS puts "$" before each part; "A$1" makes the reference absolute ($A$1).
    ...(p.area ? { printArea: p.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  const header = headerFooterCode(p.header, FONT);
  const footer = headerFooterCode(p.footer, FONT);
  ws.headerFooter = {
    ...ws.headerFooter,
    ...(header ? { oddHeader: header } : {}),
    ...(footer ? { oddFooter: footer } : {}),
  };
  for (const row of sheet.pageBreaks ?? []) ws.getRow(row).addPageBreak();
}

function addTable(ws: ExcelJS.Worksheet, sheet: SheetSpec, name: string): void {
  const t = sheet.table;
  const area = t ? parseRange(t.range) : null;
  if (!t || !area) return;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = area.top + 1; r <= area.bottom; r++) {
    const row = sheet.rows[r - 1] ?? [];
    rows.push(t.columns.map((_, i) => (row[area.left - 1 + i]?.v ?? null) as ExcelJS.CellValue));
  }
  ws.addTable({
    name,
    ref: a1(area.top, area.left),
    headerRow: true,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: false },
    columns: t.columns.map((name) => ({ name, filterButton: true })),
    rows: rows.length > 0 ? rows : [t.columns.map(() => null)],
  });
}

function conditional(cf: ConditionalFormatSpec): ExcelJS.ConditionalFormattingOptions {
  switch (cf.kind) {
    case "sign":
      return {
        ref: cf.range,
        rules: [
          {
            type: "cellIs",
            operator: "lessThan",
            formulae: [0],
            priority: 1,
            style: { font: { color: { argb: argb(cf.negative) } } },
          },
          {
            type: "cellIs",
            operator: "greaterThan",
            formulae: [0],
            priority: 2,
            style: { font: { color: { argb: argb(cf.positive) } } },
          },
        ],
      };
    case "below":
      return {
        ref: cf.range,
        rules: [
          {
            type: "cellIs",
            operator: "lessThan",
            formulae: [cf.threshold],
            priority: 1,
            style: { font: { color: { argb: argb(cf.color) }, bold: cf.bold } },
          },
        ],
      };
    case "dataBar":
      return {
        ref: cf.range,
        rules: [
          {
            type: "dataBar",
            priority: 1,
            gradient: false,
            minLength: 0,
            maxLength: 100,
            cfvo: [
              { type: "num", value: cf.min },
              { type: "num", value: cf.max },
            ],
            color: { argb: argb(cf.color) },
          } as ExcelJS.DataBarRuleType,
        ],
      };
  }
}

function eachCell(range: string, fn: (row: number, col: number) => void): void {
  const area = parseRange(range);
  if (!area) return;
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) fn(r, c);
}
