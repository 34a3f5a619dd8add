import type { PrintBlock, PrintSpec } from "./spec";

/** A4 in inches, portrait. */
export const A4 = { width: 8.27, height: 11.69 } as const;
const POINTS_PER_INCH = 72;
/** Height a page loses to rounding between hosts, in points: pages are planned this much short. */
const PAGE_SLACK = 3;
/**
 * LibreOffice starts the body this much below the top margin when the page has a header (and
 * ends it as much above the bottom margin with a footer); Excel draws both inside the margins.
 * Measured on rendered pages; pages are planned for the tighter of the two.
 */
const HEADER_FOOTER_POINTS = 8;
/** Height of a row without an explicit height, in points (Excel's default for Calibri 11). */
export const DEFAULT_ROW_POINTS = 15;

/**
 * Width of a column in points in the widest of the hosts we print with: Excel draws a width of
 * `units` as round(7·units) pixels, LibreOffice as 7.43·units (Carlito's digit width), 0.75 pt
 * each. Scales are chosen so that a sheet fits both.
 */
export function columnPoints(units: number): number {
  return Math.max(Math.round(units * 7), units * 7.43) * 0.75;
}

/** The printable width and height of a page at 100 %, in points. */
export function printableSize(print: PrintSpec): { width: number; height: number } {
  const landscape = print.orientation === "landscape";
  const paperW = landscape ? A4.height : A4.width;
  const paperH = landscape ? A4.width : A4.height;
  const m = print.margins;
  return {
    width: (paperW - m.left - m.right) * POINTS_PER_INCH,
    height: (paperH - m.top - m.bottom) * POINTS_PER_INCH,
  };
}

/** The largest whole percent (at most 100) at which columns of these widths fit the page. */
export function fitScale(widths: number[], print: PrintSpec): number {
  const sheet = widths.reduce((s, w) => s + columnPoints(w), 0);
  if (sheet <= 0) return 100;
  return Math.min(100, Math.floor((printableSize(print).width / sheet) * 100));
}

/** Height of a page's body in sheet points at the print's scale. */
export function pageCapacity(print: PrintSpec): number {
  const has = (part: PrintSpec["header"]) => Boolean(part.left || part.center || part.right);
  const bands = (has(print.header) ? 1 : 0) + (has(print.footer) ? 1 : 0);
  const body = printableSize(print).height - bands * HEADER_FOOTER_POINTS;
  return (body * 100) / print.scale - PAGE_SLACK;
}

export interface Page {
  first: number;
  last: number;
  /** Points used, print titles included. */
  used: number;
  /** used / capacity. */
  fill: number;
}

/**
 * Where to end pages. Pages are made of units: rows between which a page may end — anywhere
 * outside a block, and inside a block only after its split rows (between items; the print titles
 * repeat the table header on the next page). Among the paginations with the fewest pages, the
 * one chosen has no page but the last under half full when that can be helped, no last page of
 * a row or two or under a quarter full, and fuller pages first. Returns every page's end but the
 * last (the rows after which a manual page break goes), all at allowed places.
 */
export function pageBreaks(
  heights: Record<number, number>,
  print: PrintSpec,
  lastRow: number,
  blocks: PrintBlock[] = print.blocks ?? [],
): number[] {
  return paginate(heights, print, lastRow, blocks)
    .slice(0, -1)
    .map((p) => p.last);
}

/** The pages a sheet prints on, as pageBreaks plans them. */
export function paginate(
  heights: Record<number, number>,
  print: PrintSpec,
  lastRow: number,
  blocks: PrintBlock[] = print.blocks ?? [],
): Page[] {
  return planPages(heights, pageCapacity(print), lastRow, blocks, print.repeatRows);
}

