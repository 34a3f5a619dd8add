import { builtInFrameworks } from "./frameworks";
import { topicOf, yearItemOf, type ItemRef } from "./topicOf";
import type { Framework, ItemSpec } from "./types";

/**
 * The year-file entry whose English names an item in English text: the item's own year's
 * entry when it has a text; else, when that year's file does not say the item's wording (2569
 * leaves O2 and O5–O7 unseen), the entry of another built-in year, the nearest first, that the
 * item's own wording matches (`yearItemOf`) and whose topic agrees with the item's. Null when
 * no year words it: the English then names the item by its topic, never by Thai words.
 *
 * @example englishItemOf({ code: "o2", label: "o2 ข้อมูลผู้บริหาร", indicator: 9 }, frameworkFor(2569))?.text?.en //=> "Information on the executives" (2568's o2)
 */
export function englishItemOf(item: ItemRef, framework: Framework): ItemSpec | null {
  const own = yearItemOf(item, framework);
  if (own?.text) return own;
  const topic = topicOf(item, framework);
  if (!topic || !item.label) return null;
  const others = [...builtInFrameworks().values()]
    .filter((f) => f.year !== framework.year)
    .sort((a, b) => Math.abs(a.year - framework.year) - Math.abs(b.year - framework.year));
  for (const other of others) {
    const found = yearItemOf(item, other);
    if (found?.text && found.topic === topic) return found;
  }
  return null;
}
