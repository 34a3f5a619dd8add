/**
 * Row heights from measured text. ExcelJS does not auto-fit rows and Excel does not auto-fit on
 * open, so every row the file writer makes gets a height computed here: the text is measured
 * with the advance widths of TH Sarabun's metric twin (fontMetrics.ts, generated from the TTF by
 * scripts/fontMetrics.ts; Thai marks above and below the line have no advance), wrapped at word
 * boundaries (Thai words by the dictionary of `Intl.Segmenter`, as LibreOffice's ICU does; at
 * spaces and Thai letter clusters where it is missing), and the lines times the line height of
 * the font is the row's height, capped at Excel's 409 pt. Checked by rendering:
 * `npx tsx scripts/checkRowHeights.ts` prints each text with LibreOffice and compares the lines.
 * Inside Excel the Office writer also calls `autofitRows()`, which measures with the font that
 * is really there.
 */
import { FONT_METRICS, type FaceMetrics } from "./fontMetrics";

/** Excel's highest row. */
export const MAX_ROW_POINTS = 409;

/**
 * Points per line for 1 pt of font size: LibreOffice draws Laksaman (which fontconfig substitutes
 * for TH Sarabun) 26.5 pt a line at 16 pt, measured on rendered pages; Excel's lines of TH
 * Sarabun are no taller, so a row is never cut in either.
 */
const LINE_EM = 1.657;
/** Space above and below the text of a cell, in points. */
const CELL_PADDING = 3;
/** Width of a character the table does not hold (symbols drawn by a fallback font), in em. */
const FALLBACK_EM = 0.8;
/**
 * How wide a column of `units` is drawn, as [pixels per unit, pixels of padding]: Excel (7 px,
 * the digit width of Calibri 11, the usual Normal font) and LibreOffice (7.43 px, Carlito's exact
 * digit width; measured on rendered pages). Text is wrapped for both and the larger count kept.
 */
const COLUMN_MODELS: [number, number][] = [
  [7, 5],
  [7.43, 3],
];

type Face = FaceMetrics;

function advanceOf(face: Face, cp: number): number {
  for (const range of face.ranges) {
    const i = cp - range.from;
    if (i >= 0 && i < range.widths.length) {
      const w = range.widths[i] as number;
      return w < 0 ? FALLBACK_EM * FONT_METRICS.unitsPerEm : w;
    }
  }
  const ch = String.fromCodePoint(cp);
  const extra = face.extra[ch];
  if (extra !== undefined && extra >= 0) return extra;
  // Combining marks of any script take no room of their own.
  if (/\p{M}/u.test(ch)) return 0;
  return FALLBACK_EM * FONT_METRICS.unitsPerEm;
}

/** Width of a text in points at a font size. */
export function textPoints(text: string, size = 16, bold = false): number {
  const face = bold ? FONT_METRICS.bold : FONT_METRICS.regular;
  let units = 0;
  for (const ch of text) units += advanceOf(face, ch.codePointAt(0) ?? 0);
  return (units * size) / FONT_METRICS.unitsPerEm;
}

/**
 * The widths a column of `units` (Excel's character units, as written in the file) leaves for
 * text, in points, in Excel and in LibreOffice.
 */
export function columnTextPoints(units: number): number[] {
  return COLUMN_MODELS.map(([px, pad]) => Math.max(1, units * px - pad) * 0.75);
}

const THAI = /[\u0e00-\u0e7f]/;
const SPACE = /\s/;

let segmenter: { segment(text: string): Iterable<{ segment: string }> } | null | undefined;
function thaiWords(): typeof segmenter {
  if (segmenter === undefined) {
    const Seg = (Intl as { Segmenter?: new (l: string, o: object) => typeof segmenter }).Segmenter;
    segmenter = Seg ? new Seg("th", { granularity: "word" }) : null;
  }
  return segmenter;
}

/**
 * The pieces a line may break between: a break follows a space, and falls between two Thai
 * words; nowhere else (a number, a code in parentheses or an English word stays whole).
 */
export function breakPieces(text: string): string[] {
  const seg = thaiWords();
  const parts = seg ? [...seg.segment(text)].map((s) => s.segment) : thaiClusters(text);
  const pieces: string[] = [];
  let current = "";
  for (const part of parts) {
    const prev = current[current.length - 1];
    const canBreak =
      current !== "" &&
      prev !== undefined &&
      (SPACE.test(prev) || (THAI.test(prev) && THAI.test(part[0] ?? "")));
    if (canBreak && !SPACE.test(part[0] ?? "")) {
      pieces.push(current);
      current = part;
    } else current += part;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Without a dictionary: words at spaces, and Thai runs in clusters (a letter and its marks). */
function thaiClusters(text: string): string[] {
  return (
    text.match(
      /[\u0e00-\u0e30\u0e32\u0e33\u0e3f-\u0e46\u0e4f-\u0e7f][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*|[^\u0e00-\u0e7f]/gu,
    ) ?? []
  );
}

/** The lines a text wraps into in `points` of width (greedy, as spreadsheets wrap). */
export function wrapLines(text: string, points: number, size = 16, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const piece of breakPieces(paragraph)) {
      const visible = piece.replace(/\s+$/, "");
      const w = textPoints(visible, size, bold);
      const full = textPoints(piece, size, bold);
      if (line !== "" && used + w > points) {
        lines.push(line);
        line = "";
        used = 0;
      }
      if (line === "" && w > points) {
        // A piece wider than the line breaks between characters.
        for (const ch of piece) {
          const cw = textPoints(ch, size, bold);
          if (line !== "" && used + cw > points && !SPACE.test(ch)) {
            lines.push(line);
            line = "";
            used = 0;
          }
          line += ch;
          used += cw;
        }
        continue;
      }
      line += piece;
      used += full;
    }
    lines.push(line);
  }
  return lines;
}

/** Number of lines a text takes in a column (or merged columns) `width` units wide. */
export function estimateLines(text: string, width: number, size = 16, bold = false): number {
  return Math.max(...columnTextPoints(width).map((w) => wrapLines(text, w, size, bold).length));
}

/** Points one line of text takes at a font size. */
export function linePoints(size = 16): number {
  return LINE_EM * size;
}

/**
 * Height in points of a row holding `lines` lines, in whole pixels (0.75 pt: LibreOffice drops
 * any fraction of a pixel, Excel keeps it), capped at Excel's 409 pt.
 */
export function heightFor(lines: number, size = 16): number {
  const h = Math.ceil((lines * linePoints(size) + CELL_PADDING) / 0.75) * 0.75;
  return Math.min(MAX_ROW_POINTS, h);
}

/** Height of a row for a text in a column, from measured text. */
export function textHeight(text: string, width: number, size = 16, bold = false): number {
  return heightFor(estimateLines(text, width, size, bold), size);
}
