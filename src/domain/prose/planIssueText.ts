import type { Analysis, IndicatorResult } from "../analyse/types";
import type { Lang } from "../types";
import { briefOpen, clausesOf, type Clause } from "./clauses";
import { joinList, yearEn } from "./format";
import { hasItemScores, lowerClauses, splitItems, weakClauses } from "./indicatorText";
import { indicatorPhrase, NOT_PUBLISHED_WHY } from "./phrases";

const T = {
  th: {
    under: (floor: number) => `คะแนนตัวชี้วัดต่ำกว่าเกณฑ์ ${floor} คะแนน `,
    fell: (year: number | null) => `คะแนนตัวชี้วัดลดลงจากปี ${year ?? "ก่อน"} `,
    by: "โดย",
    because: " ซึ่งอาจเกิดจาก",
    sameAs: (row: number) => `ประเด็นเดียวกับลำดับที่ ${row}`,
    keep: (strong: string, items: boolean) =>
      `${items ? "ผลการประเมินไม่ต่ำกว่าเกณฑ์ทุกข้อ" : "คะแนนตัวชี้วัดไม่ต่ำกว่าเกณฑ์"} จึงต้องรักษาระดับไว้ให้${strong}`,
    openWhy: "ข้อมูลที่เผยแพร่ยังไม่เป็นปัจจุบันหรือยังขาดองค์ประกอบที่เกณฑ์กำหนด",
  },
  en: {
    under: (floor: number) => `the indicator is under ${floor}: `,
    fell: (year: number | null) =>
      `the indicator fell from ${year === null ? "last year" : yearEn(year)}: `,
    by: "",
    because: ", possibly because ",
    sameAs: (row: number) => `the same issue as row ${row}`,
    keep: (strong: string, items: boolean) =>
      `${items ? "every result meets its floor" : "the indicator meets its floor"}; keep it so that ${strong}`,
    openWhy: "what is published is out of date or lacks parts the criteria require",
  },
};

/**
 * The plan's issue column, in words: what is weak and its likely cause (codes in parentheses,
 * no score lists), or what must be kept. With `codes`, only those weak items are spoken of (a
 * measure aimed at them, or a general measure beside such measures).
 */
export function planIssueText(
  ind: IndicatorResult,
  analysis: Analysis,
  lang: Lang,
  codes?: string[],
): string {
  const t = T[lang];
  const phrase = indicatorPhrase(ind.number);
  if (ind.flag === "maintain" || ind.flag === null)
    return finish(t.keep(phrase?.strong[lang] ?? ind.name[lang], hasItemScores(ind)), lang);
  // The plan names what is missing, not each part of it (the analysis sheet does): an OIT topic
  // by its name alone, and several topics with their one common cause.
  const clauses = briefOpen(weakClausesOf(ind, analysis, lang, codes));
  // A high score that fell: named for what it asks, to strengthen, with no cause of failure.
  if (ind.flag === "develop" && clauses.length > 0)
    return finish(
      `${t.fell(analysis.previousYear)}${lowerClauses(ind, analysis, clauses, lang, false)}`,
      lang,
    );
  const opener =
    ind.flag === "develop"
      ? t.fell(analysis.previousYear)
      : ind.score !== null && ind.score < analysis.floors.indicator
        ? t.under(analysis.floors.indicator)
        : "";
  const what =
    clauses.length > 0
      ? `${opener}${opener ? t.by : ""}${weakClauses(ind, clauses, lang, false)}`
      : `${opener}${phrase?.weak[lang] ?? ""}`;
  const open = clauses.filter((c) => c.kind === "open");
  const missing = open.some((c) => c.state !== "partial");
  const partial = open.some((c) => c.state !== "missing");
  const whys =
    open.length > 1
      ? [...(missing ? [NOT_PUBLISHED_WHY[lang]] : []), ...(partial ? [t.openWhy] : [])]
      : [
          ...new Set(
            (clauses.length > 0 ? clauses.map((c) => c.why) : [phrase?.why[lang] ?? ""]).filter(
              Boolean,
            ),
          ),
        ];
  return finish(`${what}${whys.length > 0 ? t.because + joinList(whys, lang) : ""}`, lang);
}

/**
 * The steps for an OIT indicator's weak items (only `codes`, when given): what to publish, a
 * step per item, in the words of the analysis' fixes (the year file's, with the year each must
 * cover). Empty for a survey indicator.
 */
export function openDataSteps(
  ind: IndicatorResult,
  analysis: Analysis,
  lang: Lang,
  codes?: string[],
): string[] {
  if (ind.tool !== "OIT" || ind.flag !== "improve") return [];
  // A step per item, each in its own words (one clause of a topic joins them).
  return weakClausesOf(ind, analysis, lang, codes)
    .flatMap((c) => c.items.map((i) => clausesOf([i], ind, analysis, lang)[0]?.fix ?? ""))
    .map((fix) => (lang === "en" ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix))
    .filter(Boolean);
}

/** The plan's issue of a row that repeats an earlier row's: "the same issue as row N". */
export function sameIssueText(row: number, lang: Lang): string {
  return finish(T[lang].sameAs(row), lang);
}

/** English sentences start with a capital and end with a full stop; Thai ones stay as written. */
function finish(text: string, lang: Lang): string {
  return lang === "en" ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : text;
}

/** The clauses of an indicator's weak items (only `codes`, when given). */
function weakClausesOf(
  ind: IndicatorResult,
  analysis: Analysis,
  lang: Lang,
  codes?: string[],
): Clause[] {
  const weak = splitItems(ind, analysis).weak.filter((i) => !codes || codes.includes(i.code));
  // The plan names a topic once, whether its items are missing or incomplete.
  return clausesOf(weak, ind, analysis, lang, false);
}
