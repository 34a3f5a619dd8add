import { englishItemOf } from "../framework/englishItemOf";
import { ownText, topicOf, yearItemOf, type ItemRef } from "../framework/topicOf";
import { topicById } from "../framework/topics";
import type { Framework } from "../framework/types";
import type { Lang } from "../types";
import { capitalise } from "./format";

export { ownText };

/** Thai script: never in an English sentence but for the agency's own name. */
export const THAI_SCRIPT = /[\u0e00-\u0e7f]/;

/**
 * The assessment's question text of an item: in Thai the workbook's own wording when it has
 * one (workbooks are in Thai), else the year file's wording of the same item (found by what it
 * says, `yearItemOf`), else the code itself. In English the year file's English of the item
 * (`englishItemOf`, another year's when its own year does not word it), else the workbook's
 * own wording when it has no Thai in it, else the item's topic, else the code.
 *
 * @example itemQuestion({ code: "i4" }, frameworkFor(2568), "th") //=> "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด"
 * @example itemQuestion({ code: "o2", label: "o2 ข้อมูลผู้บริหาร", indicator: 9 }, frameworkFor(2569), "en") //=> "Information on the executives"
 */
export function itemQuestion(item: ItemRef, framework: Framework, lang: Lang): string {
  const own = ownText(item.label);
  if (lang === "th") return own || yearItemOf(item, framework)?.text?.th || item.code;
  const known = englishItemOf(item, framework)?.text?.en;
  if (known) return known;
  if (own && !THAI_SCRIPT.test(own)) return own;
  const topic = topicById(topicOf(item, framework));
  return topic ? capitalise(topic.name.en) : item.code;
}
