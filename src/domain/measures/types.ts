import type { Bilingual, Flag } from "../types";

/**
 * The area of work a measure belongs to; it decides the responsible unit by kind of agency
 * (src/domain/plan/responsible.ts). `complaints` (complaints of corruption) is a part of
 * `integrity` that a kind may give to a unit of its own (a province's ศูนย์ดำรงธรรม).
 */
export type MeasureDomain =
  | "service"
  | "finance"
  | "procurement"
  | "assets"
  | "personnel"
  | "integrity"
  | "complaints"
  | "communication"
  | "participation"
  | "disclosure";

/**
 * The responsible unit of each area of work of a kind of agency; `complaints` only where a
 * unit other than the integrity unit takes them (else the integrity unit does).
 */
export type AreaUnits = Record<Exclude<MeasureDomain, "complaints">, Bilingual> &
  Partial<Record<"complaints", Bilingual>>;

/**
 * One measure of the library: what to do for an indicator with a given flag, or for weak items
 * of its topics. An item number never selects a measure: its topic does.
 */
export interface Measure {
  /** Stable id; the action plan keeps staff edits by it across regenerations. */
  id: string;
  /** The indicator whose flag it answers; for a `topic` measure, where its topics usually are. */
  indicator: number;
  /** The flag it answers, or `topic` for a measure aimed at weak items of its topics. */
  for: Flag | "topic";
  /**
   * The topics whose weak items it answers (framework/topics.ts): every topic has exactly one
   * such measure, a `topic` measure or its indicator's `improve` measure.
   */
  topics: string[];
  /** The area of work, for the responsible unit (a `topic` measure's is its topics'). */
  domain: MeasureDomain;
  title: Bilingual;
  /**
   * What to do. `{year}` is the assessed year, `{planYear}` the plan's. An OIT row that names
   * weak items takes their fixes (the year file's) as its steps instead, unless `ownSteps`.
   */
  steps: Bilingual[];
  /** Its steps are its own whatever items it answers (the ITA-results report: this document). */
  ownSteps?: boolean;
  /** Done by a date before the next OIT check, not over the whole fiscal year. */
  dated?: boolean;
  /** Ids it had before: what staff typed under them in an earlier plan is kept. */
  aliases?: string[];
  /**
   * For a second measure of a topic (library.ts, `SECOND_MEASURES`): the id of the measure it
   * replaces when that one was done and its items did not move (the yearly follow-up).
   */
  insteadOf?: string;
}
