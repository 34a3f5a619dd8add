/**
 * Words that a column would break: every text of a sheet's wrapped cells, piece by piece (the
 * pieces a line may break between: after a space, between two Thai words), measured in its
 * style's font against the width of its cell or merged area (a line may also break after "/"). A piece wider than that is broken
 * inside the word by every host ("Performanc/e").
 */
import { parseRange } from "../src/domain/address";
import { breakPieces, columnTextPoints, textPoints } from "../src/domain/layout/rowHeight";
import type { SheetSpec } from "../src/domain/layout/spec";
import { STYLES } from "../src/domain/layout/styles";

export function brokenWords(sheet: SheetSpec): string[] {
  const spans = new Map<string, number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (!r) continue;
    let w = 0;
    for (let c = r.left; c <= r.right; c++) w += sheet.widths[c - 1] ?? 10;
    spans.set(`${r.top}:${r.left}`, w);
  }
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || typeof cell.v !== "string") return;
      const style = cell.s ? STYLES[cell.s] : undefined;
      if (!style?.wrap) return;
      const width = spans.get(`${r + 1}:${c + 1}`) ?? sheet.widths[c] ?? 10;
      const room = (columnTextPoints(width)[0] ?? 0) - (style.indent ?? 0) * 9;
      for (const line of cell.v.split("\n"))
        for (const piece of breakPieces(line).flatMap((p) => p.split(/(?<=\/)/))) {
          const word = piece.trim();
          if (word && textPoints(word, style.font.size, style.font.bold) > room)
            out.push(`${sheet.name} ${String.fromCharCode(65 + c)}${r + 1}: "${word}"`);
        }
    }),
  );
  return out;
}
