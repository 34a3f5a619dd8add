import { a1 } from "../address";
import type { Analysis } from "../analyse/types";
import type { Lang } from "../types";
import { FLAG_LABELS, FLAG_STYLES, LABELS, SEVERITY_LABELS } from "./labels";
import { SheetGrid } from "./sheetGrid";
import type { SheetLayout } from "./spec";
import { COLORS } from "./styles";
import { tagName } from "./tag";
import { printSetup } from "./printSetup";

const WIDTHS = [44, 10, 12, 12, 11, 13, 16];
const HEADER_ROW = 8;

/** The Summary sheet: total, level, change, the indicator table, a chart and the findings. */
export function summarySheet(analysis: Analysis, lang: Lang): SheetLayout {
  const L = LABELS[lang];
  const { year, previousYear, total } = analysis;
  const g = new SheetGrid(WIDTHS);
  const last = WIDTHS.length;

  g.put(1, 1, { v: L.summaryTitle(year), s: "title" });
  g.merge(1, 1, 1, last);
  g.put(2, 1, { v: analysis.unit?.name ?? L.unitUnknown, s: "subtitle" });
  g.merge(2, 1, 2, last);

  const first = HEADER_ROW + 1;
  const lastInd = first + analysis.indicators.length - 1;
  const totalRow = lastInd + 1;
  const toolTop: Record<string, number> = {};
  analysis.indicators.forEach((ind, i) => {
    toolTop[ind.tool] ??= first + i;
  });

  // Key figures.
  g.put(4, 1, { v: L.total, s: "label" });
  g.put(4, 2, { v: total.score, s: "bigScore" });
  g.merge(4, 2, 4, 3);
  g.put(4, 4, { v: L.level, s: "label" });
  g.put(4, 5, {
    v: total.level?.label[lang] ?? L.notPresent,
    s: total.level?.passed ? "flagMaintain" : "flagImprove",
  });
  g.merge(4, 5, 4, last);
  const toolRefs = analysis.tools.map(
    (t) => `${t.weight.toFixed(2)}*${a1(toolTop[t.tool] ?? first, 6)}`,
  );
  g.put(5, 1, { v: L.computedTotal, s: "text" });
  g.put(5, 2, { v: total.computed, f: `ROUND(${toolRefs.join("+")},2)`, s: "score" });
  g.merge(5, 2, 5, 3);
  if (previousYear !== null) {
    g.put(6, 1, { v: L.previousTotal(previousYear), s: "text" });
    g.put(6, 2, { v: total.previous, s: "score" });
    g.merge(6, 2, 6, 3);
    g.put(6, 4, { v: L.change, s: "label" });
    g.put(
      6,
      5,
      total.delta === null ? { v: null, s: "delta" } : { v: total.delta, f: "B4-B6", s: "delta" },
    );
  }

  // Indicator table, as the seed's section 1.
  const prevLabel = previousYear === null ? L.notPresent : L.score(previousYear);
  g.putRow(
    HEADER_ROW,
    [L.indicator, L.tool, prevLabel, L.score(year), L.change, L.toolScore, L.result].map((v) => ({
      v,
      s: "header",
    })),
  );
  analysis.indicators.forEach((ind, i) => {
    const r = first + i;
    g.putRow(r, [
      { v: `${ind.number}. ${ind.name[lang]}`, s: "cell" },
      { v: ind.tool, s: "cellCenter" },
      { v: ind.previous, s: "score" },
      { v: ind.score, s: "score" },
      ind.delta === null
        ? { v: null, s: "delta" }
        : { v: ind.delta, f: `${a1(r, 4)}-${a1(r, 3)}`, s: "delta" },
      null,
      ind.flag
        ? { v: FLAG_LABELS[lang][ind.flag], s: FLAG_STYLES[ind.flag] }
        : { v: L.notPresent, s: "cell" },
    ]);
  });
  for (const tool of analysis.tools) {
    const rows = analysis.indicators
      .map((ind, i) => (ind.tool === tool.tool ? first + i : -1))
      .filter((r) => r > 0);
    const top = Math.min(...rows);
    g.put(top, 6, { v: tool.score, s: "scoreBold" });
    for (const r of rows) if (r !== top) g.put(r, 6, { v: null, s: "scoreBold" });
    g.merge(top, 6, Math.max(...rows), 6);
  }
  g.putRow(totalRow, [
    { v: L.total, s: "indicator" },
    { v: null, s: "indicator" },
    { v: total.previous, s: "scoreBold" },
    { v: total.score, s: "scoreBold" },
    total.delta === null
      ? { v: null, s: "deltaBold" }
      : { v: total.delta, f: `${a1(totalRow, 4)}-${a1(totalRow, 3)}`, s: "deltaBold" },
    { v: null, s: "scoreBold" },
    {
      v: total.level?.label[lang] ?? L.notPresent,
      s: total.level?.passed ? "flagMaintain" : "flagImprove",
    },
  ]);

  // Chart of the ten indicators, then the findings.
  const chartTop = totalRow + 2;
  const chartBottom = chartTop + 21;
  let r = chartBottom + 2;
  g.put(r, 1, { v: L.findingsTitle, s: "label" });
  g.merge(r, 1, r, last);
  r++;
  // Findings: detail across A–D, severity in E, cell across F–G.
  const findingRow = (
    row: number,
    detail: string,
    severity: string,
    cell: string,
    style: string,
    severityStyle: string,
  ) => {
    for (let c = 1; c <= last; c++) g.put(row, c, { v: null, s: c === 5 ? severityStyle : style });
    g.put(row, 1, { v: detail, s: style });
    g.put(row, 5, { v: severity, s: severityStyle });
    g.put(row, 6, { v: cell, s: style });
    g.merge(row, 1, row, 4);
    g.merge(row, 6, row, last);
  };
  findingRow(r, L.detail, L.severity, L.cell, "header", "header");
  if (analysis.findings.length === 0) {
    r++;
    g.put(r, 1, { v: L.findingsNone, s: "cell" });
    g.merge(r, 1, r, last);
  }
  for (const f of analysis.findings) {
    r++;
    findingRow(
      r,
      f.message[lang],
      SEVERITY_LABELS[lang][f.severity],
      f.cell ?? "—",
      "cell",
      f.severity === "error" ? "warningCell" : "cellCenter",
    );
  }

  return {
    kind: "summary",
    year,
    name: L.summaryName(year),
    tag: tagName("summary", year),
    rows: g.rows,
    widths: WIDTHS,
    heights: g.heights(),
    merges: g.merges,
    freeze: { rows: 2, columns: 0 },
    conditionalFormats: [
      {
        kind: "dataBar",
        range: `${a1(first, 3)}:${a1(lastInd, 4)}`,
        color: COLORS.bar,
        min: 0,
        max: 100,
      },
      {
        kind: "sign",
        range: `${a1(first, 5)}:${a1(totalRow, 5)}`,
        negative: COLORS.red,
        positive: COLORS.green,
      },
      { kind: "sign", range: "E6:E6", negative: COLORS.red, positive: COLORS.green },
    ],
    validations: [],
    chart: {
      kind: "clusteredBar",
      title: L.chartTitle(year, previousYear),
      categories: `${a1(first, 1)}:${a1(lastInd, 1)}`,
      series: [
        ...(previousYear === null
          ? []
          : [
              {
                name: String(previousYear),
                values: `${a1(first, 3)}:${a1(lastInd, 3)}`,
                color: COLORS.barPrevious,
              },
            ]),
        { name: String(year), values: `${a1(first, 4)}:${a1(lastInd, 4)}`, color: COLORS.bar },
      ],
      from: a1(chartTop, 1),
      to: a1(chartBottom, last),
    },
    print: printSetup(lang, undefined),
    tabColor: "2F5597",
  };
}
