import type { Analysis, IndicatorResult } from "../analyse/types";
import { topicById } from "../framework/topics";
import { englishItemOf } from "../framework/englishItemOf";
import { yearItemOf } from "../framework/topicOf";
import type { ItemSpec } from "../framework/types";
import type { Lang } from "../types";
import { codeList, joinList, yearIn } from "./format";
import { itemQuestion, ownText, THAI_SCRIPT } from "./itemQuestion";
import { indicatorPhrase, NOT_PUBLISHED_WHY, openDataPhrase, surveyPhrase } from "./phrases";

/** An item with a score, as the prose needs it. */
export interface ScoredItem {
  code: string;
  score: number;
  delta: number | null;
  label: string | null;
  topic: string | null;
  indicator: number;
}

/**
 * What the prose says about one item, or about a group of related OIT items, in one language.
 * `weak` and `strong` are written to follow the opener of their kind (see README.md).
 */
export interface Clause {
  kind: "survey" | "open" | "other";
  /**
   * OIT: `missing` when every item of the clause scored 0 (not published or not accepted),
   * `partial` when none did (published but incomplete), `mixed` for some of each.
   */
  state?: "missing" | "partial" | "mixed";
  items: ScoredItem[];
  weak: string;
  why: string;
  fix: string;
  strong: string;
  /** A noun phrase naming what the item asks about, for a high score that fell. */
  name: string;
}

const MIXED_WHY = {
  th: "ข้อมูลบางรายการยังไม่ได้เผยแพร่หรือไม่ผ่านการตรวจประเมิน และบางรายการยังขาดองค์ประกอบที่เกณฑ์กำหนด",
  en: "some of the data was not published or not accepted, and some lacks parts the criteria require",
};

const GENERIC_WHY = {
  th: "ข้อมูลหรือการดำเนินงานในเรื่องนี้ยังไม่ครบถ้วนหรือไม่เป็นที่รับรู้",
  en: "the work or data on this point is incomplete or not known",
};

