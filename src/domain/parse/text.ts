/** Text helpers for reading staff tables: Thai digits, numbers as text, years, item codes. */

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits ๐–๙ with 0–9. */
export function arabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replaces 0–9 with Thai digits. */
export function thaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Collapses all kinds of white space (including NBSP and zero-width) to single spaces. */
export function cleanText(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Text without any white space, for matching names typed with stray spaces. */
export function compact(text: string): string {
  return cleanText(text).replace(/ /g, "");
}

const NO_VALUE = new Set(["", "-", "–", "—", "n/a", "na", "ไม่มี", "ไม่มีข้อมูล"]);

export type NumberRead =
  { kind: "number"; value: number } | { kind: "empty" } | { kind: "invalid"; text: string };

/**
 * Reads a number typed as text: Thai digits, "%", thousands commas, spaces, a sign apart from
 * its digits ("- 11.76"). "-" and blank mean "no value".
 *
 * @example readNumberText(" ๙๔.๕๐ % ") //=> { kind: "number", value: 94.5 }
 */
export function readNumberText(text: string): NumberRead {
  const t = cleanText(arabicDigits(text)).toLowerCase();
  if (NO_VALUE.has(t)) return { kind: "empty" };
  const stripped = t.replace(/%$/, "").replace(/,/g, "").replace(/\s+/g, "").replace(/[−–]/g, "-");
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(stripped))
    return { kind: "number", value: Number(stripped) };
  return { kind: "invalid", text };
}

/** BE year from a CE or BE year number, or null when it is not a plausible ITA year. */
export function toBuddhistYear(n: number): number | null {
  if (n >= 2550 && n <= 2600) return n;
  if (n >= 2007 && n <= 2057) return n + 543;
  return null;
}

/**
 * Finds a year in a short header text: "คะแนน 2567", "ปี ๒๕๖๘", "2024", "FY2025", "พ.ศ.2568".
 * Returns the BE year, or null.
 */
export function findYear(text: string): number | null {
  const t = arabicDigits(text);
  const m = /(?<!\d)(?<!\d\.)((?:25[5-9]\d)|(?:20[0-5]\d))(?![\d.])/.exec(t);
  if (!m || m[1] === undefined) return null;
  return toBuddhistYear(Number(m[1]));
}

/**
 * Reads an item code at the start of a label: "i10", "ข้อ i1", "E 3", "O12", "๐17" (Thai zero
 * typed for o), "o๑๗". Returns the code in lower case with Arabic digits, or null.
 */
export function readItemCode(label: string): string | null {
  let t = cleanText(label);
  t = t.replace(/^ข้อ\s*/, "");
  // A Thai zero typed for the letter o: "๐17" → "o17" (only when more digits follow).
  t = t.replace(/^๐(?=[0-9๐-๙])/, "o");
  t = arabicDigits(t);
  const m = /^([iIeEoO])\s*[.\-_]?\s*(\d{1,2})(?!\d)(?![.]\d)/.exec(t);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const n = Number(m[2]);
  if (n < 1) return null;
  return `${m[1].toLowerCase()}${n}`;
}
