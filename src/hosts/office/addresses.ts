import { columnNumber, parseRange } from "../../domain/address";

export type Area = { top: number; left: number; bottom: number; right: number };

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * The areas of an address as Excel returns it (`'สรุป, 2568'!A1:B2,'สรุป, 2568'!C3`, `Sheet1!A:E`,
 * `5:7`), each without its sheet. Commas inside a quoted sheet name do not split.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i] as string;
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => {
      const bang = p.lastIndexOf("!");
      return (bang >= 0 ? p.slice(bang + 1) : p).trim();
    })
    .filter((p) => p.length > 0);
}

/** An area in A1 notation, whole columns (`A:E`) or whole rows (`5:7`) included. */
export function parseArea(text: string): Area | null {
  const t = text.replace(/\$/g, "").trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(t);
  if (cols) {
    const a = columnNumber((cols[1] as string).toUpperCase());
    const b = columnNumber((cols[2] as string).toUpperCase());
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(t);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLS };
  }
  return parseRange(t);
}

export const cellsOf = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

export function intersect(a: Area, b: Area): Area | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export const within = (inner: Area, outer: Area) =>
  inner.top >= outer.top &&
  inner.left >= outer.left &&
  inner.bottom <= outer.bottom &&
  inner.right <= outer.right;
