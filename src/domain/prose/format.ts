import { f2 } from "../messages";
import type { Lang } from "../types";

/** A score in prose: 2 decimals, "-" when missing. */
export const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? "-" : f2(n);

/** A change in prose with its sign: "+7.79", "-0.85", "0.00"; "-" when missing. */
export const signed = (n: number | null | undefined): string =>
  n === null || n === undefined ? "-" : n > 0 ? `+${f2(n)}` : f2(n);

/**
 * Joins phrases as a list: Thai "ก ข และค" ("4 และ 9" before a digit or
 * a Latin letter), English "a, b and c".
 *
 * @example joinList(["ก", "ข", "ค"], "th") //=> "ก ข และค"
 */
export function joinList(parts: string[], lang: Lang): string {
  if (parts.length <= 1) return parts[0] ?? "";
  const head = parts.slice(0, -1).join(lang === "th" ? " " : ", ");
  const last = parts.at(-1) as string;
  if (lang === "en") return `${head} and ${last}`;
  return `${head} และ${/^[0-9A-Za-z]/.test(last) ? " " : ""}${last}`;
}

/** Splits an item code into prefix and number ("o12" → ["o", 12]). */
function split(code: string): [string, number] | null {
  const m = /^([a-z]+)(\d+)$/i.exec(code);
  return m ? [m[1] as string, Number(m[2])] : null;
}

/**
 * Item codes as written in parentheses: runs of three or more in a row as a range.
 *
 * @example codeList(["o1", "o2", "o3", "o4", "o16"]) //=> "o1–o4, o16"
 * @example codeList(["o12", "o13"]) //=> "o12, o13"
 */
export function codeList(codes: string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(`${run[0]}–${run.at(-1)}`);
    else out.push(...run);
    run = [];
  };
  for (const code of codes) {
    const last = run.at(-1);
    const a = last ? split(last) : null;
    const b = split(code);
    if (!(a && b && a[0] === b[0] && b[1] === a[1] + 1)) flush();
    run.push(code);
  }
  flush();
  return out.join(", ");
}

/**
 * Codes with their scores, for the parentheses after a weakness.
 *
 * @example scoreNote([["o12", 50], ["o13", 50]], "th") //=> "o12, o13 ข้อละ 50.00 คะแนน"
 * @example scoreNote([["i10", 55]], "en") //=> "i10: 55.00"
 */
export function scoreNote(items: [string, number][], lang: Lang): string {
  const codes = items.map(([c]) => c);
  const scores = items.map(([, s]) => s);
  const same = scores.every((s) => s === scores[0]);
  if (items.length === 1 || same) {
    const each = items.length > 1 ? (lang === "th" ? "ข้อละ " : "") : "";
    const tail = items.length > 1 && lang === "en" ? " each" : "";
    return lang === "th"
      ? `${codeList(codes)} ${each}${num(scores[0])} คะแนน`
      : `${codeList(codes)}: ${num(scores[0])}${tail}`;
  }
  const parts = items.map(([c, s]) => (lang === "th" ? `${c} ${num(s)}` : `${c}: ${num(s)}`));
  return lang === "th" ? `${joinList(parts, "th")} คะแนน` : parts.join(", ");
}

/**
 * A phrase with its first letter capitalised, as the start of an English sentence or name.
 *
 * @example capitalise("the agency scored 91.57") //=> "The agency scored 91.57"
 */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A Buddhist-era year in English documents: the Common Era year, so that one document uses one
 * calendar.
 *
 * @example yearEn(2568) //=> "2025"
 */
export const yearEn = (be: number): string => String(be - 543);

/**
 * A Buddhist-era year as a sentence of the language writes it: Thai the BE year, English the
 * Common Era year (`yearEn`), the era the English document uses everywhere else.
 *
 * @example yearIn(2568, "th") //=> "2568"
 * @example yearIn(2568, "en") //=> "2025"
 */
export const yearIn = (be: number, lang: Lang): string => (lang === "th" ? String(be) : yearEn(be));

// In a file of its own, so that the pane's strings take it without this file's imports.
export { fiscalYearEn } from "./fiscalYearEn";
