import { a1, parseRange } from "../address";
import type { Lang } from "../types";
import { fitScale, pageBreaks } from "./pageBreaks";
import { textPoints } from "./rowHeight";
import { PUBLIC_KINDS, type SheetKind } from "./tag";
import type { HeaderFooterSpec, PrintBlock, PrintSpec, SheetSpec } from "./spec";

/**
 * Margins in inches: the portrait memo as Thai official documents (3 cm left, 2 cm right, 1.27 cm
 * top and bottom 1 cm so that it keeps to one page); the landscape tables narrow, one footer band.
 */
const MARGINS: Record<PrintSpec["orientation"], PrintSpec["margins"]> = {
  portrait: { left: 1.18, right: 0.79, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
  landscape: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.4, header: 0.15, footer: 0.15 },
};

/** The sheets printed and published, in this order (the check sheet is for staff only). */
export const PUBLIC_PRINT_ORDER: string[] = [...PUBLIC_KINDS];

/**
 * How many A4 pages each public sheet may print for the sample and the longest reports we meet
 * (the follow-up: for the sample's plan). A public kind without a limit does not compile;
 * `npm run pages` and the print test both hold the sheets to these.
 */
export const PAGE_LIMITS: Readonly<Record<Exclude<SheetKind, "check">, number>> = {
  memo: 1,
  summary: 2,
  analysis: 6,
  followup: 3,
  plan: 4,
};

/** The lowest scale a public sheet may print at: text stays close to its set size. */
export const MIN_SCALE = 90;

const PAGE_OF: Record<Lang, string> = {
  th: "หน้า {page} จาก {pages}",
  en: "Page {page} of {pages}",
};

export interface PrintOptions {
  /** The printed range; default: every column with a width and every row. */
  area?: string;
  /** Rows kept together on a page, and where each may split (between items). */
  blocks?: PrintBlock[];
  /** No header or footer (the memo: an official memo carries its own heading). */
  bare?: boolean;
}

/**
 * A4, the given orientation, Thai government margins, print titles. Scale, header, footer and
 * page breaks are completed by `paginate` once the sheet's widths and heights are known.
 */
export function printSetup(
  lang: Lang,
  repeatRows: [number, number] | undefined,
  orientation: PrintSpec["orientation"] = "landscape",
  options: PrintOptions = {},
): PrintSpec {
  return {
    paper: "A4",
    orientation,
    scale: 100,
    ...(repeatRows ? { repeatRows } : {}),
    ...(options.area ? { area: options.area } : {}),
    margins: { ...MARGINS[orientation] },
    header: {},
    footer: options.bare ? {} : { right: PAGE_OF[lang] },
    ...(options.blocks ? { blocks: options.blocks } : {}),
  };
}

/**
 * Completes a sheet's print setup: the print area (the sheet's columns, or the area asked for),
 * the scale at which those columns fit A4 (the layout designs them so it is at least 90 %), the
 * footer (the document's title — the text in A1 —, the agency and page X of Y), and
 * the page breaks (pageBreaks.ts).
 */
export function paginateSheet(sheet: SheetSpec, unit: string | null): SheetSpec {
  const print = sheet.print;
  const lastRow = sheet.rows.length;
  const lastColumn = Math.max(sheet.widths.length, 1);
  const area = print.area ?? `A1:${a1(Math.max(lastRow, 1), lastColumn)}`;
  const range = parseRange(area);
  const widths = range ? sheet.widths.slice(range.left - 1, range.right) : sheet.widths;
  const bare = !print.footer.right && !print.footer.left && !print.footer.center;
  const title = firstText(sheet);
  // One band only, at the foot (a header band would cost every page a line): the document's
  // title on the left, the agency and the page number on the right.
  const header: HeaderFooterSpec = {};
  const footer: HeaderFooterSpec = bare ? {} : footerOf(print, title, unit);
  const done: PrintSpec = { ...print, area, scale: fitScale(widths, print), header, footer };
  const breaks = pageBreaks(sheet.heights, done, range ? range.bottom : lastRow);
  return { ...sheet, print: done, pageBreaks: breaks };
}

/** The footer's text size (points), as the writers set it (`headerFooterCode`). */
const FOOTER_SIZE = 12;
/** Room kept between the footer's left and right texts (points). */
const FOOTER_GAP = 36;

/** How wide a footer text prints, its page numbers at their widest two digits. */
const footerPoints = (text: string) => textPoints(text.replace(/\{pages?\}/g, "88"), FOOTER_SIZE);

/**
 * The footer's two texts, never overlapping on the page's width: the title on the left, the
 * agency and the page number on the right; when the three do not fit, the page number alone on
 * the right and on the left the title where it names the agency or fits, else the agency's name
 * alone.
 */
export function footerOf(
  print: PrintSpec,
  title: string | null,
  unit: string | null,
): HeaderFooterSpec {
  const page = print.footer.right;
  const titled = { ...print.footer, ...(title ? { left: title } : {}) };
  if (!page || !unit) return titled;
  const a4 = print.orientation === "portrait" ? 8.27 : 11.69;
  // At full size: a reader's LibreOffice or Excel may not scale the footer with the sheet.
  const width = (a4 - print.margins.left - print.margins.right) * 72;
  const fits = (left: string | null, right: string) =>
    footerPoints(left ?? "") + footerPoints(right) + FOOTER_GAP <= width;
  const named = `${unit}   ${page}`;
  if (fits(title, named)) return { ...titled, right: named };
  if (title?.includes(unit) && fits(title, page)) return { ...titled, right: page };
  if (fits(unit, page)) return { ...print.footer, left: unit, right: page };
  return { ...titled, right: page };
}

/** The sheet's title for its footer: the text in A1 (every generated sheet has it). */
function firstText(sheet: SheetSpec): string | null {
  const v = sheet.rows[0]?.[0]?.v;
  return typeof v === "string" && v.trim() ? footerTitle(v) : null;
}

/**
 * A title short enough for a footer line beside the page number: its first line, with the year
 * ("พ.ศ. 2568", "2568 BE") added when only a later line has it.
 */
export function footerTitle(title: string): string {
  const lines = title
    .split("\n")
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const first = lines[0] ?? "";
  const year = /(พ\.ศ\.\s*\d{4}|\d{4}\s*BE|fiscal year \d{4}(?: BE)?)/.exec(
    lines.slice(1).join(" "),
  )?.[0];
  return year && !/\d{4}/.test(first) ? `${first} ${year}` : first;
}

/**
 * The sections of a header or footer in Excel's code (the same in .xlsx files and Office.js): a
 * font and size, `&P` and `&N` for the page number and count, "&" in text doubled; "" for an
 * empty section.
 */
export function headerFooterSections(
  part: HeaderFooterSpec,
  font: string,
  size = 12,
): { left: string; center: string; right: string } {
  const code = (t: string | undefined) =>
    t
      ? `&"${font.replace(/"/g, "")},Regular"&${size}${t
          .replace(/&/g, "&&")
          .replace(/\{page\}/g, "&P")
          .replace(/\{pages\}/g, "&N")}`
      : "";
  return { left: code(part.left), center: code(part.center), right: code(part.right) };
}

/** A whole header or footer for an .xlsx file: the sections after `&L`, `&C` and `&R`. */
export function headerFooterCode(part: HeaderFooterSpec, font: string, size = 12): string {
  const s = headerFooterSections(part, font, size);
  return (
    (s.left ? `&L${s.left}` : "") +
    (s.center ? `&C${s.center}` : "") +
    (s.right ? `&R${s.right}` : "")
  );
}
