import { ownText, yearItemOf, type ItemRef } from "../framework/topicOf";
import type { Framework } from "../framework/types";
import type { Lang } from "../types";

export { ownText };

/**
 * The assessment's question text of an item: in Thai the workbook's own wording when it has
 * one (workbooks are in Thai), else the year file's wording of the same item (found by what it
 * says, `yearItemOf`), else the code itself; in English the year file's, else the workbook's.
 *
 * @example itemQuestion({ code: "i4" }, frameworkFor(2568), "th") //=> "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด"
 * @example itemQuestion({ code: "o30", label: "o30 รายงาน…" }, frameworkFor(2569), "en") //=> "รายงาน…" (the workbook's, no English known)
 */
export function itemQuestion(item: ItemRef, framework: Framework, lang: Lang): string {
  const own = ownText(item.label);
  const known = yearItemOf(item, framework)?.text;
  if (lang === "th") return own || known?.th || item.code;
  return known?.en || own || item.code;
}
