import type { Bilingual, Flag } from "../types";

/**
 * The area of work a measure belongs to; it decides the responsible unit by kind of agency
 * (src/domain/plan/responsible.ts).
 */
export type MeasureDomain =
  | "service"
  | "finance"
  | "procurement"
  | "assets"
  | "personnel"
  | "integrity"
  | "communication"
  | "participation"
  | "disclosure";

/** One measure of the library: what to do for an indicator with a given flag, or a weak item. */
export interface Measure {
  /** Stable id; the action plan keeps staff edits by it across regenerations. */
  id: string;
  indicator: number;
  /** The flag it answers, or `item` for a measure aimed at weak items. */
  for: Flag | "item";
  /** For `item` measures: the item codes it answers (any one weak item brings it in). */
  items?: string[];
  /** The area of work, for the responsible unit. */
  domain: MeasureDomain;
  title: Bilingual;
  steps: Bilingual[];
}
