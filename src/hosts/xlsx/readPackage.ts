/**
 * Reads the grids of a package with bounded work. Each worksheet is pre-scanned: its cells are
 * counted against the caps and its merged areas taken out (never expanded cell by cell). Its
 * cells are then read straight from the XML (readCells.ts; ExcelJS used to read a reduced
 * package here, the same way), and each grid is built from the cells that exist, clipped to the
 * area that holds values.
 */
import { a1, cellRef, parseRange } from "../../domain/address";
import { isProvablyOurs } from "../../domain/layout/ownership";
import type { Finding, Grid } from "../../domain/types";
import { LIMITS, tooManyCells, tooManyMerges } from "./limits";
import {
  attr,
  element,
  elements,
  relationships,
  relsPathOf,
  resolveTarget,
  REL_SHARED_STRINGS,
  REL_STYLES,
} from "./ooxml";
import { ownershipNames, readBytes, readText, type XlsxPackage } from "./package";
import { picturesOf, toBase64 } from "./pictureXml";
import { imageSize } from "../../domain/layout/emblem";
import { cellFormats, readCells, sharedStrings } from "./readCells";
import { gridFromCells, type GridCell } from "./readGrids";

export interface ScannedSheet {
  xml: string;
  merges: string[];
  /** All `<c>` elements. */
  cells: number;
  /** Those holding something (not self-closing). */
  valued: number;
}

/** Parts of a worksheet that point at other parts: dropped from the copy ExcelJS reads. */
const LINKED = [
  "mergeCells",
  "hyperlinks",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "tableParts",
  "extLst",
];

/** Counts the cells and takes out the merged areas of one worksheet's XML (checks the caps). */
export function scanSheet(name: string, xml: string): ScannedSheet {
  // Everything that links to other parts comes after <sheetData> (CT_Worksheet order).
  const last = xml.lastIndexOf("sheetData");
  const cut = last < 0 ? 0 : xml.indexOf(">", last) + 1;
  const head = xml.slice(0, cut);
  let tail = xml.slice(cut);
  let cells = 0;
  const cellRe = /<(?:[\w.-]+:)?c[\s>/]/g;
  while (cellRe.exec(head)) {
    if (++cells > LIMITS.cellsPerSheet) {
      let all = cells;
      while (cellRe.exec(head)) all++;
      throw tooManyCells(name, all, LIMITS.cellsPerSheet);
    }
  }
  const merges: string[] = [];
  const mergeEl = element(tail, "mergeCells");
  if (mergeEl) {
    for (const m of mergeEl.inner.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
      merges.push(m[1] as string);
    }
    if (merges.length > LIMITS.mergesPerSheet) throw tooManyMerges(name, merges.length);
  }
  for (const local of LINKED) {
    for (const e of elements(tail, local).reverse())
      tail = tail.slice(0, e.start) + tail.slice(e.end);
  }
  // Cells without content (formatted only) carry nothing we read: ExcelJS never sees them.
  let empty = 0;
  const bare = head.replace(/<(?:[\w.-]+:)?c\b[^>]*\/>/g, () => {
    empty++;
    return "";
  });
  return { xml: bare + tail, merges, cells, valued: cells - empty };
}

export interface ReadResult {
  grids: Grid[];
  findings: Finding[];
}

/**
 * One sheet to read, or one range on it (the command line's `--sheet` / `--range`, as the pane
 * reads the selection): the other sheets are not read (their caps do not count), but for the
 * sheets that carry our tag, which are read whole for what staff typed in them.
 */
export interface ReadSelection {
  sheet: string;
  /** `A1:E80`; the whole sheet when absent. */
  range?: string;
}

/** Which sheet is being read: the `done`-th (from 0) of `total`. */
export interface ReadProgress {
  sheet: string;
  done: number;
  total: number;
}

/**
 * Reads the worksheets of a package into grids (all of them, or a selection), with findings
 * for what was clipped. A sheet left out is a grid with its name and marks but no cells.
 */
export async function readPackageGrids(
  pkg: XlsxPackage,
  selection?: ReadSelection,
  onProgress?: (progress: ReadProgress) => void,
): Promise<ReadResult> {
  const rels = relationships(pkg.workbookRelsXml);
  const partOf = (type: string) => {
    const r = rels.find((x) => x.type === type);
    return r ? resolveTarget(pkg.workbookPath, r.target) : null;
  };
  const stylesPath = partOf(REL_STYLES);
  const stringsPath = partOf(REL_SHARED_STRINGS);
  const worksheets = pkg.sheets.filter((s) => s.part !== null && pkg.entries.has(s.part));
  const { tags, marks } = ownershipNames(pkg);
  const read = (name: string) => !selection || name === selection.sheet || tags.has(name);

  const styles = stylesPath ? await readText(pkg, stylesPath) : null;
  const strings = sharedStrings(stringsPath ? await readText(pkg, stringsPath) : null);
  const formats = cellFormats(styles);
  const pr = element(pkg.workbookXml, "workbookPr");
  const date1904 = Boolean(pr && (pr.attrs.date1904 === "1" || pr.attrs.date1904 === "true"));
  const scans: ScannedSheet[] = [];
  const sheetCells: GridCell[][] = [];
  let totalCells = 0;
  for (const [done, sheet] of worksheets.entries()) {
    onProgress?.({ sheet: sheet.name, done, total: worksheets.length });
    if (!read(sheet.name)) {
      scans.push({ xml: "", merges: [], cells: 0, valued: 0 });
      sheetCells.push([]);
      continue;
    }
    const xml = (await readText(pkg, sheet.part as string)) ?? "";
    const scan = scanSheet(sheet.name, xml);
    totalCells += scan.valued;
    if (totalCells > LIMITS.cellsTotal) throw tooManyCells("", totalCells, LIMITS.cellsTotal, true);
    scans.push({ ...scan, xml: "" });
    sheetCells.push(readCells(scan.xml, strings, formats, date1904));
  }

  const findings: Finding[] = [];
  const grids: Grid[] = [];
  for (const [k, sheet] of worksheets.entries()) {
    const scan = scans[k] as ScannedSheet;
    const { grid: whole, clipped } = gridFromCells(sheetCells[k] ?? [], sheet.name, scan.merges);
    if (clipped) findings.push(clipFinding(sheet.name, clipped));
    const area =
      selection?.range && sheet.name === selection.sheet ? parseRange(selection.range) : null;
    const grid = area ? cropGrid(whole, area) : whole;
    const tag = tags.get(sheet.name) ?? null;
    const owned = {
      ...grid,
      visibility: sheet.state,
      tag,
      mark: marks.get(sheet.index) ?? null,
      tables: await tablesOf(pkg, sheet.part as string),
      // Our memo's emblem, kept for the next memo.
      ...(tag && /^ITAAnalyzer_memo_/.test(tag)
        ? { images: await imagesOf(pkg, sheet.part as string) }
        : {}),
    };
    // Only a sheet we can prove is ours is kept out of the sources: a forged tag hides nothing.
    grids.push({ ...owned, generated: isProvablyOurs(owned) });
  }
  return { grids, findings };
}

