import type { PrintSpec } from "./spec";

const A4 = { width: 11.69, height: 8.27 }; // inches, landscape
const POINTS_PER_INCH = 72;

/** Width of a column in points, as Excel draws a width in character units (7 px + 5 px padding). */
const columnPoints = (units: number) => (Math.trunc(units * 7) + 5) * 0.75;

/**
 * Where to break pages so that no block (an indicator and its items, whose analysis text is
 * merged down over them) is cut by a page end, given the rows repeated on every page. Returns
 * the rows after which a page ends. A block taller than a page is left to split.
 */
export function pageBreaks(
  blocks: { top: number; bottom: number }[],
  heights: Record<number, number>,
  widths: number[],
  print: PrintSpec,
  firstRow: number,
): number[] {
  const landscape = print.orientation === "landscape";
  const pageWidth = (landscape ? A4.width : A4.height) - print.margins.left - print.margins.right;
  const pageHeight = (landscape ? A4.height : A4.width) - print.margins.top - print.margins.bottom;
  const sheetWidth = widths.reduce((s, w) => s + columnPoints(w), 0);
  const scale = Math.min(1, (pageWidth * POINTS_PER_INCH) / sheetWidth);
  const capacity = (pageHeight * POINTS_PER_INCH) / scale - 8;
  const h = (r: number) => heights[r] ?? 15;
  const repeat = print.repeatRows ? sum(print.repeatRows[0], print.repeatRows[1], h) : 0;

  const breaks: number[] = [];
  let used = sum(1, firstRow - 1, h);
  for (const block of blocks) {
    const size = sum(block.top, block.bottom, h);
    if (used + size > capacity && used > repeat) {
      breaks.push(block.top - 1);
      used = repeat;
    }
    used += size;
    while (used > capacity) used -= capacity - repeat; // a block longer than a page runs on
  }
  return breaks;
}

function sum(from: number, to: number, h: (r: number) => number): number {
  let total = 0;
  for (let r = from; r <= to; r++) total += h(r);
  return total;
}
