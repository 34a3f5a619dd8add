import { agencyName } from "../agency/agencyOf";
import { a1 } from "../address";
import type { Analysis } from "../analyse/types";
import type { FollowUp, FollowUpRow } from "../followup/types";
import { statusLabel, verdictText } from "../followup/verdictText";
import { num, signed } from "../prose/format";
import { followUpText } from "../prose/followUpText";
import type { Lang } from "../types";
import {
  bodyCells,
  defineColumns,
  headerCells,
  printArea,
  wordWidths,
  type KeysFrom,
} from "./columns";
import { LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { longestWord } from "./rowHeight";
import { SheetGrid } from "./sheetGrid";
import type { CellSpec, SheetLayout } from "./spec";
import { keepStaffEdits, readStaffEdits, type StaffEdits, type StaffValue } from "./staffEdits";
import { tagName } from "./tag";
import type { Grid } from "../types";

/**
 * The follow-up table's columns, defined once (header, widths, print area, the reader of staff
 * edits all follow from it). A4 landscape at 90 % like the plan: its printed widths add up to the
 * plan's. What was done (ผลการดำเนินงาน) is the one column staff edit: it starts with what they
 * wrote in the plan and what they type here is kept; the measure's code, the row key, is for
 * staff and outside the print area.
 */
export const FOLLOW_UP_COLUMNS = defineColumns([
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
    width: 26,
    style: "cell",
    editable: false,
    printed: true,
  },
  {
    key: "indicator",
    label: { th: "ตัวชี้วัด", en: "Indicator" },
    width: 14,
    style: "cell",
    editable: false,
    printed: true,
  },
  {
    key: "status",
    label: { th: "สถานะ", en: "Status" },
    width: 12,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "result",
    label: { th: "ผลการดำเนินงาน", en: "What was done" },
    width: 39,
    style: "cell",
    editable: true,
    printed: true,
  },
  {
    key: "indicatorChange",
    label: { th: "คะแนนตัวชี้วัด\nปีก่อน → ปีนี้", en: "Indicator score\nthen → now" },
    width: 17,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "items",
    label: { th: "ข้อที่มาตรการมุ่งแก้ไข\nปีก่อน → ปีนี้", en: "Items it answered\nthen → now" },
    width: 26,
    style: "cell",
    editable: false,
    printed: true,
  },
  {
    key: "verdict",
    label: { th: "ผลลัพธ์", en: "Outcome" },
    width: 21,
    style: "cell",
    editable: false,
    printed: true,
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

type FollowUpColumns = typeof FOLLOW_UP_COLUMNS;
export type FollowUpKey = FollowUpColumns[number]["key"];
type FollowUpLine = { [K in KeysFrom<FollowUpColumns, "row">]: StaffValue };

/** What staff typed in an earlier follow-up sheet. */
export type FollowUpEdits = StaffEdits<FollowUpKey>;

/** Reads what staff typed in an earlier generated follow-up sheet (columns found by header). */
export function readFollowUpEdits(grid: Grid): FollowUpEdits | null {
  return readStaffEdits(grid, FOLLOW_UP_COLUMNS);
}

/** Each verdict's cell: what worked green, what rose but not enough amber, no effect red. */
const VERDICT_STYLES: Partial<Record<FollowUpRow["verdict"], string>> = {
  effective: "flagMaintain",
  improving: "flagDevelop",
  noEffect: "flagImprove",
  notDone: "flagDevelop",
};

const HEADER_ROW = 3;

/** Row keys: the measure's code, or "+1", "+2"… for the rows staff had added to the plan; each
 *  key once. */
function rowKeys(rows: readonly FollowUpRow[]): string[] {
  const seen = new Set<string>();
  let added = 0;
  return rows.map((r) => {
    let key = r.id ?? `+${++added}`;
    for (let n = 2; seen.has(key); n++) key = `${r.id ?? "+"}#${n}`;
    seen.add(key);
    return key;
  });
}

/** A row's cells as the follow-up states them, in the sheet's language. */
function lineOf(row: FollowUpRow, key: string, analysis: Analysis, lang: Lang): FollowUpLine {
  const nextYear = analysis.year + 1;
  const ind = analysis.indicators.find((i) => i.number === row.indicator);
  const change = row.indicatorChange;
  const under = lang === "th" ? "ต่ำกว่าเกณฑ์" : "under the floor";
  const over = lang === "th" ? "ผ่านเกณฑ์" : "floor met";
  const noScore = lang === "th" ? "ไม่มีคะแนน" : "no score";
  return {
    measure: row.measure,
    indicator: ind
      ? `${ind.number}. ${ind.name[lang]}`
      : row.indicator !== null
        ? String(row.indicator)
        : "-",
    status: row.status ? statusLabel(row.status, lang) : (row.statusText ?? "-"),
    result: row.result,
    indicatorChange:
      change && (change.previous !== null || change.score !== null)
        ? `${num(change.previous)} → ${num(change.score)}${change.delta !== null ? `\n(${signed(change.delta)})` : ""}`
        : "-",
    items:
      row.items.length > 0
        ? row.items
            .map(
              (it) =>
                `${it.code}: ${num(it.previous)} → ${num(it.score)}\n${it.score === null ? noScore : it.belowFloor ? under : over}`,
            )
            .join("\n")
        : "-",
    verdict: verdictText(row.verdict, nextYear, lang),
    id: key,
  };
}

/**
 * The report on the earlier plan (รายงานผลการดำเนินงานตามแผนพัฒนา ITA <year>): its title and
 * agency, a paragraph that sums it up (prose/followUpText.ts), then each measure of the earlier
 * plan with its status, what was done, its indicator then and now, the items it answered and the
 * verdict in words. Verdicts come from `followUp` as they are; nothing is judged here. What staff
 * typed in an earlier follow-up's result column is kept; the rows they added follow ours.
 */
export function followUpSheet(
  analysis: Analysis,
  followUp: FollowUp,
  lang: Lang,
  edits: FollowUpEdits | null = null,
): SheetLayout {
  const L = LABELS[lang];
  const year = followUp.planYear;
  const unit = agencyName(analysis, lang);
  const keys = rowKeys(followUp.rows);
  const rows = followUp.rows.map((r, i) => lineOf(r, keys[i] as string, analysis, lang));
  // A row under a code that is none of ours (one staff typed) is one of their rows.
  const known = new Set(keys);
  const theirs = Object.entries(edits?.byKey ?? {}).flatMap(([id, row]) =>
    known.has(id) ? [] : [{ ...row, id }],
  );
  const kept = edits ? { byKey: edits.byKey, added: [...theirs, ...edits.added] } : null;
  const lines = keepStaffEdits(FOLLOW_UP_COLUMNS, rows, (r) => String(r.id), kept);
  const verdicts = new Map(followUp.rows.map((r, i) => [keys[i] as string, r.verdict]));
  const texts: Partial<Record<FollowUpKey, string[]>> = {};
  for (const line of lines)
    for (const [k, v] of Object.entries(line))
      if (typeof v === "string") (texts[k as FollowUpKey] ??= []).push(v);
  const widths = wordWidths(
    FOLLOW_UP_COLUMNS,
    texts,
    { header: [14, true], body: (k) => [14, k === "verdict"] },
    "result",
    longestWord,
  );
  const g = new SheetGrid(widths);
  const printed = FOLLOW_UP_COLUMNS.filter((c) => c.printed).length;

  g.put(1, 1, { v: L.followUpTitle(year, unit), s: "title" });
  g.merge(1, 1, 1, printed);
  g.put(2, 1, { v: followUpText(followUp, unit, lang), s: "paragraph" });
  g.merge(2, 1, 2, printed);
  g.putRow(HEADER_ROW, headerCells(FOLLOW_UP_COLUMNS, lang));
  lines.forEach((line, i) => {
    const verdict = verdicts.get(String(line.id));
    const style = verdict ? VERDICT_STYLES[verdict] : undefined;
    const values: Record<string, StaffValue | CellSpec> = { ...line, no: i + 1 };
    if (style && typeof line.verdict === "string") values.verdict = { v: line.verdict, s: style };
    g.putRow(HEADER_ROW + 1 + i, bodyCells(FOLLOW_UP_COLUMNS, values));
  });
  const lastRow = HEADER_ROW + Math.max(lines.length, 1);
  return {
    kind: "followup",
    year,
    name: L.followUpName(year),
    tag: tagName("followup", year),
    rows: g.rows,
    widths,
    heights: g.heights(),
    merges: g.merges,
    freeze: { rows: HEADER_ROW, columns: 0 },
    conditionalFormats: [],
    validations: [],
    table: {
      name: `ITAFollowUp${year}`,
      range: `A${HEADER_ROW}:${a1(lastRow, FOLLOW_UP_COLUMNS.length)}`,
      columns: FOLLOW_UP_COLUMNS.map((c) => c.label[lang]),
      style: "TableStyleLight1",
    },
    print: {
      ...printSetup(lang, [HEADER_ROW, HEADER_ROW]),
      area: printArea(FOLLOW_UP_COLUMNS, 1, lastRow),
    },
    tabColor: "7030A0",
  };
}
