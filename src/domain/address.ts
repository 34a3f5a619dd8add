/** A1 addressing helpers shared by the parser, the layout and the hosts. */

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (3, 2) → "B3". */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Sheet name quoted as Excel quotes it in references: `'It''s'`. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** ("ITA", 31, 3) → "'ITA'!C31". */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${a1(row, column)}`;
}

/** Parses "B3" or "$B$3" into a 1-based row and column. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** Parses "A1:C3" (or a single cell) into its corners. */
export function parseRange(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to] = range.split(":");
  const start = from === undefined ? null : parseA1(from);
  const end = to === undefined ? start : parseA1(to);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Splits "'Sheet'!C7" into its sheet and address. */
export function splitCellRef(ref: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m || m[3] === undefined) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  return { sheet, address: m[3] };
}
