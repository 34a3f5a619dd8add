import { agencyOf } from "../agency/agencyOf";
import { sayAgencyWords } from "../agency/words";
import type { Analysis, IndicatorResult } from "../analyse/types";
import type { Lang } from "../types";
import { briefOpen, clausesOf, codesOf, type Clause, type ScoredItem } from "./clauses";
import { codeList, joinList, scoreNote } from "./format";
import { indicatorPhrase } from "./phrases";
import type { IndicatorText } from "./types";
import { WORDS } from "./words";

/** The items the text names as weak (the flag's causes) and those it names as strong. */
export interface ItemSplit {
  weak: ScoredItem[];
  strong: ScoredItem[];
}

/**
 * Splits an indicator's scored items: its causes are weak, the others at their floor strong
 * (an OIT item scored 0 is never kept, whatever the floor).
 */
export function splitItems(ind: IndicatorResult, analysis: Analysis): ItemSplit {
  const floor = analysis.floors.item[ind.tool];
  const named = new Set(ind.flag === "maintain" ? [] : ind.causes.map((c) => c.code));
  const scored = ind.items.flatMap((i) =>
    i.score === null
      ? []
      : [
          {
            code: i.code,
            score: i.score,
            delta: i.delta,
            label: i.label,
            topic: i.topic,
            indicator: i.indicator,
          },
        ],
  );
  return {
    weak: scored.filter((i) => named.has(i.code)),
    strong: scored.filter(
      (i) => !named.has(i.code) && i.score >= floor && !(ind.tool === "OIT" && i.score === 0),
    ),
  };
}

/** The indicator has item scores this year: only then may a sentence speak of "every item". */
export const hasItemScores = (ind: IndicatorResult): boolean =>
  ind.items.some((i) => i.score !== null);

/** The weak items in words: who thinks what (survey) or what is not published (OIT). */
export function weakClauses(
  ind: IndicatorResult,
  clauses: Clause[],
  lang: Lang,
  withScores = true,
): string {
  const w = WORDS[lang];
  const noted = (c: Clause) =>
    withScores
      ? `${c.weak} (${scoreNote(
          c.items.map((i) => [i.code, i.score]),
          lang,
        )})`
      : `${c.weak} ${codesOf(c)}`;
  const survey = clauses.filter((c) => c.kind === "survey");
  const missing = clauses.filter((c) => c.kind === "open" && c.state === "missing");
  const partial = clauses.filter((c) => c.kind === "open" && c.state === "partial");
  const mixed = clauses.filter((c) => c.kind === "open" && c.state === "mixed");
  const other = clauses.filter((c) => c.kind === "other").map(noted);
  const low = Math.min(...survey.flatMap((c) => c.items.map((i) => i.score)));
  const parts = [
    survey.length > 0 ? w.respondents(ind.tool, low < 70) + joinList(survey.map(noted), lang) : "",
    // An OIT item at 0 was not published or not accepted; one under full marks is incomplete.
    missing.length > 0 ? w.openMissing(missing.length) + joinList(missing.map(noted), lang) : "",
    partial.length > 0 ? w.openGap(partial.length) + joinList(partial.map(noted), lang) : "",
    mixed.length > 0 ? w.openMixed(mixed.length) + joinList(mixed.map(noted), lang) : "",
    ...other,
  ].filter(Boolean);
  return joinList(parts, lang);
}

/**
 * Items above their floor that are the reason for a `develop` flag (the lowest, or those that
 * fell), named by what they ask, with their scores: never as failings, since they meet their
 * floor.
 */
export function lowerClauses(
  ind: IndicatorResult,
  analysis: Analysis,
  clauses: Clause[],
  lang: Lang,
  withScores = true,
): string {
  const w = WORDS[lang];
  const items = clauses.flatMap((c) => c.items);
  const fell = items.every((i) => i.delta !== null && i.delta < 0);
  const same = items.every((i) => i.score === items[0]?.score);
  const note = (list: typeof items) =>
    withScores
      ? ` (${scoreNote(
          list.map((i) => [i.code, i.score]),
          lang,
        )})`
      : ` (${codeList(list.map((i) => i.code))})`;
  const names =
    same || !withScores
      ? joinList(
          clauses.map((c) => c.name),
          lang,
        ) + note(items)
      : joinList(
          clauses.map((c) => c.name + note(c.items)),
          lang,
        );
  // Every scored item of the indicator at one score: they tie, none is the lowest.
  const scored = ind.items.filter((i) => i.score !== null).length;
  const all = same && items.length > 1 && items.length === scored;
  return w.keptButLower(fell, items.length, names, analysis.floors.item[ind.tool], all);
}

