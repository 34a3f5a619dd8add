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
const CELL_PADDING = 1;
/** Width of a character the table does not hold (symbols drawn by a fallback font), in em. */
const FALLBACK_EM = 0.8;
/**
 * How wide a column of `units` is drawn for text, as [pixels per unit, pixels of padding]:
 * LibreOffice draws a unit as 7.43 px (Carlito's exact digit width; measured on rendered pages);
 * text is wrapped in a slightly narrower 7.35 px so that no estimate falls a line short (checked
 * by scripts/checkRowHeights.ts). Excel draws a unit as 7 px: a file opened in Excel may want a
 * line more in a row where a word only just fits; inside Excel the rows are auto-fitted.
 */
const COLUMN_MODELS: [number, number][] = [[7.35, 4]];

type Face = FaceMetrics;

function advanceOf(face: Face, given: number): number {
  // A no-break space is drawn as wide as a space (the memo indents its paragraphs with them).
  const cp = given === 0xa0 ? 0x20 : given;
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

let segmenter: { segment(text: string): Words } | null | undefined;
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

/**
 * Memo of measured texts: the same text is often measured again in the same width, and the same
 * Thai run segmented again. It lives only as long as one run's work (see `currentMemo`), so a
 * run of the command line costs what a single run costs.
 */
export interface WrapMemo {
  lines: Map<string, number>;
  runs: Map<string, Words>;
}

/** The word segments of a text (`Intl.Segmenter`'s). */
interface Words {
  containing(index: number): { segment: string; index: number } | undefined;
  [Symbol.iterator](): Iterator<{ segment: string }>;
}

export function newWrapMemo(): WrapMemo {
  return { lines: new Map(), runs: new Map() };
}

let passMemo: WrapMemo | null = null;

/**
 * The memo of the work running now: one `generate` is synchronous, so all its sheets share
 * one memo (the same label measured on the Summary and the Analysis, the same Thai run in
 * several texts), and the memo is dropped as soon as that work ends (a microtask), so a later
 * run measures everything again, as a fresh command line does.
 */
function currentMemo(): WrapMemo {
  if (!passMemo) {
    passMemo = newWrapMemo();
    queueMicrotask(() => {
      passMemo = null;
    });
  }
  return passMemo;
}

/** The lines a text wraps into in `points` of width (greedy, as spreadsheets wrap). */
export function wrapLines(
  text: string,
  points: number,
  size = 16,
  bold = false,
  memo?: WrapMemo,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const fast = thaiWords() ? wrapFast(paragraph, points, size, bold, memo) : null;
    lines.push(...(fast ?? wrapParagraph(paragraph, points, size, bold)));
  }
  return lines;
}

/** The reference wrap of one paragraph: every break piece measured, in order. */
export function wrapParagraph(
  paragraph: string,
  points: number,
  size = 16,
  bold = false,
): string[] {
  const lines: string[] = [];
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
      const broken = breakChars(piece, points, size, bold);
      lines.push(...broken.lines);
      line = broken.line;
      used = broken.used;
      continue;
    }
    line += piece;
    used += full;
  }
  lines.push(line);
  return lines;
}

/** A piece wider than the line breaks between characters (spaces hang at a line's end). */
function breakChars(
  piece: string,
  points: number,
  size: number,
  bold: boolean,
): { lines: string[]; line: string; used: number } {
  const lines: string[] = [];
  let line = "";
  let used = 0;
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
  return { lines, line, used };
}

/**
 * Texts the fast wrap leaves to the reference: a combining mark or format character the word
 * breaker would join to what precedes it across a space or into a Thai run (a Thai mark opening
 * a run, any other mark, format characters, characters outside the BMP, halfwidth forms).
 */
const UNUSUAL =
  /(?:^|[^\u0e00-\u0e7f])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|(?![\u0e00-\u0e7f])[\p{M}\p{Cf}\uff00-\uffef\u{10000}-\u{10ffff}\ud800-\udfff]/u;

/** JavaScript's `\s`, by code unit. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isThaiCode(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0e7f;
}

let scratch = new Float64Array(256);

function isThaiMark(c: number): boolean {
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

const tables = new Map<Face, Float64Array>();
/**
 * Each face's advances of the characters of its ranges (ASCII and Thai), by code, -1 for the
 * others: the same numbers as `advanceOf`, laid out for a lookup (built once, from the font
 * table alone).
 */
