import { agencyName } from "../agency/agencyOf";
import { longestWord } from "./rowHeight";
import { a1 } from "../address";
import type { Analysis } from "../analyse/types";
import { STATUSES } from "../plan/statuses";
import type { ReportText } from "../prose/types";
import type { Lang } from "../types";
import {
  bodyCells,
  columnLists,
  defineColumns,
  headerCells,
  printArea,
  wordWidths,
  type KeysFrom,
} from "./columns";
import { LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { SheetGrid } from "./sheetGrid";
import type { SheetLayout } from "./spec";
import type { StaffValue } from "./staffEdits";
import { tagName } from "./tag";

/**
 * The action plan's columns, defined once: everything else about the plan's rows follows from
 * this list (the row the plan builder makes, `PlanRow`; the line as printed, `PlanLine`; the
 * header, widths, print area and drop-down list; which cells staff edits are read from and kept
 * in). A4 landscape: the printed widths add up to the page at 90 %, the narrowest margins; the
 * issue column widest. The indicator and responsible columns hold the longest word of an
 * indicator's name (ประสิทธิภาพ) and of a unit (ประชาสัมพันธ์) whole, and the period column its
 * two lines and a two-line header. Status, the result (what was done, when, where the evidence is published:
 * what the next year's follow-up reports) and the measure's library code are for staff and stay
 * outside the print area.
 *
 * A column staff fill in, with nothing from us, is one more entry with `source: "staff"` (its
 * cells start empty; what staff type is kept, in our rows and theirs); a column the plan builder
 * fills is one with no `source`, and `PlanRow` then asks buildPlan for it.
 */
export const PLAN_COLUMNS = defineColumns([
  {
    key: "no",
    label: { th: "ที่", en: "No." },
    width: 4,
    style: "cellCenter",
    editable: false,
    printed: true,
    source: "number",
  },
  {
    key: "measure",
    label: { th: "มาตรการ/โครงการ/กิจกรรม", en: "Measure / project / activity" },
    width: 20,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "indicator",
    label: { th: "ตัวชี้วัด", en: "Indicator" },
    width: 14,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "issue",
    label: {
      th: "ประเด็นที่ต้องปรับปรุง/\nพัฒนา/รักษาระดับ",
      en: "Issue to improve /\ndevelop / maintain",
    },
    width: 53,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "steps",
    label: { th: "ขั้นตอนหรือวิธีการปฏิบัติ", en: "Steps" },
    width: 40,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "period",
    label: { th: "ระยะเวลา\nดำเนินการ", en: "Period" },
    width: 12,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "responsible",
    label: { th: "ผู้รับผิดชอบ", en: "Responsible" },
    width: 16,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "status",
    label: { th: "สถานะ (ไม่พิมพ์)", en: "Status (not printed)" },
    width: 18,
    style: "staffCell",
    editable: true,
    printed: false,
    list: STATUSES,
  },
  {
    key: "result",
    label: { th: "ผลการดำเนินงาน (ไม่พิมพ์)", en: "Result (not printed)" },
    width: 30,
    style: "staffCell",
    editable: true,
    printed: false,
    source: "staff",
  },
  {
    key: "id",
    label: { th: "รหัสมาตรการ (ไม่พิมพ์)", en: "Measure code (not printed)" },
    width: 24,
    style: "staffCell",
    editable: false,
    printed: false,
    rowKey: true,
  },
] as const);

type PlanColumns = typeof PLAN_COLUMNS;
export type PlanKey = PlanColumns[number]["key"];

/** A row of the plan as the plan builder makes it: a text for every column it fills. */
export type PlanRow = { [K in KeysFrom<PlanColumns, "row">]: string };

/**
 * A row of the plan as printed, but for its number: ours with what staff typed, or one staff
 * added. Staff may have emptied any cell (null) or typed a number (kept as a number).
 */
export type PlanLine = { [K in Exclude<PlanKey, KeysFrom<PlanColumns, "number">>]: StaffValue };

const HEADER_ROW = 4;

/**
 * The action plan (the seed's section 3), an Excel table the staff edit: one or more measures
 * per indicator, the issue in words, steps, period and a responsible unit per measure.
 */
export function planSheet(
  analysis: Analysis,
  text: ReportText,
  lines: PlanLine[],
  lang: Lang,
): SheetLayout {
  const L = LABELS[lang];
  const planYear = analysis.year + 1;
  // Each column as wide as its longest word in this language (the issue column gives way).
  const texts: Partial<Record<string, string[]>> = {};
  for (const line of lines)
    for (const [k, v] of Object.entries(line)) if (typeof v === "string") (texts[k] ??= []).push(v);
  const widths = wordWidths(
    PLAN_COLUMNS,
    texts,
    { header: [14, true], body: () => [14, false] },
    "issue",
    longestWord,
  );
  const g = new SheetGrid(widths);
  const printed = PLAN_COLUMNS.filter((c) => c.printed).length;
  const unit = agencyName(analysis, lang);

  g.put(1, 1, { v: L.planTitle(planYear, unit), s: "title" });
  g.merge(1, 1, 1, printed);
  g.put(2, 1, { v: text.headings.plan, s: "heading" });
  g.merge(2, 1, 2, printed);
  g.put(3, 1, { v: L.planIntro(analysis.year, unit), s: "paragraph" });
  g.merge(3, 1, 3, printed);
  g.putRow(HEADER_ROW, headerCells(PLAN_COLUMNS, lang));
  lines.forEach((line, i) => {
    g.putRow(HEADER_ROW + 1 + i, bodyCells(PLAN_COLUMNS, { ...line, no: i + 1 }));
  });
  const lastRow = HEADER_ROW + Math.max(lines.length, 1);
  const print = {
    ...printSetup(lang, [HEADER_ROW, HEADER_ROW] as [number, number]),
    area: printArea(PLAN_COLUMNS, 1, lastRow),
  };
  return {
    kind: "plan",
    year: planYear,
    name: L.planName(planYear),
    tag: tagName("plan", analysis.year),
    rows: g.rows,
    widths,
    heights: g.heights(),
    merges: g.merges,
    freeze: { rows: HEADER_ROW, columns: 0 },
    conditionalFormats: [],
    validations: columnLists(PLAN_COLUMNS, lang, HEADER_ROW + 1, lastRow),
    table: {
      name: `ITAPlan${planYear}`,
      range: `A${HEADER_ROW}:${a1(lastRow, PLAN_COLUMNS.length)}`,
      columns: PLAN_COLUMNS.map((c) => c.label[lang]),
      style: "TableStyleLight1",
    },
    print,
    tabColor: "BF8F00",
  };
}
