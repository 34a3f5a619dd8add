import { parseRange, quoteSheet } from "../../domain/address";
import type { ChartKind, ChartMarker, ChartSpec, SheetSpec } from "../../domain/layout/spec";

const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const FONT = `<a:latin typeface="TH SarabunPSK"/><a:cs typeface="TH SarabunPSK"/>`;
const txPr = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${bold ? ' b="1"' : ""}>${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;

/** Values of a one-column range of the spec sheet, for the chart's cache. */
function cached(sheet: SheetSpec, range: string): (string | number | null)[] {
  const area = parseRange(range);
  if (!area) return [];
  const out: (string | number | null)[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const v = sheet.rows[r - 1]?.[area.left - 1]?.v ?? null;
    out.push(typeof v === "boolean" ? String(v) : v);
  }
  return out;
}

const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/**
 * How this writer draws each kind of chart in DrawingML: the plot element, the bars' direction,
 * and whether the categories run down the side (first at the top) or along the bottom. The
 * Office writer has its own table (`OFFICE_CHART_TYPES`); `test/chartKinds.test.ts` holds the
 * two to the spec's `CHART_KINDS`.
 */
export const XLSX_CHARTS: Record<
  ChartKind,
  { plot: "barChart" | "lineChart"; barDir?: "bar" | "col"; categoriesDown: boolean }
> = {
  clusteredBar: { plot: "barChart", barDir: "bar", categoriesDown: true },
  clusteredColumn: { plot: "barChart", barDir: "col", categoriesDown: false },
  line: { plot: "lineChart", categoriesDown: false },
};

/** DrawingML's names of the spec's markers (ST_MarkerStyle). */
const MARKERS: Record<ChartMarker, string> = {
  circle: "circle",
  square: "square",
  triangle: "triangle",
  diamond: "diamond",
};

/**
 * DrawingML for one chart of the spec: clustered bars (horizontal, categories top to bottom,
 * their labels at the left edge even when bars go below zero), clustered columns, or lines with
 * a marker at each point; with optional axis bounds, value labels and legend.
 *
 * @throws {RangeError} for a kind this writer does not draw.
 */
export function chartXml(chart: ChartSpec, sheet: SheetSpec, sheetName: string): string {
  const how = XLSX_CHARTS[chart.kind] as (typeof XLSX_CHARTS)[ChartKind] | undefined;
  if (!how) throw new RangeError(`chartXml: no DrawingML for the chart kind "${chart.kind}"`);
  const line = how.plot === "lineChart";
  const ref = (range: string) => `${esc(quoteSheet(sheetName))}!${absolute(range)}`;
  const cats = cached(sheet, chart.categories);
  const catXml = `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f><c:strCache><c:ptCount val="${cats.length}"/>${cats
    .map((v, i) => `<c:pt idx="${i}"><c:v>${esc(String(v ?? ""))}</c:v></c:pt>`)
    .join("")}</c:strCache></c:strRef></c:cat>`;
  const labels = chart.dataLabels
    ? `<c:dLbls><c:numFmt formatCode="${line ? "0.00" : "+0.00;-0.00;0.00"}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(900)}<c:dLblPos val="${line ? "t" : "outEnd"}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    : "";
  const bounds = chart.axis
    ? `<c:max val="${chart.axis.max}"/><c:min val="${chart.axis.min}"/>`
    : "";
  const majorUnit = chart.axis?.majorUnit ? `<c:majorUnit val="${chart.axis.majorUnit}"/>` : "";
  const legend =
    chart.legend === false
      ? ""
      : `<c:legend><c:legendPos val="${chart.legendAt === "right" ? "r" : "b"}"/><c:overlay val="0"/>${txPr(1200)}</c:legend>`;
  const fill = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  const series = chart.series
    .map((s, i) => {
      const vals = cached(sheet, s.values);
      const points = vals
        .map((v, j) => (typeof v === "number" ? `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>` : ""))
        .join("");
      // CT_LineSer: spPr (the line), marker, dLbls, cat, val, smooth; CT_BarSer: spPr (the
      // fill), invertIfNegative, dLbls, cat, val.
      const look = line
        ? `<c:spPr><a:ln w="28575" cap="rnd">${fill(s.color)}<a:round/></a:ln></c:spPr>` +
          `<c:marker><c:symbol val="${s.marker ? MARKERS[s.marker] : "none"}"/>${s.marker ? `<c:size val="7"/><c:spPr>${fill(s.color)}<a:ln w="9525">${fill(s.color)}</a:ln></c:spPr>` : ""}</c:marker>`
        : `<c:spPr>${fill(s.color)}</c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `${look}${labels}` +
        `${catXml}<c:val><c:numRef><c:f>${ref(s.values)}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${vals.length}"/>${points}</c:numCache></c:numRef></c:val>${line ? `<c:smooth val="0"/>` : ""}</c:ser>`
      );
    })
    .join("");
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="50010"/><c:axId val="50020"/></c:lineChart>`
    : `<c:barChart><c:barDir val="${how.barDir ?? "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="40"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>`;
  // Columns and lines keep every category's label on one line along the bottom; bars list them
  // downwards, first at the top.
  const down = how.categoriesDown;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1">${FONT}</a:defRPr></a:pPr><a:r><a:rPr lang="th-TH" sz="1300" b="1">${FONT}</a:rPr><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    plot +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${down ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${down ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/>${txPr(900)}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/><c:axPos val="${down ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${chart.axis ? "0" : "0.0"}" sourceLinked="0"/><c:tickLblPos val="nextTo"/>${txPr(900)}<c:crossAx val="50010"/><c:crosses val="${down ? "max" : "autoZero"}"/><c:crossBetween val="between"/>${majorUnit}</c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${txPr(1200)}</c:chartSpace>`
  );
}

/** The drawing part that anchors each chart over the cells it covers (`relIds[i]` is chart i's). */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const anchor = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map((chart, i) => {
    const from = parseRange(chart.from);
    const to = parseRange(chart.to);
    return (
      `<xdr:twoCellAnchor>${anchor("from", (from?.left ?? 1) - 1, (from?.top ?? 1) - 1)}${anchor("to", to?.right ?? 8, to?.bottom ?? 20)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="ITA chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relIds[i] ?? `rId${i + 1}`}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}
