import { a1 } from "../address";
import type { Analysis, IndicatorResult } from "../analyse/types";
import { indicatorText, sectionTitles } from "../plan/analysisText";
import type { Finding, Lang } from "../types";
import { FLAG_LABELS, FLAG_STYLES, LABELS } from "./labels";
import { itemLabel } from "./itemLabel";
import { printSetup } from "./printSetup";
import { SheetGrid } from "./sheetGrid";
import type { CellSpec, ConditionalFormatSpec, SheetLayout } from "./spec";
import { COLORS } from "./styles";
import { tagName } from "./tag";

const WIDTHS = [50, 11, 11, 10, 62];
const HEADER_ROW = 3;

/**
 * The Analysis sheet (the seed's section 2): each indicator with its items beneath, prior and
 * current scores, the change as a live formula, and what to improve, develop or keep.
 */
export function analysisSheet(analysis: Analysis, lang: Lang): SheetLayout {
  const L = LABELS[lang];
  const { year, previousYear } = analysis;
  const g = new SheetGrid(WIDTHS);
  const cf: ConditionalFormatSpec[] = [];

  g.put(1, 1, { v: L.analysisTitle(year), s: "title" });
  g.merge(1, 1, 1, 5);
  g.put(2, 1, { v: analysis.unit?.name ?? L.unitUnknown, s: "subtitle" });
  g.merge(2, 1, 2, 5);
  const prevLabel = previousYear === null ? L.notPresent : L.score(previousYear);
  g.putRow(
    HEADER_ROW,
    [L.issue, prevLabel, L.score(year), L.change, L.issueColumn].map((v) => ({ v, s: "header" })),
  );

  let r = HEADER_ROW + 1;
  const blocks: { top: number; bottom: number }[] = [];
  for (const ind of analysis.indicators) {
    const text = describe(ind, analysis, lang);
    const notes = wrongFigures(ind, analysis.findings, lang);
    const flag = ind.flag ? FLAG_LABELS[lang][ind.flag] : L.notPresent;
    const head = [flag, ...notes].join("\n");
    const top = r;
    g.putRow(r, [
      {
        v: `${L.indicator}${lang === "th" ? "ที่" : ""} ${ind.number} ${ind.name[lang]}`,
        s: "indicator",
      },
      { v: ind.previous, s: "scoreBold" },
      { v: ind.score, s: "scoreBold" },
      deltaCell(ind.delta, r, "deltaBold"),
      {
        v: ind.items.length === 0 ? `${head}\n${text}` : head,
        s: ind.flag ? FLAG_STYLES[ind.flag] : "cell",
      },
    ]);
    r++;
    for (const item of ind.items) {
      g.putRow(r, [
        { v: itemLabel(item, lang), s: "item" },
        { v: item.previous, s: "score" },
        { v: item.score, s: "score" },
        deltaCell(item.delta, r, "delta"),
        { v: r === top + 1 ? text : null, s: "cell" },
      ]);
      r++;
    }
    blocks.push({ top, bottom: r - 1 });
    if (ind.items.length > 0) {
      g.merge(top + 1, 5, r - 1, 5);
      const floor = analysis.floors.item[ind.tool];
      cf.push({
        kind: "below",
        range: `${a1(top + 1, 2)}:${a1(r - 1, 3)}`,
        threshold: floor,
        color: COLORS.red,
        bold: true,
      });
    }
  }
  cf.push({
    kind: "sign",
    range: `${a1(HEADER_ROW + 1, 4)}:${a1(r - 1, 4)}`,
    negative: COLORS.red,
    positive: COLORS.green,
  });

  const heights = g.heights();
  const print = printSetup(lang, [HEADER_ROW, HEADER_ROW], "landscape", { blocks });
  return {
    kind: "analysis",
    year,
    name: L.analysisName(year),
    tag: tagName("analysis", year),
    rows: g.rows,
    widths: WIDTHS,
    heights,
    merges: g.merges,
    freeze: { rows: HEADER_ROW, columns: 1 },
    conditionalFormats: cf,
    validations: [],
    print,
    tabColor: "548235",
  };
}

function deltaCell(delta: number | null, row: number, style: string): CellSpec {
  return delta === null
    ? { v: null, s: style }
    : { v: delta, f: `${a1(row, 3)}-${a1(row, 2)}`, s: style };
}

function describe(ind: IndicatorResult, analysis: Analysis, lang: Lang): string {
  const t = indicatorText(ind, analysis, lang);
  const s = sectionTitles(lang);
  return [`- ${s.found}: ${t.found}`, `- ${s.fix}: ${t.fix}`, `- ${s.keep}: ${t.keep}`].join("\n");
}

/** Faulty figures of the staff's own table that concern this indicator, named where they matter. */
function wrongFigures(ind: IndicatorResult, findings: Finding[], lang: Lang): string[] {
  const cells = new Set([ind.cell, ind.previousCell, ind.reportedDelta?.cell].filter(Boolean));
  return findings
    .filter((f) => f.severity === "error" && f.cell !== null && cells.has(f.cell))
    .map((f) => `${LABELS[lang].wrongFigure} ${f.message[lang]} (${f.cell})`);
}
