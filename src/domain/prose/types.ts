import type { ToolCode } from "../types";

/** A level in words: its label, the tools that held it down and why. */
export interface LevelText {
  /** The level's own words ("ผ่าน", "A"). */
  label: string;
  /** Tools that held the level down (empty when none). */
  heldBy: ToolCode[];
  /** Why it was held down ("EIT 80.35 ต่ำกว่า 85 คะแนน"), or null. */
  reason: string | null;
  /** Label and reason together: "ผ่าน — EIT 80.35 ต่ำกว่า 85 คะแนน", or "ผ่านดี". */
  full: string;
}

/** One indicator's share of the change of the total. */
export interface Contribution {
  number: number;
  tool: ToolCode;
  /** The indicator's change against last year, or null when a year is missing. */
  delta: number | null;
  /** delta × the indicator's weight in the total (tool weight ÷ its indicators), 2 decimals. */
  contribution: number | null;
}

/** The three parts officers write for an indicator, each a complete sentence (or "- ไม่มี -"). */
export interface IndicatorText {
  /** ข้อบกพร่องที่ตรวจพบ คือ … */
  found: string;
  /** ข้อที่ต้องแก้ไขปรับปรุง คือ … */
  fix: string;
  /** ข้อที่ต้องรักษาระดับไว้ คือ … */
  keep: string;
}

/** Everything a public report says in words, for one analysis and language. */
export interface ReportText {
  /** "รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส … ประจำปีงบประมาณ พ.ศ. 2568" */
  title: string;
  /** ความเป็นมา paragraphs. */
  background: string[];
  /** Total, change, level (+ previous level in its own scale), what moved it, national average. */
  overall: string[];
  contributions: Contribution[];
  level: LevelText;
  /** The previous year's level in its own scale ("A (ผ่าน)" for AA–F years), or null. */
  previousLevel: string | null;
  /**
   * The legend, a sentence each: what ต้องปรับปรุง / ต้องพัฒนา / รักษาระดับ mean (0–2), the floors
   * are the agency's own (3), the level follows NACC's scale (4), what "-" means (5).
   */
  legend: string[];
  /** The memo: เรื่อง, เรียน and the body paragraphs (four scores and the level). */
  memo: { subject: string; to: string; body: string[] };
  /** ความเป็นมา, 1. ผลการประเมิน, 2. การวิเคราะห์ผล, 3. แนวทาง/แผนพัฒนา. */
  headings: { background: string; result: string; analysis: string; plan: string };
}
