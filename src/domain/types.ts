/**
 * Shared types of the pure domain. Nothing here imports Office.js, React, ExcelJS or Node.
 */

/** An Excel error value such as `#REF!`, kept apart from text so it is never read as a score. */
export interface ErrorValue {
  error: string;
}

/** One cell value as a host hands it to the domain. */
export type GridValue = number | string | boolean | null | ErrorValue;

/** The used range of one worksheet, as read by a host (see DESIGN.md, "Grid"). */
export interface Grid {
  /** Worksheet name. */
  name: string;
  /** 1-based row of `values[0][0]`. */
  top: number;
  /** 1-based column of `values[0][0]`. */
  left: number;
  values: GridValue[][];
  /** Formulas where the host has them (`=C5-B5`), same shape as `values`. */
  formulas?: (string | null)[][];
  /** Number formats where the host has them, same shape as `values`. */
  numberFormats?: (string | null)[][];
  /** Merged areas in A1 notation on the sheet (`A1:C1`). */
  merges?: string[];
  /** Excel tables on the sheet. */
  tables?: { name: string; range: string }[];
  visibility?: "visible" | "hidden" | "veryHidden";
  /** True when the sheet carries our generated-sheet tag: it is never read as a source. */
  generated?: boolean;
  /** The tag it carries (`ITAAnalyzer_plan_2568`), when it is one of ours. */
  tag?: string | null;
  /** The value of the sheet's `ITAAnalyzer_mark` name as the host read it, without the leading
   *  "=" and the quotes (`<id>:<titleHash>`, layout/ownership.ts); null when it has none. */
  mark?: string | null;
  /** Pictures on one of our sheets (the memo's emblem), as the host read them, to keep them. */
  images?: { data: string; type: "png" | "jpeg"; from: string; width: number; height: number }[];
}

export type Lang = "th" | "en";
export type ToolCode = "IIT" | "EIT" | "OIT";
export type Flag = "improve" | "develop" | "maintain";
export type Severity = "error" | "warning" | "info";

/** What a row of a staff table stands for. */
export type RowKey =
  | { kind: "indicator"; number: number }
  | { kind: "item"; code: string }
  | { kind: "tool"; tool: ToolCode }
  | { kind: "total" };

/** A text in both languages. */
export interface Bilingual {
  th: string;
  en: string;
}

/** A problem found in the workbook, always with the cell it is about when there is one. */
export interface Finding {
  severity: Severity;
  rule: string;
  /** `'Sheet'!C7`, or null when the finding is about the workbook as a whole. */
  cell: string | null;
  message: Bilingual;
  expected?: number | null;
  found?: number | string | null;
}

/** A number read from a cell, with where it was read. */
export interface Observed {
  value: number;
  cell: string;
}