function advanceTable(face: Face): Float64Array {
  let table = tables.get(face);
  if (!table) {
    const end = Math.max(...face.ranges.map((r) => r.from + r.widths.length));
    table = new Float64Array(end).fill(-1);
    for (const r of face.ranges)
      r.widths.forEach((w, i) => {
        if (w >= 0) (table as Float64Array)[r.from + i] = w;
      });
    tables.set(face, table);
  }
  return table;
}

/** How close to the line's width a sum may come before the reference decides (float sums). */
const CLOSE = 1e-6;

/**
 * The same lines as `wrapParagraph`, found faster (row heights were most of the time of
 * generating a report): each character's advance is looked up once (running sums of whole font
 * units, so a stretch's width is one subtraction), and the dictionary word breaker runs only on
 * the Thai runs where a line ends, instead of on the whole text. Pieces break after a space and
 * between two Thai words; the word breaker splits a run of Thai letters the same way alone as in
 * its text (checked on every text of the sample and the long report, and on random texts, in
 * rowHeight.test.ts). Returns null when the reference must decide: an unusual text, or a sum
 * within a hair of the width (where adding piece by piece might round the other way).
 */
function wrapFast(
  p: string,
  points: number,
  size: number,
  bold: boolean,
  memo: WrapMemo | undefined,
): string[] | null {
  const n = p.length;
  const face = bold ? FONT_METRICS.bold : FONT_METRICS.regular;
  const table = advanceTable(face);
  // Running sums of advances (one scratch array, grown as needed: a typed array per paragraph
  // cost more than the sums). Characters of the font's two ranges (Latin, Thai) are looked up
  // in the table; any other character takes `advanceOf`, and the text is then checked in full.
  if (scratch.length < n + 1) scratch = new Float64Array(Math.max(n + 1, scratch.length * 2));
  const at = scratch;
  at[0] = 0;
  let other = false;
  let thaiBefore = false;
  for (let i = 0; i < n; i++) {
    const c = p.charCodeAt(i);
    let w = c < table.length ? (table[c] as number) : -1;
    if (w < 0) {
      other = true;
      w = advanceOf(face, c);
    }
    const thai = c >= 0x0e00 && c <= 0x0e7f;
    // A Thai mark opening a run joins what precedes it (UNUSUAL's first case).
    if (thai && !thaiBefore && isThaiMark(c)) return null;
    thaiBefore = thai;
    at[i + 1] = (at[i] as number) + w;
  }
  if (other && UNUSUAL.test(p)) return null;
  const scale = size / FONT_METRICS.unitsPerEm;
  const text: Breaks = { p, memo: memo ?? newWrapMemo() };

  const lines: string[] = [];
  let start = 0; // where the current line starts
  let from = 0; // where the pieces not yet on the line start
  for (;;) {
    // The first visible character that would overflow the line.
    let over = -1;
    for (let x = from; x < n; x++) {
      if (isSpaceCode(p.charCodeAt(x))) continue;
      const w = ((at[x + 1] as number) - (at[start] as number)) * scale;
      if (Math.abs(w - points) < CLOSE) return null;
      if (w > points) {
        over = x;
        break;
      }
    }
    if (over < 0) break;
    const b = lastBreak(text, over, start);
    if (b > start) {
      lines.push(p.slice(start, b));
      start = from = b;
      continue;
    }
    // The line's first piece is wider than the line: it breaks between characters.
    const end = nextBreak(text, over + 1);
    const broken = breakChars(p.slice(start, end), points, size, bold);
    lines.push(...broken.lines);
    start = end - broken.line.length;
    from = end;
  }
  lines.push(p.slice(start));
  return lines;
}

/** A paragraph, and the word breaks of its Thai runs as they are asked for. */
interface Breaks {
  p: string;
  memo: WrapMemo;
}

/** The Thai run around position `b` (between two Thai letters) and its word segments. */
function runAround(text: Breaks, b: number): { start: number; end: number; words: Words } {
  const { p } = text;
  let start = b - 1;
  while (start > 0 && isThaiCode(p.charCodeAt(start - 1))) start--;
  let end = b + 1;
  while (end < p.length && isThaiCode(p.charCodeAt(end))) end++;
  const run = p.slice(start, end);
  let words = text.memo.runs.get(run);
  if (!words) {
    words = (thaiWords() as NonNullable<typeof segmenter>).segment(run);
    text.memo.runs.set(run, words);
  }
  return { start, end, words };
}

/**
 * The last piece start in (`floor`, `b`]: after a space, or a word start inside a Thai run (the
 * run's segment containing the position, asked of the word breaker once, instead of every
 * segment of the run made as an object); `floor` when there is none.
 */