/**
 * The part of a grid read from A1 inside an area of the sheet: its cells, its top and left, and
 * the merged areas that reach into it, clipped to it (still in the sheet's own addresses).
 */
export function cropGrid(
  grid: Grid,
  area: { top: number; left: number; bottom: number; right: number },
): Grid {
  const slice = <T>(rows: T[][] | undefined) =>
    rows?.slice(area.top - 1, area.bottom).map((row) => row.slice(area.left - 1, area.right));
  const merges = (grid.merges ?? []).flatMap((m) => {
    const r = parseRange(m);
    if (
      !r ||
      r.bottom < area.top ||
      r.top > area.bottom ||
      r.right < area.left ||
      r.left > area.right
    )
      return [];
    const top = Math.max(r.top, area.top);
    const left = Math.max(r.left, area.left);
    const bottom = Math.min(r.bottom, area.bottom);
    const right = Math.min(r.right, area.right);
    return top === bottom && left === right ? [] : [`${a1(top, left)}:${a1(bottom, right)}`];
  });
  return {
    ...grid,
    top: area.top,
    left: area.left,
    values: slice(grid.values) ?? [],
    ...(grid.formulas ? { formulas: slice(grid.formulas) } : {}),
    ...(grid.numberFormats ? { numberFormats: slice(grid.numberFormats) } : {}),
    merges,
  };
}

/** The PNG and JPEG pictures a worksheet's drawing places (at most 2 MB each). */
async function imagesOf(pkg: XlsxPackage, part: string): Promise<NonNullable<Grid["images"]>> {
  const out: NonNullable<Grid["images"]> = [];
  for (const rel of relationships(await readText(pkg, relsPathOf(part)))) {
    if (!rel.type.endsWith("/drawing") || rel.external) continue;
    const drawing = resolveTarget(part, rel.target);
    const xml = (await readText(pkg, drawing, 1024 * 1024)) ?? "";
    const media = relationships(await readText(pkg, relsPathOf(drawing)));
    for (const pic of picturesOf(xml)) {
      const target = media.find((m) => m.id === pic.rid && !m.external);
      if (!target) continue;
      const bytes = await readBytes(pkg, resolveTarget(drawing, target.target), 2 * 1024 * 1024);
      const type = bytes ? imageSize(bytes)?.type : undefined;
      if (bytes && type)
        out.push({
          data: toBase64(bytes),
          type,
          from: pic.from,
          width: pic.width,
          height: pic.height,
        });
    }
  }
  return out;
}

/** The Excel tables of one worksheet, by their names (from its table parts). */
async function tablesOf(
  pkg: XlsxPackage,
  part: string,
): Promise<{ name: string; range: string }[]> {
  const out: { name: string; range: string }[] = [];
  for (const rel of relationships(await readText(pkg, relsPathOf(part)))) {
    if (!rel.type.endsWith("/table") || rel.external) continue;
    const xml = await readText(pkg, resolveTarget(part, rel.target), 1024 * 1024);
    const t = xml ? element(xml, "table") : null;
    if (t)
      out.push({
        name: t.attrs.name ?? attr(t.attrs, "displayName") ?? "",
        range: t.attrs.ref ?? "",
      });
  }
  return out;
}

export interface Clip {
  /** The area read, e.g. "A1:IV7812". */
  area: string;
  /** Cells holding values outside it. */
  skipped: number;
  /** The first of them (row by row). */
  first: { row: number; column: number };
}

function clipFinding(sheet: string, clip: Clip): Finding {
  const where = cellRef(sheet, clip.first.row, clip.first.column);
  return {
    severity: "warning",
    rule: "sheet-clipped",
    cell: where,
    message: {
      th: `ชีต "${sheet}" มีค่าอยู่ไกลจากตารางมาก: อ่านเฉพาะพื้นที่ ${clip.area} ไม่ได้อ่าน ${clip.skipped.toLocaleString("en-US")} เซลล์ที่อยู่นอกพื้นที่นี้ (เช่น ${where})`,
      en: `Sheet "${sheet}" holds values far from its tables: only ${clip.area} was read; ${clip.skipped.toLocaleString("en-US")} cells outside it were not (such as ${where})`,
    },
  };
}
