import { agencyName, agencyPlace } from "../agency/agencyOf";
import { a1 } from "../address";
import type { Analysis } from "../analyse/types";
import type { TrendPoint } from "../followup/types";
import type { ReportText } from "../prose/types";
import type { Lang } from "../types";
import {
  bodyCells,
  columnOf,
  defineColumns,
  headerCells,
  widthsOf,
  type ColumnDef,
} from "./columns";
import { FLAG_LABELS, FLAG_STYLES, LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { SheetGrid } from "./sheetGrid";
import type { CellSpec, ChartSpec, PrintBlock, SheetLayout } from "./spec";
import { COLORS, TREND_LINES } from "./styles";
import { tagName } from "./tag";

type SummaryKey =
  | "no"
  | "indicator"
  | "tool"
  | "previous"
  | "current"
  | "change"
  | "effect"
  | "toolScore"
  | "result";

/** The indicator table's columns (A4 landscape at 90 %), defined once. */
export const SUMMARY_COLUMNS: ColumnDef<SummaryKey>[] = defineColumns<SummaryKey>([
  {
    key: "no",
    label: { th: "ที่", en: "No." },
    width: 5,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "indicator",
    label: { th: "ตัวชี้วัด", en: "Indicator" },
    width: 44,
    style: "cell",
    editable: false,
    printed: true,
  },
  {
    key: "tool",
    label: { th: "เครื่องมือ", en: "Tool" },
    width: 10,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "previous",
    label: { th: "ปีก่อน", en: "Previous" },
    width: 11,
    style: "score",
    editable: false,
    printed: true,
  },
  {
    key: "current",
    label: { th: "คะแนนปีนี้", en: "Score" },
    width: 11,
    style: "score",
    editable: false,
    printed: true,
  },
  {
    key: "change",
    label: { th: "ผลต่าง", en: "Change" },
    width: 10,
    style: "delta",
    editable: false,
    printed: true,
  },
  {
    key: "effect",
    label: { th: "ผลต่อคะแนนรวม", en: "Effect on total" },
    width: 20,
    style: "delta",
    editable: false,
    printed: true,
  },
  {
    key: "toolScore",
    label: { th: "คะแนนรายเครื่องมือ", en: "Tool score" },
    width: 22,
    style: "scoreBold",
    editable: false,
    printed: true,
  },
  {
    key: "result",
    label: { th: "ผลการวิเคราะห์", en: "Result" },
    width: 26,
    style: "cell",
    editable: false,
    printed: true,
  },
]);

const dash = (s = "dashCell"): CellSpec => ({ v: "-", s });
const scoreCell = (v: number | null, s: string): CellSpec => (v === null ? dash() : { v, s });

/**
 * The trend chart's value axis: from a multiple of 5 under the lowest score (at least 0) to
 * 100, a line every 5 points (10 when the range is wide), so the lines' movement shows.
 */
export function trendAxis(values: (number | null)[]): {
  min: number;
  max: number;
  majorUnit: number;
} {
  const known = values.filter((v): v is number => v !== null);
  const lowest = known.length > 0 ? Math.min(...known) : 0;
  const min = Math.max(0, Math.floor((lowest - 1) / 5) * 5);
  return { min, max: 100, majorUnit: 100 - min > 30 ? 10 : 5 };
}

/**
 * A long title on lines that each fit the page (landscape): the assessment's name, then the
 * agency and the year.
 */
export function titleLines(title: string): string {
  return title.replace(/\(ITA\),? (?=\S)/, (m) => `${m.trim()}\n`);
}
const CHART_ROWS = 8;

/**
 * The trend block on the summary's grid: the year under the number and the indicator's
 * columns, the total and the tools one column each, the level under the effect's; the line
 * chart in the last two columns, from the block's heading down.
 */
const sc = (k: SummaryKey) => columnOf(SUMMARY_COLUMNS, k);
const TREND_COLUMNS = {
  year: sc("no"),
  total: sc("tool"),
  IIT: sc("previous"),
  EIT: sc("current"),
  OIT: sc("change"),
  level: sc("effect"),
} as const;
const TREND_CHART_FROM = sc("toolScore");
/** Rows under the table the chart still covers, so that its plot is not squeezed. */
const TREND_CHART_EXTRA_ROWS = 1;

/** The trend table's header and rows: year, total, IIT, EIT, OIT, level. */
function trendRows(trend: TrendPoint[], lang: Lang): { header: CellSpec[]; body: CellSpec[][] } {
  const L = LABELS[lang];
  const width = TREND_CHART_FROM - 1;
  const row = (cells: Partial<Record<keyof typeof TREND_COLUMNS, CellSpec>>, fill: string) => {
    const out: CellSpec[] = Array.from({ length: width }, () => ({ v: null, s: fill }));
    for (const [k, c] of Object.entries(cells))
      out[TREND_COLUMNS[k as keyof typeof TREND_COLUMNS] - 1] = c;
    return out;
  };
  const h = (v: string): CellSpec => ({ v, s: "header" });
  return {
    header: row(
      {
        year: h(L.trendYear),
        total: h(L.trendTotal),
        IIT: h("IIT"),
        EIT: h("EIT"),
        OIT: h("OIT"),
        level: h(L.trendLevel),
      },
      "header",
    ),
    body: trend.map((t) =>
      row(
        {
          year: { v: L.yearColumn(t.year), s: "cellCenter" },
          total: scoreCell(t.total, "scoreBold"),
          IIT: scoreCell(t.tools.IIT, "score"),
          EIT: scoreCell(t.tools.EIT, "score"),
          OIT: scoreCell(t.tools.OIT, "score"),
          level: { v: t.level ? t.level.label[lang] : "-", s: "cellCenter" },
        },
        "cellCenter",
      ),
    ),
  };
}

/**
 * The Summary: the report's title, ความเป็นมา, 1. ผลการประเมิน (total and level in words, the
 * indicator table with tool scores and each indicator's effect on the total, the legend), and
 * the opening of 2. การวิเคราะห์ผล (the overall paragraph and a chart of what moved the total).
 * Official figures only: the reported total where the workbook has one.
 */
export function summarySheet(analysis: Analysis, text: ReportText, lang: Lang): SheetLayout {
  const L = LABELS[lang];
  const { year, previousYear, total } = analysis;
  const widths = widthsOf(SUMMARY_COLUMNS);
  const last = SUMMARY_COLUMNS.length;
  const col = (k: SummaryKey) => columnOf(SUMMARY_COLUMNS, k);
  const g = new SheetGrid(widths);
  const blocks: PrintBlock[] = [];
  /** Rows after which a page may end inside a block: after each of its paragraphs. */
  const between = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  let r = 1;
  const line = (v: string, s: string) => {
    g.put(r, 1, { v, s });
    g.merge(r, 1, r, last);
    r++;
  };

  // The agency's district and province (where its kind is named with them) join its name in
  // the title; a title without the name gets them on a line of their own. The name is never
  // printed twice.
  const name = agencyName(analysis, lang);
  const place = agencyPlace(analysis, lang);
  const named = name !== null && text.title.includes(name);
  const sep = lang === "en" ? ", " : " ";
  line(
    titleLines(named && place ? text.title.replace(name, `${name}${sep}${place}`) : text.title),
    "title",
  );
  const unit = named ? null : [name, place].filter(Boolean).join(sep);
  if (unit) line(unit, "subtitle");

  // ความเป็นมา
  let top = r;
  line(text.headings.background, "heading");
  // What the assessment asks and what the agency did, one paragraph: the page keeps a line.
  const [intro, ...rest] = text.background;
  for (const p of [intro, rest.join(" ")]) if (p) line(p, "legend");
  blocks.push({ top, bottom: r - 1, splitAfter: between(top + 1, r - 2), kind: "paragraphs" });

  // 1. ผลการประเมิน: total and level, then the indicator table.
  top = r;
  line(text.headings.result, "heading");
  /** "คะแนนรวม ITA ปี 2568 | 94.50 | ระดับผลการประเมิน | ผ่านดี" */
  const figure = (
    label: string,
    score: number | null,
    levelLabel: string,
    level: string,
    style: string,
  ) => {
    g.put(r, 1, { v: label, s: "label" });
    g.merge(r, 1, r, col("indicator"));
    g.put(r, col("tool"), score === null ? dash("bigScore") : { v: score, s: "bigScore" });
    g.merge(r, col("tool"), r, col("previous"));
    g.put(r, col("current"), { v: levelLabel, s: "label" });
    g.merge(r, col("current"), r, col("effect"));
    g.put(r, col("toolScore"), { v: level, s: style });
    g.merge(r, col("toolScore"), r, last);
    r++;
  };
  figure(
    L.totalOf(year),
    total.score,
    L.level,
    text.level.full,
    total.level?.passed === false ? "flagImprove" : "flagMaintain",
  );
  // The previous year's total is in the table's total row and its level in the analysis's
  // first paragraph: a second figure row would push the table off the first page.

  const header = r;
  g.putRow(
    header,
    headerCells(SUMMARY_COLUMNS, lang).map((c, i) =>
      i === col("previous") - 1
        ? { ...c, v: previousYear === null ? L.scoreMissing : L.yearColumn(previousYear) }
        : i === col("current") - 1
          ? { ...c, v: L.yearColumn(year) }
          : c,
    ),
  );
  const first = header + 1;
  const effect = new Map(text.contributions.map((c) => [c.number, c.contribution]));
  analysis.indicators.forEach((ind, i) => {
    const row = first + i;
    g.putRow(
      row,
      bodyCells(SUMMARY_COLUMNS, {
        no: ind.number,
        indicator: ind.name[lang],
        tool: ind.tool,
        previous: ind.previous === null ? dash() : ind.previous,
        current: ind.score === null ? dash() : ind.score,
        change:
          ind.delta === null
            ? dash()
            : { v: ind.delta, f: `${a1(row, col("current"))}-${a1(row, col("previous"))}` },
        effect: effect.get(ind.number) ?? dash(),
        result: ind.flag ? { v: FLAG_LABELS[lang][ind.flag], s: FLAG_STYLES[ind.flag] } : dash(),
      }),
    );
  });
  const lastInd = first + analysis.indicators.length - 1;
  // Each indicator's row carries its tool's score (no merged cell), so that a page may end
  // between any two rows and each page still reads on its own.
  analysis.indicators.forEach((ind, i) => {
    const tool = analysis.tools.find((t) => t.tool === ind.tool);
    if (!tool) return;
    g.put(
      first + i,
      col("toolScore"),
      tool.score === null ? dash("scoreBold") : { v: tool.score, s: "scoreBold" },
    );
  });
  const totalRow = lastInd + 1;
  g.putRow(
    totalRow,
    bodyCells(SUMMARY_COLUMNS, {
      no: { v: null, s: "indicator" },
      indicator: { v: L.total, s: "indicator" },
      tool: { v: null, s: "indicator" },
      previous: total.previous === null ? dash("scoreBold") : { v: total.previous, s: "scoreBold" },
      current: total.score === null ? dash("scoreBold") : { v: total.score, s: "scoreBold" },
      change:
        total.delta === null
          ? dash("deltaBold")
          : {
              v: total.delta,
              f: `${a1(totalRow, col("current"))}-${a1(totalRow, col("previous"))}`,
              s: "deltaBold",
            },
      effect: { v: null, s: "deltaBold" },
      toolScore: { v: null, s: "scoreBold" },
      result: {
        v: text.level.label,
        s: total.level?.passed === false ? "flagImprove" : "flagMaintain",
      },
    }),
  );
  r = totalRow + 1;
  const withPrevious = analysis.indicators.filter((i) => i.previous !== null).length;
  if (previousYear !== null && withPrevious > 0 && withPrevious < analysis.indicators.length)
    line(L.partialPrevious(previousYear, withPrevious, analysis.indicators.length), "paragraph");
  if (previousYear === null) line(L.noPrevious, "paragraph");
  // The indicator table and its total keep together on one page: a page may end before the
  // table (after the level figures), never inside it, never after the heading alone.
  blocks.push({ top, bottom: r - 1, splitAfter: [header - 1, ...between(totalRow, r - 2)] });
  top = r;
  // The legend in the table's size, one paragraph.
  // (the last sentence, what "-" means, only where the table shows one)
  const anyDash = analysis.indicators.some((i) => i.previous === null || i.score === null);
  line((anyDash ? text.legend : text.legend.slice(0, -1)).join(" "), "legend");
  blocks.push({ top, bottom: r - 1, splitAfter: between(totalRow, r - 2), kind: "paragraphs" });

  // 2. การวิเคราะห์ผล: the overall paragraph and what moved the total.
  top = r;
  line(text.headings.analysis, "heading");
  for (const p of text.overall) line(p, "legend");
  blocks.push({ top, bottom: r - 1, splitAfter: between(top + 1, r - 2), kind: "paragraphs" });
  top = r;
  const moved = previousYear !== null && text.contributions.some((c) => c.contribution !== null);
  const chartTop = r;
  // With a trend below it, the chart of what moved the total is a row shorter, so that both
  // charts and the trend's table share the second page.
  const chartRows = CHART_ROWS - ((analysis.trend ?? []).length >= 3 ? 1 : 0);
  if (moved) {
    r += chartRows;
    g.reserve(r - 1);
    blocks.push({ top, bottom: r - 1 });
  }
  const charts: ChartSpec[] = [];
  if (moved && previousYear !== null)
    charts.push({
      kind: "clusteredColumn",
      title: L.contributionTitle(year, previousYear),
      categories: `${a1(first, col("indicator"))}:${a1(lastInd, col("indicator"))}`,
      series: [
        {
          name: L.contribution,
          values: `${a1(first, col("effect"))}:${a1(lastInd, col("effect"))}`,
          color: COLORS.bar,
        },
      ],
      dataLabels: true,
      legend: false,
      from: a1(chartTop, 1),
      to: a1(chartTop + chartRows - 1, last),
    });

  // Three years or more: a heading and a small table of each year (total, tools, level), and
  // beside them a line chart of the total and the three tools, one block on one page.
  const trend = analysis.trend ?? [];
  const oldest = trend[0];
  const newest = trend[trend.length - 1];
  if (oldest && newest && trend.length >= 3) {
    top = r;
    g.put(r, 1, { v: L.trendHeading(oldest.year, newest.year), s: "label" });
    g.merge(r, 1, r, TREND_CHART_FROM - 1);
    const head = r + 1;
    const rows = trendRows(trend, lang);
    g.putRow(head, rows.header);
    rows.body.forEach((cells, i) => g.putRow(head + 1 + i, cells));
    for (let row = head; row <= head + trend.length; row++)
      g.merge(row, TREND_COLUMNS.year, row, TREND_COLUMNS.year + 1);
    r = head + trend.length + 1 + TREND_CHART_EXTRA_ROWS;
    g.reserve(r - 1);
    blocks.push({ top, bottom: r - 1 });
    const column = (c: number) => `${a1(head + 1, c)}:${a1(head + trend.length, c)}`;
    const values = trend.flatMap((t) => [t.total, t.tools.IIT, t.tools.EIT, t.tools.OIT]);
    charts.push({
      kind: "line",
      title: L.trendTitle,
      categories: column(TREND_COLUMNS.year),
      series: (["total", "IIT", "EIT", "OIT"] as const).map((k) => ({
        name: k === "total" ? L.trendTotal : k,
        values: column(TREND_COLUMNS[k]),
        color: TREND_LINES[k].color,
        marker: TREND_LINES[k].marker,
      })),
      axis: trendAxis(values),
      legend: true,
      legendAt: "right",
      from: a1(top, TREND_CHART_FROM),
      to: a1(r - 1, last),
    });
  }

  const heights = g.heights();
  // No print titles: the table keeps to one page, so a repeated header would stand alone on
  // the next page above the legend.
  const print = printSetup(lang, undefined, "landscape", { blocks });
  return {
    kind: "summary",
    year,
    name: L.summaryName(year),
    tag: tagName("summary", year),
    rows: g.rows,
    widths,
    heights,
    merges: g.merges,
    conditionalFormats: [
      {
        kind: "sign",
        range: `${a1(first, col("change"))}:${a1(totalRow, col("effect"))}`,
        negative: COLORS.red,
        positive: COLORS.green,
      },
    ],
    validations: [],
    ...(charts.length > 0 ? { charts } : {}),
    print,
    tabColor: "2F5597",
  };
}
