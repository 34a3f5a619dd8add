import { ITEM_NAMES } from "../framework/itemNames";
import type { Lang } from "../types";

const CODE_PREFIX = /^(?:ข้อ\s*)?[iIeEoO๐]\s*[.\-_]?\s*[0-9๐-๙]{1,2}\s*/;

/**
 * The assessment's question text of an item: the workbook's own wording when it has one (Thai
 * only: the workbook is in Thai), else the framework year's question text, else the code.
 *
 * @example itemQuestion("i10", 2568, "th") //=> "เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืม…"
 */
export function itemQuestion(
  code: string,
  year: number,
  lang: Lang,
  workbookText?: string | null,
): string {
  void year;
  const own = workbookText ? workbookText.replace(CODE_PREFIX, "").trim() : "";
  if (lang === "th" && own) return own;
  return ITEM_NAMES[code]?.[lang] ?? own ?? code;
}
