/**
 * Text that arrives with a workbook (sheet names, labels, a unit's name, what staff typed) is
 * cleaned before we print it to a terminal or write it to a cell: C0 and C1 control characters
 * (an escape sequence could repaint a terminal; most of them make a cell's XML invalid) are
 * removed. Line breaks and tabs stay: a cell may hold several lines.
 */
import type { HeaderFooterSpec, SpecValue, WorkbookSpec } from "./layout/spec";

// C0 except tab, line feed and carriage return; DEL; C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The text without control characters (tab, line feed and carriage return kept). */
export function stripControl(text: string): string {
  return text.replace(CONTROL, "");
}

/** For a terminal: also no carriage return, which would overwrite what was printed. */
export function printable(text: string): string {
  return stripControl(text).replace(/\r/g, "");
}

/**
 * A cell value as writers accept it: a string (cleaned), a finite number or a boolean; anything
 * else (an object, a function, NaN, a date) is written as an empty cell.
 */
export function safeCellValue(v: unknown): SpecValue {
  if (typeof v === "string") return stripControl(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return null;
}

function safeParts(parts: HeaderFooterSpec): HeaderFooterSpec {
  const out: HeaderFooterSpec = {};
  for (const key of ["left", "center", "right"] as const) {
    const v = parts[key];
    if (v !== undefined) out[key] = stripControl(v);
  }
  return out;
}

/** The spec with every cell value, sheet name, header and footer made safe to write. */
export function safeSpec(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => ({
      ...sheet,
      name: stripControl(sheet.name).replace(/[\t\n\r]/g, " "),
      rows: sheet.rows.map((row) =>
        row.map((cell) => (cell === null ? null : { ...cell, v: safeCellValue(cell.v) })),
      ),
      print: {
        ...sheet.print,
        header: safeParts(sheet.print.header),
        footer: safeParts(sheet.print.footer),
      },
      ...(sheet.charts
        ? { charts: sheet.charts.map((c) => ({ ...c, title: stripControl(c.title) })) }
        : {}),
    })),
  };
}