function foundImprove(ind: IndicatorResult, analysis: Analysis, weak: Clause[], lang: Lang) {
  const w = WORDS[lang];
  const floor = analysis.floors.indicator;
  const score = ind.score as number;
  const under = score < floor;
  const fell = under && ind.delta !== null && ind.delta < 0 && analysis.previousYear !== null;
  if (weak.length === 0)
    return w.underOnly(indicatorPhrase(ind.number)?.weak[lang] ?? "", score, floor);
  // More than two OIT topics read better named briefly; the fix paragraph gives each part.
  const open = weak.filter((c) => c.kind === "open").length;
  return (
    weakClauses(ind, open > 2 ? briefOpen(weak) : weak, lang) +
    w.itemFloor(analysis.floors.item[ind.tool]) +
    (under ? w.indicatorUnder(score, floor) : "") +
    (fell ? w.fellFrom(ind.delta as number, analysis.previousYear as number) : "")
  );
}

function foundDevelop(ind: IndicatorResult, analysis: Analysis, weak: Clause[], lang: Lang) {
  const w = WORDS[lang];
  const head = w.fell(
    ind.previous as number,
    ind.score as number,
    ind.delta as number,
    analysis.floors.indicator,
  );
  if (weak.length === 0) return head;
  return `${head}${w.by}${lowerClauses(ind, analysis, weak, lang)}`;
}

function foundText(ind: IndicatorResult, analysis: Analysis, weak: Clause[], lang: Lang): string {
  if (ind.flag === "improve") return foundImprove(ind, analysis, weak, lang);
  if (ind.flag === "develop") return foundDevelop(ind, analysis, weak, lang);
  const prev = ind.delta === null ? null : analysis.previousYear;
  return WORDS[lang].noDefect(prev, hasItemScores(ind));
}

function fixText(ind: IndicatorResult, weak: Clause[], lang: Lang): string {
  const w = WORDS[lang];
  if (ind.flag === "maintain" || ind.flag === null) return w.none;
  const fixes = [...new Set(weak.map((c) => c.fix).filter(Boolean))];
  if (fixes.length === 0) return indicatorPhrase(ind.number)?.fix[lang] ?? w.none;
  const text = fixes.length === 1 ? (fixes[0] as string) : w.numbered(fixes);
  return ind.tool === "OIT" ? text + w.openFix : text;
}

function strongList(ind: IndicatorResult, strong: Clause[], lang: Lang): string {
  const w = WORDS[lang];
  if (strong.length === 0) return "";
  const list = joinList(
    strong.map((c) => `${c.strong} ${codesOf(c)}`),
    lang,
  );
  if (ind.tool !== "OIT") return list;
  const full = strong.every((c) => c.items.every((i) => i.score >= 100));
  return `${w.publishing}${list}${full ? w.fullMarks : ""}`;
}

function keepText(ind: IndicatorResult, analysis: Analysis, strong: Clause[], lang: Lang): string {
  const w = WORDS[lang];
  const gain =
    ind.delta !== null && ind.delta > 0 && ind.previous !== null && ind.score !== null
      ? w.gain(ind.previous, ind.score, ind.delta)
      : "";
  const list = strongList(ind, strong, lang);
  // "Raised by" only when no item kept has fallen; otherwise the list is kept beside the gain.
  const fell = strong.some((c) => c.items.some((i) => i.delta !== null && i.delta < 0));
  const body = gain && list ? `${gain}${fell ? w.besides : w.also}${list}` : gain || list;
  // The paragraph's heading already says these are to be kept: no closing sentence after a list.
  if (body) return body;
  const floor = analysis.floors.indicator;
  if (ind.score === null || ind.score < floor) return w.none;
  // Every item is spoken of as weak (they all fell): what holds is that none is under its floor,
  // not the indicator's usual strength, which its defects contradict.
  if (hasItemScores(ind)) return w.itemsAbove(analysis.floors.item[ind.tool]) + w.closing;
  return (indicatorPhrase(ind.number)?.strong[lang] ?? "") + w.stillAbove(floor) + w.closing;
}

/**
 * The three parts officers write for an indicator, as complete sentences in the chosen language:
 * ข้อบกพร่องที่ตรวจพบ คือ … (the cause, named by what the weak items ask, codes in
 * parentheses), ข้อที่ต้องแก้ไขปรับปรุง คือ … (what to do), ข้อที่ต้องรักษาระดับไว้ คือ … (what
 * is done well, and a gain even when the indicator is still flagged). Each item is named once.
 */
export function indicatorText(ind: IndicatorResult, analysis: Analysis, lang: Lang): IndicatorText {
  const w = WORDS[lang];
  const { weak, strong } = splitItems(ind, analysis);
  const weakC = clausesOf(weak, ind, analysis, lang);
  const strongC = clausesOf(strong, ind, analysis, lang);
  const agency = agencyOf(analysis);
  const sentence = (head: string, body: string) =>
    sayAgencyWords(`${head} ${body}${w.end}`, agency, lang);
  if (ind.flag === null || ind.score === null) {
    return {
      found: sentence(w.head.found, "-"),
      fix: sentence(w.head.fix, "-"),
      keep: sentence(w.head.keep, "-"),
    };
  }
  return {
    found: sentence(w.head.found, foundText(ind, analysis, weakC, lang)),
    fix: sentence(w.head.fix, fixText(ind, weakC, lang)),
    keep: sentence(w.head.keep, keepText(ind, analysis, strongC, lang)),
  };
}
