import { agencyName } from "../agency/agencyOf";
import { a1 } from "../address";
import type { Analysis, IndicatorResult } from "../analyse/types";
import { indicatorText } from "../prose/indicatorText";
import { itemQuestion } from "../prose/itemQuestion";
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
import { estimateLines } from "./rowHeight";
import { SheetGrid } from "./sheetGrid";
import type { CellSpec, ConditionalFormatSpec, PrintBlock, SheetLayout } from "./spec";
import { COLORS, STYLES } from "./styles";
import { tagName } from "./tag";

type AnalysisKey = "issue" | "previous" | "current" | "change";

/**
 * The analysis table's columns (A4 landscape at 90 %), defined once: the question texts in a wide
 * first column, the scores in narrow ones; the indicator's text runs under its items across all
 * four.
 */
export const ANALYSIS_COLUMNS: ColumnDef<AnalysisKey>[] = defineColumns<AnalysisKey>([
  {
    key: "issue",
    label: { th: "ตัวชี้วัดและข้อคำถาม (คะแนนรายปี)", en: "Indicator and items (score by year)" },
    width: 129,
    style: "item",
    editable: false,
    printed: true,
  },
  {
    key: "previous",
    label: { th: "ปีก่อน", en: "Previous" },
    width: 10,
    style: "score",
    editable: false,
    printed: true,
  },
  {
    key: "current",
    label: { th: "คะแนนปีนี้", en: "Score" },
    width: 10,
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
]);

const HEADER_ROW = 2;
const STYLE_SIZE = STYLES.cellText?.font.size ?? 14;

/**
 * The Analysis sheet (the seed's section 2, by indicator): each indicator with its items beneath
 * (the assessment's question text), both years, the change as a live formula, and the three
 * parts officers write (weakness found / what must be fixed / what must be kept) as full-width
 * paragraphs under its items, where a page may end; the legend at the end. Figures are the official ones; nothing about checking.
 */
export function analysisSheet(analysis: Analysis, text: ReportText, lang: Lang): SheetLayout {
  const L = LABELS[lang];
  const { year, previousYear } = analysis;
  const widths = widthsOf(ANALYSIS_COLUMNS);
  const last = ANALYSIS_COLUMNS.length;
  const col = (k: AnalysisKey) => columnOf(ANALYSIS_COLUMNS, k);
  const g = new SheetGrid(widths);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const cf: ConditionalFormatSpec[] = [];

  g.put(1, 1, { v: L.analysisTitle(year, agencyName(analysis, lang)), s: "title" });
  g.merge(1, 1, 1, last);
  g.putRow(
    HEADER_ROW,
    headerCells(ANALYSIS_COLUMNS, lang).map((c, i) =>
      i === col("previous") - 1
        ? { ...c, v: previousYear === null ? L.scoreMissing : L.yearColumn(previousYear) }
        : i === col("current") - 1
          ? { ...c, v: L.yearColumn(year) }
          : c,
    ),
  );

  const change = (delta: number | null, row: number, style: string): CellSpec =>
    delta === null
      ? { v: "-", s: "dashCell" }
      : { v: delta, f: `${a1(row, col("current"))}-${a1(row, col("previous"))}`, s: style };
  const score = (v: number | null, style: string): CellSpec =>
    v === null ? { v: "-", s: "dashCell" } : { v, s: style };

  let r = HEADER_ROW + 1;
  const blocks: PrintBlock[] = [];
  for (const ind of analysis.indicators) {
    const parts = describeParts(ind, analysis, lang);
    const flag = ind.flag ? FLAG_LABELS[lang][ind.flag] : null;
    const top = r;
    g.putRow(
      r,
      bodyCells(ANALYSIS_COLUMNS, {
        issue: {
          v: flag
            ? `${L.indicatorNo(ind.number, ind.name[lang])} (${flag})`
            : L.indicatorNo(ind.number, ind.name[lang]),
          s: ind.flag ? FLAG_STYLES[ind.flag] : "indicator",
        },
        previous: score(ind.previous, "scoreBold"),
        current: score(ind.score, "scoreBold"),
        change: change(ind.delta, r, "deltaBold"),
      }),
    );
    r++;
    for (const item of ind.items) {
      // An item with no wording in the sheet's language is named by its code alone.
      const question = itemQuestion(item, analysis.framework, lang);
      g.putRow(
        r,
        bodyCells(ANALYSIS_COLUMNS, {
          issue: question === item.code ? item.code : `${item.code} ${question}`,
          previous: score(item.previous, "score"),
          current: score(item.score, "score"),
          change: change(item.delta, r, "delta"),
        }),
      );
      r++;
    }
    const itemsBottom = r - 1;
    // The three parts (found / to fix / to keep) as paragraphs under the items, across the
    // table: a page may end between two items or two paragraphs, never after the heading alone.
    for (const part of joinShort(parts, tableWidth)) {
      g.put(r, 1, { v: part, s: "cellText" });
      for (let c = 2; c <= last; c++) g.put(r, c, { v: null, s: "cellText" });
      g.merge(r, 1, r, last);
      r++;
    }
    // A page may end between any two items or paragraphs, but never with the indicator's
    // heading and a single item alone at its foot.
    const splitAfter: number[] = [];
    for (let row = top + 2; row < r - 1; row++) splitAfter.push(row);
    blocks.push({ top, bottom: r - 1, splitAfter });
    if (ind.items.length > 0) {
      cf.push({
        kind: "below",
        range: `${a1(top + 1, col("previous"))}:${a1(itemsBottom, col("current"))}`,
        threshold: analysis.floors.item[ind.tool],
        color: COLORS.red,
        bold: true,
      });
    }
  }
  cf.push({
    kind: "sign",
    range: `${a1(HEADER_ROW + 1, col("change"))}:${a1(r - 1, col("change"))}`,
    negative: COLORS.red,
    positive: COLORS.green,
  });
  const notes: string[] = [];
  const withPrevious = analysis.indicators.filter((i) => i.previous !== null).length;
  if (previousYear !== null && withPrevious > 0 && withPrevious < analysis.indicators.length)
    notes.push(L.partialPrevious(previousYear, withPrevious, analysis.indicators.length));
  // The three flags' meanings in one paragraph, the floors and the dash in another (the level
  // is the summary's: this sheet does not show it).
  const flags = text.legend.slice(0, 3).join(" ");
  const rest = [text.legend[3], text.legend[5]].filter(Boolean).join(" ");
  notes.push(...[flags, rest].filter(Boolean));
  if (notes.length > 0) {
    const top = r;
    for (const note of notes) {
      g.put(r, 1, { v: note, s: "legend" });
      g.merge(r, 1, r, last);
      r++;
    }
    blocks.push({ top, bottom: r - 1 });
  }

  const heights = g.heights();
  const print = printSetup(lang, [HEADER_ROW, HEADER_ROW], "landscape", { blocks });
  return {
    kind: "analysis",
    year,
    name: L.analysisName(year),
    tag: tagName("analysis", year),
    rows: g.rows,
    widths,
    heights,
    merges: g.merges,
    freeze: { rows: HEADER_ROW, columns: 1 },
    conditionalFormats: cf,
    validations: [],
    print,
    tabColor: "548235",
  };
}

/**
 * Parts that are short (a "none" and the next) share a line, a space between them as between
 * Thai sentences; a part that needs a line or more keeps a paragraph of its own.
 */
function joinShort(parts: string[], width: number): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    const joined = prev === undefined ? null : `${prev} ${part}`;
    if (joined !== null && estimateLines(joined, width, STYLE_SIZE) === 1)
      out[out.length - 1] = joined;
    else out.push(part);
  }
  return out;
}

/** The three parts officers write, a paragraph each; the prose carries their headings. */
function describeParts(ind: IndicatorResult, analysis: Analysis, lang: Lang): string[] {
  const t = indicatorText(ind, analysis, lang);
  return [t.found, t.fix, t.keep];
}
