import { questionOf } from "../framework/itemNames";
import type { Lang } from "../types";

const CODE_PREFIX = /^(?:ข้อ\s*)?[iIeEoO๐]\s*[.\-_]?\s*[0-9๐-๙]{1,2}\s*/;

/** The workbook's own text of an item without its code ("ข้อ i1 …", "๐17 …"), or "". */
export function ownText(workbookText: string | null | undefined): string {
  return workbookText ? workbookText.replace(CODE_PREFIX, "").replace(/\s+/g, " ").trim() : "";
}

/**
 * The assessment's question text of an item: the workbook's own wording when it has one (in
 * Thai: workbooks are in Thai), else the year's question text, else the code itself.
 *
 * @example itemQuestion("i4", 2568, "th") //=> "หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด"
 * @example itemQuestion("o30", 2569, "en", "o30 รายงาน…") //=> "รายงาน…" (the workbook's, no English known)
 */
export function itemQuestion(
  code: string,
  year: number,
  lang: Lang,
  workbookText?: string | null,
): string {
  const own = ownText(workbookText);
  const known = questionOf(code, year);
  if (lang === "th") return own || known?.th || code;
  return known?.en || own || code;
}
