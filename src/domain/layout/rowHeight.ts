/**
 * Row heights for wrapped Thai text. ExcelJS does not auto-fit rows and Excel does not auto-fit
 * on open, so every generated row gets an explicit height from an estimate of its lines.
 */

/** Points per line of 16 pt TH Sarabun New, with its generous ascent for Thai marks. */
export const LINE_POINTS = 27;
const PADDING = 4;
/** Width units one base character takes at 16 pt (measured on rendered pages). */
const UNITS_PER_CHAR = 1.1;
/** Lines break at word ends, not at the last character that fits: keep this share spare. */
const WRAP_SLACK = 0.85;

// Thai marks above and below the line take no width of their own.
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/** Estimated number of lines a text takes in a column `width` units wide. */
export function estimateLines(text: string, width: number, size = 16): number {
  const perLine = Math.max(1, Math.floor((width / UNITS_PER_CHAR) * WRAP_SLACK * (16 / size)));
  return text.split("\n").reduce((sum, line) => {
    const chars = line.replace(COMBINING, "").length;
    return sum + Math.max(1, Math.ceil(chars / perLine));
  }, 0);
}

/** Height in points for a number of lines. */
export function heightFor(lines: number, size = 16): number {
  return Math.round(lines * LINE_POINTS * (size / 16) + PADDING);
}
