import type { Agency } from "../agency/types";
import type { Band, Framework } from "../framework/types";
import type { FollowUp, TrendPoint } from "../followup/types";
import type { Bilingual, Finding, Flag, ToolCode } from "../types";

/** Reported, computed and used value of one score, with its change against the previous year. */
export interface ScoreLine {
  /** The value used: reported when present, else computed (2 decimals). */
  score: number | null;
  /** The value found in the workbook. */
  reported: number | null;
  /** The value recomputed from the level below. */
  computed: number | null;
  /** The previous year's used value. */
  previous: number | null;
  /** score − previous, from the 2-decimal values; null when either is missing. */
  delta: number | null;
  /** Where the reported value was read. */
  cell: string | null;
  /** Where the previous year's value was read. */
  previousCell: string | null;
  /** The change typed in the staff's table, when there is one. */
  reportedDelta: { value: number; cell: string } | null;
}

export interface ItemResult {
  code: string;
  /** The label as the workbook has it, or null. */
  label: string | null;
  indicator: number;
  score: number | null;
  previous: number | null;
  delta: number | null;
  cell: string | null;
  /** Under its tool's item floor this year. */
  belowFloor: boolean;
  /**
   * What the item asks about (framework/topics.ts), found from its own text, else the year's
   * list (`topicOf`); null when neither tells.
   */
  topic: string | null;
}

export interface IndicatorResult extends ScoreLine {
  number: number;
  name: Bilingual;
  tool: ToolCode;
  flag: Flag | null;
  /** The items that caused the flag, weakest first. */
  causes: { code: string; score: number }[];
  items: ItemResult[];
}

export interface ToolResult extends ScoreLine {
  tool: ToolCode;
  name: Bilingual;
  weight: number;
}

export interface TotalResult extends ScoreLine {
  /** The level in the year's own scale (bands with tool floors from 2567 on). */
  level: Band | null;
  /** Tools that held the level below the band its total alone reaches; empty otherwise. */
  levelHeldBy: ToolCode[];
  /** The previous year's level, in the previous year's own scale (AA–F up to 2566). */
  previousLevel: Band | null;
  /** Tools that held the previous year's level down. */
  previousLevelHeldBy: ToolCode[];
}

/** Everything the sheets and the report need, for one assessment year. */
export interface Analysis {
  /** The agency: from the workbook (`cell`) or the options (`cell` null); district, province. */
  unit: { name: string; cell: string | null; place?: string | null } | null;
  /**
   * The agency resolved from the unit and the options (kind, head, approvers, English name):
   * set by `generate`; `agencyOf` resolves it from the unit alone where it is not set.
   */
  agency?: Agency;
  year: number;
  previousYear: number | null;
  years: number[];
  framework: Framework;
  /** The previous year's framework (its own levels), or null without a previous year. */
  previousFramework: Framework | null;
  total: TotalResult;
  tools: ToolResult[];
  indicators: IndicatorResult[];
  findings: Finding[];
  floors: Floors;
  /**
   * Every year of the table, oldest first, with its total, level and tools (each year analysed
   * in its own framework): set when the table holds three years or more, else empty.
   */
  trend?: TrendPoint[];
  /** The report on the earlier plan (found by its tag in the workbook), set by `generate`; null
   *  when the workbook holds no plan made from the previous year's scores. */
  followUp?: FollowUp | null;
}

/** Flag floors (configurable). */
export interface Floors {
  indicator: number;
  item: Record<ToolCode, number>;
}

export interface AnalyseOptions {
  /** Assessment year (BE); default the latest year present. */
  year?: number;
  /** Year to compare with (BE); default the latest year before `year` present. */
  previousYear?: number;
  /** The current fiscal year (BE), to flag years in the future; the caller reads the clock. */
  currentYear?: number;
  /** Override flag floors. */
  floors?: Partial<{ indicator: number; item: Partial<Record<ToolCode, number>> }>;
  /**
   * Framework years the user gave (a year file beside the workbook or in the pane's options,
   * read by `readYearFile`); they win over the built-in year of the same number.
   */
  frameworks?: Framework[];
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; findings: Finding[] };
