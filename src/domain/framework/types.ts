import type { Bilingual, ToolCode } from "../types";

/** One assessment tool and its weight in the total. */
export interface ToolSpec {
  code: ToolCode;
  name: Bilingual;
  /** Weight in the total ITA score, as a decimal string ("0.30"). */
  weight: string;
  indicators: number[];
  /** Lowest item score that does not flag its indicator (IIT/EIT 85, OIT 100 by default). */
  itemFloor: number;
  /**
   * How an indicator relates to its items: `mean` (IIT), `mean-with-part2` (EIT: part 2 is not
   * in staff tables), `subindicators` (OIT: averaged through sub-indicators).
   */
  indicatorRule: "mean" | "mean-with-part2" | "subindicators";
}

export interface IndicatorSpec {
  number: number;
  tool: ToolCode;
  name: Bilingual;
}

export interface ItemSpec {
  code: string;
  indicator: number;
}

/** A level band: applies to totals from `min` (inclusive) up to the next band's floor. */
export interface Band {
  min: number;
  label: Bilingual;
  passed: boolean;
}

/** Everything the analysis needs to know about one assessment year. Data, never code paths. */
export interface Framework {
  /** Fiscal year, Buddhist Era. */
  year: number;
  tools: ToolSpec[];
  indicators: IndicatorSpec[];
  /** Items where known; a workbook's own item list wins over these. */
  items: ItemSpec[];
  /** Highest band first. */
  bands: Band[];
  passMark: number;
  /** An indicator under this score is flagged `improve`. */
  indicatorFloor: number;
  /** How confident we are of this year's data: verified, seen, unconfirmed. */
  status: Record<string, "V" | "S" | "U">;
}