/** A text without the years typed in it ("ประจำปี พ.ศ. 2568" → "ประจำปี"). */
const withoutYears = (text: string) =>
  text
    .replace(/\s*(?:พ\.\s*ศ\.\s*)?(?:25|20)\d\d\b/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** `{year}` in a year file's words, as the year the item covers. */
const withYear = (text: string, year: number, lang: Lang) =>
  text.replace(/\{year\}/g, yearIn(year, lang));

/**
 * The year an OIT item's data covers: in the assessed year (`when` "assessed") the assessed
 * year or the one before; in the plan's year ("plan"), one later (the plan is for next year).
 */
function coveredYear(item: ItemSpec | null, analysis: Analysis, when: "assessed" | "plan") {
  const base = when === "assessed" ? analysis.year : analysis.year + 1;
  return item?.reportsOn === "last-year" ? base - 1 : base;
}

/** An OIT item's short name and fix: the year file's, else from its own text. */
function openWords(item: ScoredItem, analysis: Analysis, lang: Lang) {
  const th = lang === "th";
  // In English, the year file's English (another year's when its own does not word the
  // item), else the workbook's text only when it is not Thai, else the item's topic.
  const entry = th ? yearItemOf(item, analysis.framework) : englishItemOf(item, analysis.framework);
  const own = ownText(item.label);
  const text = th
    ? own || entry?.text?.th
    : entry?.text?.en || (own && !THAI_SCRIPT.test(own) ? own : topicById(item.topic)?.name.en);
  const name = entry?.name
    ? withYear(entry.name[lang], coveredYear(entry, analysis, "assessed"), lang)
    : text || (th ? `ข้อ ${item.code}` : `item ${item.code}`);
  // Next year's data, not this year's: a year typed in the workbook's text is left out.
  const plain = entry?.name
    ? withYear(entry.name[lang], coveredYear(entry, analysis, "plan"), lang)
    : withoutYears(name);
  const gap = /[\u0e00-\u0e7f]$/.test(plain) ? "" : " ";
  const fix = entry?.fix
    ? withYear(entry.fix[lang], coveredYear(entry, analysis, "plan"), lang)
    : item.score === 0
      ? th
        ? `จัดทำและเผยแพร่${plain}${gap}บนเว็บไซต์หลักของหน่วยงาน`
        : `prepare ${plain} and publish it on the main website`
      : th
        ? `เผยแพร่${plain}${gap}ให้ครบตามองค์ประกอบที่กำหนด`
        : `publish ${plain} with every required part`;
  return { name, fix };
}

function surveyClause(item: ScoredItem, analysis: Analysis, lang: Lang): Clause {
  const p = surveyPhrase(item.topic);
  const topic = topicById(item.topic);
  if (p && topic)
    return {
      kind: "survey",
      items: [item],
      weak: p.weak[lang],
      why: p.why[lang],
      fix: p.fix[lang],
      strong: p.strong[lang],
      name: topic.name[lang],
    };
  const q = itemQuestion(item, analysis.framework, lang);
  const general = indicatorPhrase(item.indicator);
  return {
    kind: "other",
    items: [item],
    weak: lang === "th" ? `ข้อคำถาม "${q}" ยังได้คะแนนไม่ถึงระดับที่ควร` : `the question "${q}" scores low`,
    why: general?.why[lang] ?? GENERIC_WHY[lang],
    fix: general?.fix[lang] ?? "",
    strong: lang === "th" ? `ผลของข้อคำถาม "${q}"` : `the result of "${q}"`,
    name: lang === "th" ? `ข้อคำถาม "${q}"` : `the question "${q}"`,
  };
}

/**
 * Related OIT items of one topic together (with `byState`, those scored 0 apart from those
 * published but incomplete); an item without a topic alone, named by its own text.
 */
function openClauses(
  items: ScoredItem[],
  ind: IndicatorResult,
  analysis: Analysis,
  lang: Lang,
  byState: boolean,
): Clause[] {
  const groups = new Map<string, ScoredItem[]>();
  for (const item of items) {
    const state = byState && item.score === 0 ? "0" : "";
    const key = `${item.topic ?? `item:${item.code}`}|${state}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => topicClause(group, ind, analysis, lang));
}

function topicClause(
  group: ScoredItem[],
  ind: IndicatorResult,
  analysis: Analysis,
  lang: Lang,
): Clause {
  const first = group[0] as ScoredItem;
  const missing = group.every((i) => i.score === 0);
  const mixed = !missing && group.some((i) => i.score === 0);
  const topic = topicById(first.topic);
  const words = group.map((i) => openWords(i, analysis, lang));
  const names = words.map((w) => w.name);
  const fix = joinList(
    words.map((w) => w.fix),
    lang,
  );
  const state = missing ? ("missing" as const) : mixed ? ("mixed" as const) : ("partial" as const);
  const why = (topicWhy: string) =>
    missing ? NOT_PUBLISHED_WHY[lang] : mixed ? MIXED_WHY[lang] : topicWhy;
  if (!topic) {
    return {
      kind: "open",
      state,
      items: group,
      weak: names[0] as string,
      why: why(GENERIC_WHY[lang]),
      fix,
      strong: names[0] as string,
      name: names[0] as string,
    };
  }
  // The whole topic: every item of the indicator with this topic is in the group.
  const whole = ind.items
    .filter((i) => i.topic === topic.id && i.score !== null)
    .every((i) => group.some((g) => g.code === i.code));
  const th = lang === "th";
  const list = joinList(names, lang);
  const topicName = th ? `ข้อมูล${topic.name.th}` : `data on ${topic.name.en}`;
  return {
    kind: "open",
    state,
    items: group,
    // A topic of one item here is named by the item: "ข้อมูล<topic> ในส่วนของ<item>" says it twice.
    weak:
      whole && group.length === 1
        ? list
        : th
          ? `${topicName} ${whole ? "ทั้ง" : "ในส่วนของ"}${list}`
          : `${topicName}, namely ${list}`,
    why: why(openDataPhrase(topic.id)?.why[lang] ?? GENERIC_WHY[lang]),
    fix,
    // Several parts of a topic go by the topic's name (their codes follow): lists stay short.
    strong: whole || group.length > 1 ? topicName : list,
    name: topicName,
  };
}

/**
 * The clauses of a list of items of one indicator, in the order of the items. `byState` keeps
 * an OIT topic's items at 0 apart from its incomplete ones (the analysis says each precisely;
 * the plan names a topic once).
 */
export function clausesOf(
  items: ScoredItem[],
  ind: IndicatorResult,
  analysis: Analysis,
  lang: Lang,
  byState = true,
): Clause[] {
  if (ind.tool === "OIT") return openClauses(items, ind, analysis, lang, byState);
  return items.map((item) => surveyClause(item, analysis, lang));
}

/**
 * OIT clauses named briefly: a whole topic by its name, a part of one by the parts' names,
 * without "topic, in its part …" (for the plan, and for a paragraph listing many topics).
 */
export function briefOpen(clauses: Clause[]): Clause[] {
  return clauses.map((c) => (c.kind === "open" ? { ...c, weak: c.strong } : c));
}

/** "(i10)", "(o1–o4)": the codes of a clause, for the parentheses after it. */
export function codesOf(clause: Clause): string {
  return `(${codeList(clause.items.map((i) => i.code))})`;
}
