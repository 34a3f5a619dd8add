/**
 * Our sheets as package parts, written straight from the WorkbookSpec for the file path (the
 * merge into the user's package, mergePackage.ts). Building them with ExcelJS, zipping, reading
 * the zip back and rewriting its XML was most of the time of the command line on a small
 * workbook; this writes the same sheets directly: cells (text inline), styles, merges, column
 * widths, row heights, frozen panes, conditional formats, list validations, the table, print
 * setup (margins, scale, area, titles, header and footer, page breaks) and the chart. The
 * ExcelJS writer (writeSpec.ts) stays the reference: xlsx/directParts.test.ts reads both outputs
 * back and compares them.
 */
import { a1, columnLetter, parseRange, quoteSheet } from "../../domain/address";
import { headerFooterCode } from "../../domain/layout/printSetup";
import type {
  CellSpec,
  CellStyle,
  SpecValue,
  ConditionalFormatSpec,
  SheetSpec,
  WorkbookSpec,
} from "../../domain/layout/spec";
import { FONT } from "../../domain/layout/styles";
import { safeCellValue } from "../../domain/sanitize";
import { chartXml, drawingXml } from "./chartXml";
import { encodeXml, NS_REL } from "./ooxml";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Built-in number formats (ECMA-376 §18.8.30) our styles may use; others get ids from 164. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "@": 49,
};

/** Style indexes of the merged styles.xml (mergePackage.ts `mergeStyles`). */
export interface StyleMap {
  xf: (s: number) => number;
  dxf: (d: number) => number;
}

/** Our styles as a styles.xml of their own, and the cell format of each named style in it. */
export interface OurStyles {
  xml: string;
  xfOf: Map<string, number>;
  /** The differential formats of the sheets' conditional formats, in sheet order, from 0. */
  dxfs: string[];
  /** Each spec sheet's first differential format in `dxfs`. */
  dxfStart: number[];
}

const argb = (rgb: string) => `FF${rgb}`;

function fontXml(font: CellStyle["font"]): string {
  return `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}${
    font.color ? `<color rgb="${argb(font.color)}"/>` : ""
  }<sz val="${font.size}"/><name val="${encodeXml(font.name)}"/></font>`;
}

/** A border round each cell, as the spec's style gives it. */
function borderXml(border: NonNullable<CellStyle["border"]>): string {
  const side = (edge: string) =>
    `<${edge} style="${border.style}"><color rgb="${argb(border.color)}"/></${edge}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

/**
 * A styles.xml holding the spec's named styles (one cell format each, fonts, fills and borders
 * shared) and the differential formats of the sheets' conditional formats, in sheet order.
 */
export function ourStyles(spec: WorkbookSpec): OurStyles {
  const fonts = ['<font><sz val="11"/><name val="Calibri"/></font>'];
  const fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  const borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  const numFmts: string[] = [];
  const fmtIds = new Map<string, number>();
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  const indexOf = (list: string[], item: string) => {
    const i = list.indexOf(item);
    if (i >= 0) return i;
    list.push(item);
    return list.length - 1;
  };
  const xfOf = new Map<string, number>();
  for (const [name, style] of Object.entries(spec.styles)) {
    const fontId = indexOf(fonts, fontXml(style.font));
    const fillId = style.fill
      ? indexOf(
          fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = style.border ? indexOf(borders, borderXml(style.border)) : 0;
    let numFmtId = 0;
    if (style.numberFormat) {
      const code = style.numberFormat;
      numFmtId = BUILTIN_FORMATS[code] ?? fmtIds.get(code) ?? 164 + fmtIds.size;
      if (BUILTIN_FORMATS[code] === undefined && !fmtIds.has(code)) {
        fmtIds.set(code, numFmtId);
        numFmts.push(`<numFmt numFmtId="${numFmtId}" formatCode="${encodeXml(code)}"/>`);
      }
    }
    const align =
      (style.horizontal ? ` horizontal="${style.horizontal}"` : "") +
      (style.vertical
        ? ` vertical="${style.vertical === "middle" ? "center" : style.vertical}"`
        : "") +
      (style.wrap ? ' wrapText="1"' : "") +
      (style.indent ? ` indent="${style.indent}"` : "");
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}>${
        align ? `<alignment${align}/>` : ""
      }</xf>`,
    );
    xfOf.set(name, xfs.length - 1);
  }
  const dxfs: string[] = [];
  const dxfStart: number[] = [];
  for (const sheet of spec.sheets) {
    dxfStart.push(dxfs.length);
    for (const cf of sheet.conditionalFormats) dxfs.push(...dxfsOf(cf));
  }
  const list = (tag: string, items: string[]) =>
    items.length ? `<${tag} count="${items.length}">${items.join("")}</${tag}>` : "";
  const xml =
    `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">${list("numFmts", numFmts)}${list("fonts", fonts)}` +
    `${list("fills", fills)}${list("borders", borders)}` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `${list("cellXfs", xfs)}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `${dxfs.length ? list("dxfs", dxfs) : '<dxfs count="0"/>'}</styleSheet>`;
  return { xml, xfOf, dxfs, dxfStart };
}

const dxfFont = (color: string, bold = false) =>
  `<dxf><font>${bold ? "<b/>" : ""}<color rgb="${argb(color)}"/></font></dxf>`;

/** The differential formats one conditional format uses, in the order of its rules. */
function dxfsOf(cf: ConditionalFormatSpec): string[] {
  switch (cf.kind) {
    case "sign":
      return [dxfFont(cf.negative), dxfFont(cf.positive)];
    case "below":
      return [dxfFont(cf.color, cf.bold)];
    case "dataBar":
      return [];
  }
}

function conditionalXml(cf: ConditionalFormatSpec, dxf: () => number): string {
  const cellIs = (operator: string, value: number, priority: number) =>
    `<cfRule type="cellIs" dxfId="${dxf()}" priority="${priority}" operator="${operator}"><formula>${value}</formula></cfRule>`;
  let rules: string;
  switch (cf.kind) {
    case "sign":
      rules = cellIs("lessThan", 0, 1) + cellIs("greaterThan", 0, 2);
      break;
    case "below":
      rules = cellIs("lessThan", cf.threshold, 1);
      break;
    case "dataBar":
      rules = `<cfRule type="dataBar" priority="1"><dataBar minLength="0" maxLength="100"><cfvo type="num" val="${cf.min}"/><cfvo type="num" val="${cf.max}"/><color rgb="${argb(cf.color)}"/></dataBar></cfRule>`;
      break;
  }
  return `<conditionalFormatting sqref="${cf.range}">${rules}</conditionalFormatting>`;
}

/** Text as an inline string (spaces kept where they would be lost). */
function inlineText(text: string): string {
  const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${preserve}>${encodeXml(text)}</t></is>`;
}

