import type { Lang, ToolCode } from "../types";
import { codeList, joinList } from "./format";
import { itemQuestion } from "./itemQuestion";
import { indicatorPhrase, openDataPhrase, surveyPhrase, topicCodes } from "./phrases";

/** An item with a score, as the prose needs it. */
export interface ScoredItem {
  code: string;
  score: number;
  delta: number | null;
  label: string | null;
}

/**
 * What the prose says about one item, or about a group of related OIT items, in one language.
 * `weak` and `strong` are written to follow the opener of their kind (see README.md).
 */
export interface Clause {
  kind: "survey" | "open" | "other";
  items: ScoredItem[];
  weak: string;
  why: string;
  fix: string;
  strong: string;
}

const GENERIC_WHY = {
  th: "ข้อมูลหรือการดำเนินงานในเรื่องนี้ยังไม่ครบถ้วนหรือไม่เป็นที่รับรู้",
  en: "the work or data on this point is incomplete or not known",
};

function surveyClause(item: ScoredItem, indicator: number, year: number, lang: Lang): Clause {
  const p = surveyPhrase(item.code);
  if (p)
    return {
      kind: "survey",
      items: [item],
      weak: p.weak[lang],
      why: p.why[lang],
      fix: p.fix[lang],
      strong: p.strong[lang],
    };
  const q = itemQuestion(item.code, year, lang, item.label);
  return {
    kind: "other",
    items: [item],
    weak: lang === "th" ? `ข้อคำถาม "${q}" ยังได้คะแนนไม่ถึงระดับที่ควร` : `the question "${q}" scores low`,
    why: indicatorPhrase(indicator)?.why[lang] ?? GENERIC_WHY[lang],
    fix: indicatorPhrase(indicator)?.fix[lang] ?? "",
    strong: lang === "th" ? `ผลของข้อคำถาม "${q}"` : `the result of "${q}"`,
  };
}

/** Related OIT items of one topic together; items of a year we have no words for, alone. */
function openClauses(items: ScoredItem[], year: number, lang: Lang): Clause[] {
  const byTopic = new Map<string, ScoredItem[]>();
  for (const item of items) {
    const key = openDataPhrase(item.code, year)?.item.topic ?? `item:${item.code}`;
    byTopic.set(key, [...(byTopic.get(key) ?? []), item]);
  }
  return [...byTopic.entries()].map(([key, group]) => topicClause(key, group, year, lang));
}

function topicClause(key: string, group: ScoredItem[], year: number, lang: Lang): Clause {
  const first = group[0] as ScoredItem;
  const found = openDataPhrase(first.code, year);
  if (!found || key.startsWith("item:")) {
    const q = itemQuestion(first.code, year, lang, first.label);
    return {
      kind: "open",
      items: group,
      weak: q,
      why: GENERIC_WHY[lang],
      fix: lang === "th" ? `เผยแพร่${q}ให้ครบตามองค์ประกอบ` : `publish ${q} with every part`,
      strong: q,
    };
  }
  const { topic } = found;
  const names = group.map((i) => openDataPhrase(i.code, year)?.item.name[lang] ?? i.code);
  const whole = topicCodes(key, year).every((c) => group.some((i) => i.code === c));
  const fixes = group.map((i) => openDataPhrase(i.code, year)?.item.fix[lang] ?? "");
  const th = lang === "th";
  const list = joinList(names, lang);
  return {
    kind: "open",
    items: group,
    weak: th
      ? `ข้อมูล${topic.name.th} ${whole && group.length > 1 ? "ทั้ง" : "ในส่วนของ"}${list}`
      : `data on ${topic.name.en}, namely ${list}`,
    why: topic.why[lang],
    fix: joinList(fixes.filter(Boolean), lang),
    // Several parts of a topic go by the topic's name (their codes follow): lists stay short.
    strong:
      whole || group.length > 1 ? (th ? `ข้อมูล${topic.name.th}` : `data on ${topic.name.en}`) : list,
  };
}

/** The clauses of a list of items of one indicator, in the order of the items. */
export function clausesOf(
  items: ScoredItem[],
  tool: ToolCode,
  indicator: number,
  year: number,
  lang: Lang,
): Clause[] {
  if (tool === "OIT") return openClauses(items, year, lang);
  return items.map((item) => surveyClause(item, indicator, year, lang));
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
