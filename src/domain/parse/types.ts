import type { Finding, Observed, RowKey } from "../types";

/** An item as the workbook lists it. */
export interface ParsedItem {
  code: string;
  /** The indicator the workbook puts it under, or null when it comes without context. */
  indicator: number | null;
  /** The label text as typed (code and question), or null. */
  label: string | null;
  /** The label's cell. */
  cell: string;
}

/** A change typed in the staff's table ("ผลต่าง"), to be checked. */
export interface DeltaObservation {
  key: RowKey;
  year: number;
  previousYear: number;
  value: number;
  cell: string;
}

/** What the parser found in a workbook: raw observations, each with its cell. */
export interface ParsedWorkbook {
  /** The agency, where the workbook states it (`place`: its district and province). */
  unit: { name: string; cell: string | null; place?: string | null } | null;
  /** Years (BE) that have at least one score, ascending. */
  years: number[];
  /** Scores by key string ("ind:4", "item:i10", "tool:IIT", "total") then by year. */
  scores: Record<string, Record<number, Observed>>;
  /** Items in order of first appearance. */
  items: ParsedItem[];
  deltas: DeltaObservation[];
  findings: Finding[];
  /** Sheets read as sources. */
  sheets: string[];
}