/** One cell's XML: its value or formula with the cached result, in its style. */
function cellXml(ref: string, cell: CellSpec | null, v: SpecValue, xf: number | undefined): string {
  const s = xf ? ` s="${xf}"` : "";
  if (cell?.f) {
    const f = `<f>${encodeXml(cell.f)}</f>`;
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${encodeXml(v)}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === "number") return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof v === "string") return `<c r="${ref}"${s} t="inlineStr">${inlineText(v)}</c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/** A sheet's parts besides the worksheet, each with the relationship id the worksheet uses. */
export interface SheetLinks {
  tableRid?: string;
  drawingRid?: string;
}

/**
 * The worksheet XML of one sheet, with the merged styles' indexes. `dxfStart` is the index (in
 * ours) of the sheet's first differential format.
 */
export function worksheetXml(
  sheet: SheetSpec,
  xfOf: Map<string, number>,
  map: StyleMap,
  dxfStart: number,
  links: SheetLinks,
): string {
  const xfIndex = (name: string | undefined) => {
    const ours = name === undefined ? undefined : xfOf.get(name);
    return ours === undefined ? undefined : map.xf(ours);
  };
  // A merged area takes its first cell's style in every cell, and only that cell's value.
  const covered = new Map<number, Map<number, number | undefined>>();
  for (const m of sheet.merges) {
    const area = parseRange(m);
    if (!area) continue;
    const xf = xfIndex(sheet.rows[area.top - 1]?.[area.left - 1]?.s);
    for (let r = area.top; r <= area.bottom; r++) {
      let row = covered.get(r);
      if (!row) covered.set(r, (row = new Map()));
      for (let c = area.left; c <= area.right; c++)
        if (r !== area.top || c !== area.left) row.set(c, xf);
    }
  }
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c));
  const rowsXml: string[] = [];
  const lastRow = Math.max(
    sheet.rows.length,
    ...Object.keys(sheet.heights).map(Number),
    ...covered.keys(),
  );
  let maxCol = 0;
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.rows[r - 1] ?? [];
    const merged = covered.get(r);
    const cells: string[] = [];
    const width = Math.max(row.length, ...(merged ? merged.keys() : []));
    for (let c = 1; c <= width; c++) {
      const ref = `${letter(c)}${r}`;
      if (merged?.has(c)) {
        const xf = merged.get(c);
        cells.push(`<c r="${ref}"${xf ? ` s="${xf}"` : ""}/>`);
        maxCol = Math.max(maxCol, c);
        continue;
      }
      const cell = row[c - 1];
      if (!cell) continue;
      const v = safeCellValue(cell.v);
      const hasValue = v !== null || Boolean(cell.f);
      const xf = xfIndex(cell.s);
      if (!hasValue && xf === undefined) continue;
      cells.push(cellXml(ref, hasValue ? cell : null, v, xf));
      maxCol = Math.max(maxCol, c);
    }
    const height = sheet.heights[r];
    if (cells.length === 0 && height === undefined) continue;
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    rowsXml.push(
      cells.length ? `<row r="${r}"${ht}>${cells.join("")}</row>` : `<row r="${r}"${ht}/>`,
    );
  }

  const parts: string[] = [];
  parts.push(`<sheetPr><tabColor rgb="${argb(sheet.tabColor)}"/></sheetPr>`);
  parts.push(`<dimension ref="${maxCol > 0 ? `A1:${columnLetter(maxCol)}${lastRow}` : "A1"}"/>`);
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    const pane =
      freeze.rows > 0 && freeze.columns > 0
        ? "bottomRight"
        : freeze.rows > 0
          ? "bottomLeft"
          : "topRight";
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${
        freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ""
      }${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${a1(
        freeze.rows + 1,
        freeze.columns + 1,
      )}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  }
  parts.push('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0"/>');
  if (sheet.widths.length > 0) {
    const cols: string[] = [];
    for (let i = 0; i < sheet.widths.length;) {
      let j = i;
      while (j + 1 < sheet.widths.length && sheet.widths[j + 1] === sheet.widths[i]) j++;
      cols.push(`<col min="${i + 1}" max="${j + 1}" width="${sheet.widths[i]}" customWidth="1"/>`);
      i = j + 1;
    }
    parts.push(`<cols>${cols.join("")}</cols>`);
  }
  parts.push(rowsXml.length ? `<sheetData>${rowsXml.join("")}</sheetData>` : "<sheetData/>");
  if (sheet.merges.length > 0) {
    parts.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges
        .map((m) => `<mergeCell ref="${m}"/>`)
        .join("")}</mergeCells>`,
    );
  }
  let dxf = dxfStart;
  for (const cf of sheet.conditionalFormats) parts.push(conditionalXml(cf, () => map.dxf(dxf++)));
  if (sheet.validations.length > 0) {
    parts.push(
      `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" sqref="${v.range}"><formula1>${encodeXml(
              `"${v.list.join(",")}"`,
            )}</formula1></dataValidation>`,
        )
        .join("")}</dataValidations>`,
    );
  }
  const p = sheet.print;
  const m = p.margins;
  parts.push('<printOptions horizontalCentered="1"/>');
  parts.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  parts.push(
    `<pageSetup paperSize="9" orientation="${p.orientation}" scale="${p.scale}" fitToWidth="1" fitToHeight="1"/>`,
  );
  const header = headerFooterCode(p.header, FONT);
  const footer = headerFooterCode(p.footer, FONT);
  if (header || footer) {
    parts.push(
      `<headerFooter>${header ? `<oddHeader>${encodeXml(header)}</oddHeader>` : ""}${
        footer ? `<oddFooter>${encodeXml(footer)}</oddFooter>` : ""
      }</headerFooter>`,
    );
  }
  const breaks = sheet.pageBreaks ?? [];
  if (breaks.length > 0) {
    parts.push(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
        .map((b) => `<brk id="${b}" max="16383" man="1"/>`)
        .join("")}</rowBreaks>`,
    );
  }
  if (links.drawingRid) parts.push(`<drawing r:id="${links.drawingRid}"/>`);
  if (links.tableRid)
    parts.push(`<tableParts count="1"><tablePart r:id="${links.tableRid}"/></tableParts>`);
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${parts.join("")}</worksheet>`;
}

/** The table part of a sheet's table (as ExcelJS writes one: header row, filter buttons). */
export function tableXml(sheet: SheetSpec, name: string, id: number): string | null {
  const t = sheet.table;
  const area = t ? parseRange(t.range) : null;
  if (!t || !area) return null;
  // The table covers its header and its rows (at least one, empty when there are none).
  const bottom = Math.max(area.top + 1, area.bottom);
  const ref = `${a1(area.top, area.left)}:${a1(bottom, area.left + t.columns.length - 1)}`;
  const filters = t.columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join("");
  const columns = t.columns
    .map(
      (c, i) =>
        `<tableColumn id="${i + 1}" name="${encodeXml(c)}"${
          i === 0 ? ' totalsRowLabel="Total"' : ' totalsRowFunction="none"'
        }/>`,
    )
    .join("");
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${encodeXml(name)}" displayName="${encodeXml(name)}" ref="${ref}" totalsRowShown="1" headerRowCount="1">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${encodeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>`
  );
}

/** The charts of a sheet, a part each, and the one drawing that anchors them all; null without. */
export function chartParts(
  sheet: SheetSpec,
  sheetName: string,
): { charts: string[]; drawing: (chartRids: string[]) => string } | null {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return null;
  return {
    charts: charts.map((chart) => chartXml(chart, sheet, sheetName)),
    drawing: (rids) => drawingXml(charts, rids),
  };
}

/** The print area and print titles of a sheet, as sheet-scoped defined names (value decoded). */
export function printNames(sheet: SheetSpec, sheetName: string): { name: string; text: string }[] {
  const p = sheet.print;
  const out: { name: string; text: string }[] = [];
  const where = quoteSheet(sheetName);
  if (p.area) {
    out.push({
      name: "_xlnm.Print_Area",
      text: `${where}!${p.area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
    });
  }
  if (p.repeatRows) {
    out.push({
      name: "_xlnm.Print_Titles",
      text: `${where}!$${p.repeatRows[0]}:$${p.repeatRows[1]}`,
    });
  }
  return out;
}
