import { a1, columnLetter } from "../address";
import type { Analysis } from "../analyse/types";
import { STATUSES, type PlanRow } from "../plan/buildPlan";
import type { Lang } from "../types";
import { LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { SheetGrid } from "./sheetGrid";
import type { SheetLayout } from "./spec";
import { tagName } from "./tag";

const WIDTHS = [6, 30, 16, 24, 44, 16, 14, 14];
const PLAN_HEADER_ROW = 4;

/** The Action plan sheet (the seed's section 3), an Excel table the staff edit. */
export function planSheet(analysis: Analysis, rows: PlanRow[], lang: Lang): SheetLayout {
  const L = LABELS[lang];
  const planYear = analysis.year + 1;
  const g = new SheetGrid(WIDTHS);
  const last = WIDTHS.length;
  const unit = analysis.unit?.name ?? "";

  g.put(1, 1, { v: L.planTitle(planYear), s: "title" });
  g.merge(1, 1, 1, last);
  g.put(2, 1, { v: analysis.unit?.name ?? L.unitUnknown, s: "subtitle" });
  g.merge(2, 1, 2, last);
  g.put(3, 1, { v: L.planIntro(analysis.year, unit ? `${unit} ` : ""), s: "text" });
  g.merge(3, 1, 3, last);
  g.putRow(
    PLAN_HEADER_ROW,
    L.planColumns.map((v) => ({ v, s: "header" })),
  );
  rows.forEach((row, i) => {
    const r = PLAN_HEADER_ROW + 1 + i;
    g.putRow(r, [
      { v: row.id, s: "cellCenter" },
      { v: row.measure, s: "cell" },
      { v: row.indicator, s: "cell" },
      { v: row.issue, s: "cell" },
      { v: row.steps, s: "cell" },
      { v: row.period, s: "cell" },
      { v: row.responsible, s: "cell" },
      { v: row.status, s: "cellCenter" },
    ]);
  });
  const lastRow = PLAN_HEADER_ROW + Math.max(rows.length, 1);
  const statusRange = `${columnLetter(last)}${PLAN_HEADER_ROW + 1}:${columnLetter(last)}${lastRow}`;

  return {
    kind: "plan",
    year: planYear,
    name: L.planName(planYear),
    tag: tagName("plan", analysis.year),
    rows: g.rows,
    widths: WIDTHS,
    heights: g.heights(),
    merges: g.merges,
    freeze: { rows: PLAN_HEADER_ROW, columns: 0 },
    conditionalFormats: [],
    validations: [{ range: statusRange, list: STATUSES[lang] }],
    table: {
      name: `ITAPlan${planYear}`,
      range: `A${PLAN_HEADER_ROW}:${a1(lastRow, last)}`,
      columns: L.planColumns,
      style: "TableStyleLight1",
    },
    // The status column is for staff: outside the printed area.
    print: printSetup(lang, [PLAN_HEADER_ROW, PLAN_HEADER_ROW], "landscape", {
      area: `A1:${a1(lastRow, last - 1)}`,
    }),
    tabColor: "BF8F00",
  };
}
