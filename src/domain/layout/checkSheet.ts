import type { Analysis } from "../analyse/types";
import { f2 } from "../messages";
import type { Lang } from "../types";
import { bodyCells, defineColumns, headerCells, widthsOf, type ColumnDef } from "./columns";
import { LABELS, SEVERITY_LABELS } from "./labels";
import { printSetup } from "./printSetup";
import { SheetGrid } from "./sheetGrid";
import type { SheetLayout } from "./spec";
import { tagName } from "./tag";

type CheckKey = "no" | "severity" | "detail" | "cell" | "found" | "expected";

/** The check's columns, defined once. */
export const CHECK_COLUMNS: ColumnDef<CheckKey>[] = defineColumns<CheckKey>([
  {
    key: "no",
    label: { th: "ลำดับ", en: "No." },
    width: 7,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "severity",
    label: { th: "ระดับ", en: "Severity" },
    width: 13,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "detail",
    label: { th: "รายละเอียด", en: "Detail" },
    width: 66,
    style: "cell",
    editable: false,
    printed: true,
  },
  {
    key: "cell",
    label: { th: "เซลล์", en: "Cell" },
    width: 14,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "found",
    label: { th: "ค่าที่พบ", en: "Found" },
    width: 10,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
  {
    key: "expected",
    label: { th: "ค่าที่ควรเป็น", en: "Expected" },
    width: 14,
    style: "cellCenter",
    editable: false,
    printed: true,
  },
]);

/**
 * The check, for staff only (never published): every finding of the arithmetic check with the
 * cell it is about, the agency name's source, and the total recomputed from the tool scores.
 */
export function checkSheet(analysis: Analysis, lang: Lang): SheetLayout {
  const L = LABELS[lang];
  const widths = widthsOf(CHECK_COLUMNS);
  const last = CHECK_COLUMNS.length;
  const g = new SheetGrid(widths);
  const line = (r: number, v: string, s: string) => {
    g.put(r, 1, { v, s });
    g.merge(r, 1, r, last);
  };
  line(1, L.checkTitle(analysis.year), "title");
  line(2, L.checkIntro, "paragraph");
  line(
    3,
    analysis.unit ? L.unitFound(analysis.unit.name, analysis.unit.cell) : L.unitMissing,
    "paragraph",
  );
  const { total } = analysis;
  line(
    4,
    L.computedTotal(
      total.computed === null ? L.dash : f2(total.computed),
      total.reported === null ? L.dash : f2(total.reported),
      // The year's own weights (its year file), never a constant.
      analysis.framework.tools.map((t) => `${t.weight}·${t.code}`).join(" + "),
    ),
    "paragraph",
  );
  const header = 6;
  g.putRow(header, headerCells(CHECK_COLUMNS, lang));
  const value = (v: number | string | null | undefined) =>
    v === null || v === undefined ? null : typeof v === "number" ? f2(v) : v;
  analysis.findings.forEach((f, i) => {
    g.putRow(
      header + 1 + i,
      bodyCells(CHECK_COLUMNS, {
        no: i + 1,
        severity: {
          v: SEVERITY_LABELS[lang][f.severity],
          s: f.severity === "error" ? "warningCell" : "cellCenter",
        },
        detail: f.message[lang],
        cell: f.cell,
        found: value(f.found),
        expected: value(f.expected),
      }),
    );
  });
  return {
    kind: "check",
    year: analysis.year,
    name: L.checkName(analysis.year),
    tag: tagName("check", analysis.year),
    rows: g.rows,
    widths,
    heights: g.heights(),
    merges: g.merges,
    freeze: { rows: header, columns: 0 },
    conditionalFormats: [],
    validations: [],
    print: printSetup(lang, [header, header]),
    tabColor: "7F7F7F",
  };
}
