import type { ToolCode } from "../types";
import { findTopic, NO_TOPIC, normaliseText } from "./topics";
import type { Framework, ItemSpec } from "./types";

/** An item as a workbook gives it: its code, the text beside it, the indicator it sits under. */
export interface ItemRef {
  code: string;
  /** The workbook's own text of the item (its code in front is allowed), or null. */
  label?: string | null;
  /** The indicator the workbook places it under; else the code's letter tells its tool. */
  indicator?: number;
}

const CODE_PREFIX = /^(?:ข้อ\s*)?[iIeEoO๐]\s*[.\-_]?\s*[0-9๐-๙]{1,2}\s*/;

/** The workbook's own text of an item without its code ("ข้อ i1 …", "๐17 …"), or "". */
export function ownText(workbookText: string | null | undefined): string {
  return workbookText ? workbookText.replace(CODE_PREFIX, "").replace(/\s+/g, " ").trim() : "";
}

const TOOL_OF_LETTER: Record<string, ToolCode> = { i: "IIT", e: "EIT", o: "OIT" };

/** The tool of an item: its indicator's, else its code's letter. */
export function toolOf(item: ItemRef, framework: Framework): ToolCode | null {
  const ind = framework.indicators.find((i) => i.number === item.indicator);
  return ind?.tool ?? TOOL_OF_LETTER[item.code.charAt(0).toLowerCase()] ?? null;
}

/** A text as two texts are compared: no space, digit, year or punctuation. */
function bare(text: string): string {
  return normaliseText(text)
    .replace(/พ\.ศ\.|ฯ/g, "")
    .replace(/[\s\d๐-๙.,:;*()"'“”\-–/]/g, "");
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** How alike two texts are, 0–1 (Dice's coefficient on letter pairs). */
function likeness(a: string, b: string): number {
  const x = bigrams(bare(a));
  const y = bigrams(bare(b));
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How alike a workbook's text must be to a year file's for the two to be one item. */
const SAME_ITEM = 0.7;

/**
 * The year file's entry for a workbook's item, found by what the item says: with its own
 * text, the entry of the same tool (and topic, when the text tells one) whose wording is most
 * alike, if alike enough — whatever its number, since a local government's list may number
 * it otherwise; without a text, the entry with its code. Null when none is found.
 *
 * @example yearItemOf({ code: "o13", label: "o13 รายงานผลการจัดซื้อจัดจ้างประจำปี" }, frameworkFor(2569))?.code //=> "o12"
 */
export function yearItemOf(item: ItemRef, framework: Framework): ItemSpec | null {
  const memo = memoOf(framework);
  const key = `${item.code}\u0000${item.label ?? ""}\u0000${item.indicator ?? ""}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = findYearItem(item, framework);
  memo.set(key, found);
  return found;
}

/** What `yearItemOf` found for each item, per framework (the prose asks for one item often). */
const MEMO = new WeakMap<Framework, Map<string, ItemSpec | null>>();
function memoOf(framework: Framework): Map<string, ItemSpec | null> {
  let memo = MEMO.get(framework);
  if (!memo) MEMO.set(framework, (memo = new Map()));
  return memo;
}

function findYearItem(item: ItemRef, framework: Framework): ItemSpec | null {
  const own = ownText(item.label);
  const tool = toolOf(item, framework);
  if (own === "") return framework.items.find((i) => i.code === item.code.toLowerCase()) ?? null;
  if (!tool) return null;
  const topic = findTopic(own, tool);
  const letter = item.code.charAt(0).toLowerCase();
  let best: ItemSpec | null = null;
  let score = SAME_ITEM;
  for (const candidate of framework.items) {
    if (!candidate.text || candidate.code.charAt(0) !== letter) continue;
    if (topic && candidate.topic !== topic) continue;
    const s = Math.max(likeness(own, candidate.text.th), likeness(own, candidate.text.en));
    // A tie goes to the entry with the item's own code.
    if (s > score || (s === score && candidate.code === item.code.toLowerCase())) {
      best = candidate;
      score = s;
    }
  }
  return best;
}

/**
 * The topic of an item, found from what it says: its own text in the workbook first (matched
 * against the topics of its tool), then the year's list in the framework (`yearItemOf`), then
 * nothing (null). A year file's `none` is nothing too.
 *
 * @example topicOf({ code: "o11", label: "o11 สรุปผลการจัดซื้อจัดจ้างฯ รายเดือน", indicator: 9 }, frameworkFor(2569)) //=> "procurement"
 * @example topicOf({ code: "o11" }, frameworkFor(2568)) //=> "services" (2568's o11 is service statistics)
 */
export function topicOf(item: ItemRef, framework: Framework): string | null {
  const memo = topicMemoOf(framework);
  const key = `${item.code}\u0000${item.label ?? ""}\u0000${item.indicator ?? ""}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = findItemTopic(item, framework);
  memo.set(key, found);
  return found;
}

const TOPIC_MEMO = new WeakMap<Framework, Map<string, string | null>>();
function topicMemoOf(framework: Framework): Map<string, string | null> {
  let memo = TOPIC_MEMO.get(framework);
  if (!memo) TOPIC_MEMO.set(framework, (memo = new Map()));
  return memo;
}

function findItemTopic(item: ItemRef, framework: Framework): string | null {
  const tool = toolOf(item, framework);
  const own = ownText(item.label);
  const found = tool && own ? findTopic(own, tool) : null;
  if (found) return found;
  const listed = yearItemOf(item, framework)?.topic ?? null;
  return listed === NO_TOPIC ? null : listed;
}
