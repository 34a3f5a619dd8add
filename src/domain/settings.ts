/**
 * Options saved with a workbook (Office document settings, or the browser's storage for the
 * standalone page) arrive with any file someone emails: they are read through this schema. A
 * value of the wrong type or out of range is ignored with a note saying which and why; nothing
 * is thrown, and nothing read here is ever written as a formula.
 */
import { AGENCY_KINDS } from "./agency/profiles";
import type { AgencyKind } from "./agency/types";
import { readYearFile } from "./framework/yearFile";
import { isoDateCE } from "./layout/memoDate";
import { toBuddhistYear } from "./parse/text";
import { stripControl } from "./sanitize";
import type { Bilingual, ToolCode } from "./types";

export interface StoredSettings {
  year?: number;
  previousYear?: number | null;
  lang?: "th" | "en";
  responsible?: string;
  /** The agency's name, written in the sheets instead of the workbook's. */
  unit?: string;
  /** The agency's name in English (sheets in English), as `--unit-en`. */
  unitEn?: string;
  /** The kind of agency, winning over the kind its name tells, as `--kind`. */
  kind?: AgencyKind;
  /** The memo's date, `YYYY-MM-DD` with a BE or CE year, as `--date`. */
  date?: string;
  /** Digits of the Thai memo, as `--digits`. */
  digits?: "thai" | "arabic";
  indicatorFloor?: number;
  itemFloors?: { IIT?: number; EIT?: number; OIT?: number };
  /**
   * Framework years the program does not hold, as the IT officer's year files (JSON, README
   * "Add an assessment year"): kept as given and read again by `readYearFile` on every load.
   */
  yearFiles?: unknown[];
}

/** Longest responsible unit or agency name we accept from settings. */
export const MAX_RESPONSIBLE = 200;

const KEYS = [
  "year",
  "previousYear",
  "lang",
  "responsible",
  "unit",
  "unitEn",
  "kind",
  "date",
  "digits",
  "indicatorFloor",
  "itemFloors",
  "yearFiles",
];

function note(key: string, th: string, en: string): Bilingual {
  return {
    th: `ไม่ใช้ค่าที่บันทึกไว้ "${key}" ในสมุดงาน: ${th}`,
    en: `The saved option "${key}" in the workbook is ignored: ${en}`,
  };
}

const isScore = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;

/** The valid part of saved settings, and a note for each value left out. */
export function validateSettings(raw: unknown): { settings: StoredSettings; notes: Bilingual[] } {
  const settings: StoredSettings = {};
  const notes: Bilingual[] = [];
  if (raw === null || raw === undefined) return { settings, notes };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    notes.push(note("options", "ไม่ใช่ชุดค่าตั้ง", "not a set of options"));
    return { settings, notes };
  }
  const r = raw as Record<string, unknown>;
  const year = (key: "year" | "previousYear") => {
    const v = r[key];
    if (v === undefined) return;
    if (key === "previousYear" && v === null) {
      settings.previousYear = null;
      return;
    }
    const be = typeof v === "number" && Number.isInteger(v) ? toBuddhistYear(v) : null;
    if (be === null)
      notes.push(note(key, "ต้องเป็นปี พ.ศ. เช่น 2568", "it must be a year such as 2568"));
    else settings[key] = be;
  };
  year("year");
  year("previousYear");
  if (r.lang !== undefined) {
    if (r.lang === "th" || r.lang === "en") settings.lang = r.lang;
    else notes.push(note("lang", 'ต้องเป็น "th" หรือ "en"', 'it must be "th" or "en"'));
  }
  for (const key of ["responsible", "unit", "unitEn"] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v === "string" && v.trim() !== "" && v.length <= MAX_RESPONSIBLE)
      settings[key] = stripControl(v).trim();
    else
      notes.push(
        note(
          key,
          `ต้องเป็นข้อความไม่เกิน ${MAX_RESPONSIBLE} ตัวอักษร`,
          `it must be a text of at most ${MAX_RESPONSIBLE} characters`,
        ),
      );
  }
  if (r.kind !== undefined) {
    if (typeof r.kind === "string" && (AGENCY_KINDS as string[]).includes(r.kind))
      settings.kind = r.kind as AgencyKind;
    else
      notes.push(
        note(
          "kind",
          `ต้องเป็นประเภทหน่วยงานที่รู้จัก (${AGENCY_KINDS.join(", ")})`,
          `it must be a kind of agency we know (${AGENCY_KINDS.join(", ")})`,
        ),
      );
  }
  if (r.date !== undefined) {
    if (typeof r.date === "string" && isoDateCE(r.date)) settings.date = r.date.trim();
    else
      notes.push(
        note(
          "date",
          "ต้องเป็นวันที่ ปปปป-ดด-วว เช่น 2568-11-24",
          "it must be a date YYYY-MM-DD such as 2568-11-24",
        ),
      );
  }
  if (r.digits !== undefined) {
    if (r.digits === "thai" || r.digits === "arabic") settings.digits = r.digits;
    else notes.push(note("digits", 'ต้องเป็น "thai" หรือ "arabic"', 'it must be "thai" or "arabic"'));
  }
  if (r.indicatorFloor !== undefined) {
    if (isScore(r.indicatorFloor)) settings.indicatorFloor = r.indicatorFloor;
    else
      notes.push(note("indicatorFloor", "ต้องเป็นคะแนน 0–100", "it must be a score from 0 to 100"));
  }
  if (r.itemFloors !== undefined) {
    const v = r.itemFloors;
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      notes.push(
        note("itemFloors", "ไม่ใช่ชุดคะแนนของ IIT, EIT, OIT", "not scores for IIT, EIT, OIT"),
      );
    } else {
      const floors: { IIT?: number; EIT?: number; OIT?: number } = {};
      for (const [tool, score] of Object.entries(v as Record<string, unknown>)) {
        if ((tool === "IIT" || tool === "EIT" || tool === "OIT") && isScore(score))
          floors[tool as ToolCode] = score;
        else
          notes.push(
            note(
              `itemFloors.${tool}`,
              "ต้องเป็นคะแนน 0–100 ของ IIT, EIT หรือ OIT",
              "it must be a score from 0 to 100 for IIT, EIT or OIT",
            ),
          );
      }
      if (Object.keys(floors).length > 0) settings.itemFloors = floors;
    }
  }
  if (r.yearFiles !== undefined) {
    const files = Array.isArray(r.yearFiles) ? r.yearFiles : [];
    if (!Array.isArray(r.yearFiles))
      notes.push(note("yearFiles", "ไม่ใช่รายการไฟล์เกณฑ์ปี", "not a list of year files"));
    const kept = files.filter((file, i) => {
      const read = readYearFile(file, `yearFiles[${i}]`);
      if (!read.ok)
        notes.push(
          note(
            `yearFiles[${i}]`,
            read.errors.map((e) => e.th).join("; "),
            read.errors.map((e) => e.en).join("; "),
          ),
        );
      return read.ok;
    });
    if (kept.length > 0) settings.yearFiles = kept;
  }
  for (const key of Object.keys(r)) {
    if (!KEYS.includes(key)) notes.push(note(key, "ไม่รู้จักค่านี้", "it is not an option we know"));
  }
  return { settings, notes };
}
