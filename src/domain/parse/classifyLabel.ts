import { INDICATORS } from "../framework/indicators";
import type { RowKey, ToolCode } from "../types";
import { arabicDigits, cleanText, compact, readItemCode } from "./text";

const NAMES = INDICATORS.map((ind) => ({
  number: ind.number,
  th: compact(ind.name.th),
  en: compact(ind.name.en).toLowerCase(),
}));

/**
 * Says what a label cell stands for: an item, an indicator, a tool, the total, or nothing.
 * Unknown labels give null and their rows are ignored, never guessed into a score.
 *
 * @example classifyLabel("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ") //=> { kind: "indicator", number: 4 }
 * @example classifyLabel("๐17 แนวปฏิบัติ…") //=> { kind: "item", code: "o17" }
 */
export function classifyLabel(label: string): RowKey | null {
  const text = cleanText(label);
  if (text.length === 0 || text.length > 400) return null;
  const code = readItemCode(text);
  if (code) return { kind: "item", code };
  const number = indicatorNumber(text);
  if (number !== null) return { kind: "indicator", number };
  if (/ส่วนที่|part\s*\d/i.test(text)) return null; // EIT part 1 / part 2 rows are not tools
  const tool = /(?:^|[^A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])/i.exec(text);
  if (tool && tool[1] !== undefined && text.length <= 80) {
    return { kind: "tool", tool: tool[1].toUpperCase() as ToolCode };
  }
  if (isTotalLabel(text)) return { kind: "total" };
  return null;
}

function indicatorNumber(text: string): number | null {
  const t = arabicDigits(text);
  const explicit = /^(?:ตัวชี้วัด(?:ที่)?|indicator|ind\.?)\s*(\d{1,2})(?!\d)/i.exec(t);
  if (explicit && explicit[1] !== undefined) {
    const n = Number(explicit[1]);
    return n >= 1 && n <= 10 ? n : null;
  }
  // "4. การใช้ทรัพย์สินของราชการ", "4 การใช้…", or the name alone.
  const numbered = /^(\d{1,2})\s*[.)]?\s*(.*)$/.exec(t);
  const rest = compact(numbered && numbered[2] !== undefined ? numbered[2] : t);
  const named = NAMES.find((n) => rest.startsWith(n.th) || rest.toLowerCase().startsWith(n.en));
  if (!named) return null;
  if (numbered && numbered[1] !== undefined && Number(numbered[1]) !== named.number) return null;
  return named.number;
}

function isTotalLabel(text: string): boolean {
  const t = compact(text).toLowerCase();
  return (
    /^(คะแนนรวม|ผลคะแนนรวม|รวม|ita|total|totalscore|itatotal|overall|คะแนนita|คะแนนitaรวม|รวมita)$/.test(
      t,
    ) || /^(คะแนนรวม|ผลคะแนนรวม|คะแนนita|total)/.test(t)
  );
}

/** A stable string for a row key: "ind:4", "item:i10", "tool:IIT", "total". */
export function keyString(key: RowKey): string {
  switch (key.kind) {
    case "indicator":
      return `ind:${key.number}`;
    case "item":
      return `item:${key.code}`;
    case "tool":
      return `tool:${key.tool}`;
    case "total":
      return "total";
  }
}
