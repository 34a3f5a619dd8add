import type { ItemResult } from "../analyse/types";
import { ITEM_NAMES } from "../framework/itemNames";
import type { Lang } from "../types";

const CODE_PREFIX = /^(?:ข้อ\s*)?[iIeEoO๐]\s*[.\-_]?\s*[0-9๐-๙]{1,2}\s*/;

/**
 * An item's label for the generated sheets: its code as it should be written (o17, never ๐17)
 * followed by the question as the workbook words it, or the framework's short name.
 */
export function itemLabel(item: ItemResult, lang: Lang): string {
  const own = item.label ? item.label.replace(CODE_PREFIX, "").trim() : "";
  const name = lang === "th" && own ? own : (ITEM_NAMES[item.code]?.[lang] ?? own);
  return name ? `${item.code} ${name}` : item.code;
}