/** Pagination for a page body of `capacity` points (see pageBreaks). */
export function planPages(
  heights: Record<number, number>,
  capacity: number,
  lastRow: number,
  blocks: PrintBlock[] = [],
  repeatRows?: [number, number],
): Page[] {
  if (lastRow < 1) return [];
  const h = (r: number) => heights[r] ?? DEFAULT_ROW_POINTS;
  const [repeatTop, repeatBottom] = repeatRows ?? [0, 0];
  const repeat = repeatTop > 0 ? sum(repeatTop, repeatBottom, h) : 0;

  // A page may end after row r when r ends a unit. A block taller than a page splits anyway:
  // between its items where it says where (never after its heading alone), else after any row.
  const fits = (b: PrintBlock) => sum(b.top, b.bottom, h) + repeat <= capacity;
  const keep = blocks.filter((b) => fits(b) || (b.splitAfter ?? []).length > 0);
  const canEndAfter = (r: number): boolean => {
    if (r >= lastRow) return true;
    if (repeatBottom > 0 && r <= repeatBottom) return false; // never a page of titles alone
    for (const b of keep) {
      if (r >= b.top && r < b.bottom && !(b.splitAfter ?? []).includes(r)) return false;
    }
    return true;
  };
  const ends: number[] = [];
  for (let r = 1; r <= lastRow; r++) if (canEndAfter(r)) ends.push(r);

  // prefix sums of heights
  const prefix = [0];
  for (let r = 1; r <= lastRow; r++) prefix.push((prefix[r - 1] as number) + h(r));
  const rowsHeight = (from: number, to: number) =>
    (prefix[to] as number) - (prefix[from - 1] as number);
  const pageUsed = (from: number, to: number) =>
    rowsHeight(from, to) + (from > repeatBottom && repeat > 0 ? repeat : 0);

  // best[i]: the best pagination of rows 1..ends[i-1] (i = 0: nothing yet), as [pages, penalty].
  const n = ends.length;
  const best: { pages: number; penalty: number; prev: number }[] = [
    { pages: 0, penalty: 0, prev: -1 },
  ];
  for (let i = 1; i <= n; i++) {
    const to = ends[i - 1] as number;
    const isLast = i === n;
    let choice = { pages: Infinity, penalty: Infinity, prev: -1 };
    for (let j = i - 1; j >= 0; j--) {
      const from = j === 0 ? 1 : (ends[j - 1] as number) + 1;
      const used = pageUsed(from, to);
      const single = j === i - 1;
      if (used > capacity && !single) break; // more units only make it taller
      const before = best[j];
      if (!before || before.pages === Infinity) continue;
      const fill = used / capacity;
      const split = !isLast && keep.some((b) => to >= b.top && to < b.bottom) ? SPLIT_COST : 0;
      const penalty =
        before.penalty + split + pagePenalty(fill, to - from + 1, isLast, used > capacity);
      const pages = before.pages + 1;
      if (pages < choice.pages || (pages === choice.pages && penalty < choice.penalty)) {
        choice = { pages, penalty, prev: j };
      }
    }
    best.push(choice);
  }
  const pages: Page[] = [];
  for (let i = n; i > 0;) {
    const step = best[i] as { prev: number };
    const from = step.prev === 0 ? 1 : (ends[step.prev - 1] as number) + 1;
    const to = ends[i - 1] as number;
    const used = pageUsed(from, to);
    pages.unshift({ first: from, last: to, used, fill: used / capacity });
    i = step.prev;
  }
  return pages;
}

/** A block split between items costs about a page 20 % emptier: kept whole when it can be. */
const SPLIT_COST = 0.05;

/** What a page costs the reader: half-empty pages before the last, a last page of a row or two. */
function pagePenalty(fill: number, rows: number, isLast: boolean, overfull: boolean): number {
  if (overfull) return 10_000; // one unit taller than a page: it runs on, as it must
  if (isLast) return fill < 0.25 || rows <= 2 ? 1_000 * (1 - fill) : 0;
  const empty = 1 - fill;
  return (fill < 0.5 ? 1_000 * (0.5 - fill) : 0) + empty * empty;
}

function sum(from: number, to: number, h: (r: number) => number): number {
  let total = 0;
  for (let r = from; r <= to; r++) total += h(r);
  return total;
}