function lastBreak(text: Breaks, b: number, floor: number): number {
  const { p } = text;
  while (b > floor) {
    const before = p.charCodeAt(b - 1);
    const after = p.charCodeAt(b);
    if (isSpaceCode(before)) {
      if (!isSpaceCode(after)) return b;
    } else if (isThaiCode(before) && isThaiCode(after)) {
      const run = runAround(text, b);
      const word = run.start + (run.words.containing(b - run.start) as { index: number }).index;
      if (word > run.start) return Math.max(word, floor);
      b = run.start;
      continue;
    }
    b--;
  }
  return floor;
}

/** The first piece start at or after `b`, or the paragraph's end. */
function nextBreak(text: Breaks, b: number): number {
  const { p } = text;
  while (b < p.length) {
    const before = p.charCodeAt(b - 1);
    const after = p.charCodeAt(b);
    if (isSpaceCode(before)) {
      if (!isSpaceCode(after)) return b;
    } else if (isThaiCode(before) && isThaiCode(after)) {
      const run = runAround(text, b);
      const word = run.words.containing(b - run.start) as { segment: string; index: number };
      if (run.start + word.index === b) return b;
      const next = run.start + word.index + word.segment.length;
      if (next < run.end) return next;
      b = run.end;
      continue;
    }
    b++;
  }
  return p.length;
}

/** Number of lines a text takes in a column (or merged columns) `width` units wide. */
export function estimateLines(
  text: string,
  width: number,
  size = 16,
  bold = false,
  memo: WrapMemo = currentMemo(),
): number {
  const key = `${width}|${size}|${bold ? 1 : 0}|${text}`;
  const known = memo.lines.get(key);
  if (known !== undefined) return known;
  const count = Math.max(
    ...columnTextPoints(width).map((w) => wrapLines(text, w, size, bold, memo).length),
  );
  memo.lines.set(key, count);
  return count;
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

/** Width of the widest piece of a text (where a line may not break), in points. */
export function longestWord(text: string, size = 16, bold = false): number {
  let most = 0;
  for (const line of text.split("\n"))
    for (const piece of breakPieces(line).flatMap((p) => p.split(/(?<=\/)/)))
      most = Math.max(most, textPoints(piece.trim(), size, bold));
  return most;
}

/**
 * The text with a line break of its own before each name (`names`) that our wrap would split
 * across a line's end: the line before the name ends early, at the name, so no host breaks a
 * proper name (LibreOffice split "…ลำโดม / น้อย"). A space before the name becomes the break; no
 * other character is added, so the name is found whole by search and copy. A name wider than the
 * line cannot be kept whole and is left to the wrap (a shorter name inside it still is kept).
 *
 * @example
 * keepNamesWhole("บัดนี้ ผลการประเมินขององค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย ได้…",
 *   ["องค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย"], 370)
 * //=> "บัดนี้ ผลการประเมินของ\nองค์การบริหารส่วนตำบลนิคมสร้างตนเองลำโดมน้อย ได้…"
 */
export function keepNamesWhole(
  text: string,
  names: readonly string[],
  points: number,
  size = 16,
  bold = false,
): string {
  const units = names.filter((n) => n.trim() !== "" && textPoints(n, size, bold) <= points);
  if (units.length === 0) return text;
  return text
    .split("\n")
    .map((p) => namesWholeIn(p, units, points, size, bold))
    .join("\n");
}

/** One paragraph of `keepNamesWhole`: wrapped again after each break it adds. */
function namesWholeIn(
  paragraph: string,
  names: readonly string[],
  points: number,
  size: number,
  bold: boolean,
): string {
  let done = "";
  let rest = paragraph;
  for (;;) {
    const lines = wrapLines(rest, points, size, bold);
    if (lines.join("") !== rest) return done + rest;
    const cut = firstStraddled(rest, lines, names);
    if (cut < 0) return done + rest;
    done += `${rest.slice(0, cut).replace(/ +$/, "")}\n`;
    rest = rest.slice(cut);
  }
}

/**
 * Where the first name that a line's end falls inside begins (after something visible on that
 * line), or -1.
 */
function firstStraddled(text: string, lines: readonly string[], names: readonly string[]): number {
  let start = 0;
  for (const line of lines.slice(0, -1)) {
    const end = start + line.length;
    let cut = -1;
    for (const name of names) {
      for (
        let at = text.indexOf(name, Math.max(start, end - name.length + 1));
        at >= 0 && at < end;
        at = text.indexOf(name, at + 1)
      )
        if (at + name.length > end && text.slice(start, at).trim() !== "" && (cut < 0 || at < cut))
          cut = at;
    }
    if (cut >= 0) return cut;
    start = end;
  }
  return -1;
}
