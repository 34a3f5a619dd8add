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

/** Which year an OIT item's data covers: the assessed year's own (a plan) or the year before (a report). */
export type ReportsOn = "this-year" | "last-year";

/**
 * One item of a framework year (years/NNNN.json), known by its topic. A workbook's own item
 * list wins over these: its placement under an indicator, and its own text (the topic is found
 * from it, `topicOf`).
 */
export interface ItemSpec {
  /** As the assessment numbers it that year ("o11", "i4"), lower case. */
  code: string;
  indicator: number;
  /** A topic id of `TOPICS`, or `NO_TOPIC` when no topic fits the item. */
  topic: string;
  /** For an OIT item: the year its data covers. Absent for standing information. */
  reportsOn?: ReportsOn;
  /** The assessment's own wording, or null when it was not seen. */
  text: Bilingual | null;
  /** A short noun phrase for the prose (OIT): what is published; `{year}` is the year covered. */
  name?: Bilingual;
  /** What to do when the item is weak (OIT), a verb phrase; `{year}` is the year to cover. */
  fix?: Bilingual;
  /** How sure the file is of this item, when it differs from the file's list. */
  evidence?: Evidence;
}

/** How sure we are of a fact: verified in NACC tables, seen in agency documents, unconfirmed. */
export type Evidence = "V" | "S" | "U";

/**
 * A level band: applies to totals from `min` (inclusive) up to the next band's floor. With
 * `toolFloor`, every tool score (IIT, EIT, OIT) must also be at least that floor, else the
 * level falls to the next band down (2567 on: ผ่านดี needs every tool ≥ 85).
 */
export interface Band {
  min: number;
  label: Bilingual;
  /** The level reaches the pass mark (85). */
  passed: boolean;
  /** Lowest score every tool must have for this band (inclusive); none when absent. */
  toolFloor?: number;
  /** How sure we are of this band and its tool floor. */
  evidence?: Evidence;
}

/** A figure of the whole country for one year, with where it comes from. */
export interface NationalFigure {
  value: number;
  evidence: Evidence;
  source: string;
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
  /**
   * The bands are letters (AA–F, up to 2566) that do not say in words whether the level passed;
   * reports then add ผ่าน / ไม่ผ่าน (the pass mark) beside the letter.
   */
  letterScale: boolean;
  passMark: number;
  /** An indicator under this score is flagged `improve`. */
  indicatorFloor: number;
  /** The national average total of the year, where NACC's announcement is known. */
  nationalAverage?: NationalFigure;
  /** How confident we are of this year's data: verified, seen, unconfirmed. */
  status: Record<string, Evidence>;
  /**
   * Set when there is no data for this year: the weights and levels are those of the year
   * named here, and no item is known by its number (their texts in the workbook still tell
   * their topics).
   */
  basedOn?: number;
  /** Where the year's data came from: built in, or a file the user gave (its name). */
  source?: string;
}
