/**
 * Reads the grids of a package with bounded work. Each worksheet is pre-scanned: its cells are
 * counted against the caps and its merged areas taken out (never expanded cell by cell). Its
 * cells are then read straight from the XML (readCells.ts; ExcelJS used to read a reduced
 * package here, the same way), and each grid is built from the cells that exist, clipped to the
 * area that holds values.
 */
import { cellRef } from "../../domain/address";
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

/** Reads every worksheet of a package into grids, with findings for what was clipped. */
export async function readPackageGrids(pkg: XlsxPackage): Promise<ReadResult> {
  const rels = relationships(pkg.workbookRelsXml);
  const partOf = (type: string) => {
    const r = rels.find((x) => x.type === type);
    return r ? resolveTarget(pkg.workbookPath, r.target) : null;
  };
  const stylesPath = partOf(REL_STYLES);
  const stringsPath = partOf(REL_SHARED_STRINGS);
  const worksheets = pkg.sheets.filter((s) => s.part !== null && pkg.entries.has(s.part));

  const styles = stylesPath ? await readText(pkg, stylesPath) : null;
  const strings = sharedStrings(stringsPath ? await readText(pkg, stringsPath) : null);
  const formats = cellFormats(styles);
  const pr = element(pkg.workbookXml, "workbookPr");
  const date1904 = Boolean(pr && (pr.attrs.date1904 === "1" || pr.attrs.date1904 === "true"));
  const scans: ScannedSheet[] = [];
  const sheetCells: GridCell[][] = [];
  let totalCells = 0;
  for (const sheet of worksheets) {
    const xml = (await readText(pkg, sheet.part as string)) ?? "";
    const scan = scanSheet(sheet.name, xml);
    totalCells += scan.valued;
    if (totalCells > LIMITS.cellsTotal) throw tooManyCells("", totalCells, LIMITS.cellsTotal, true);
    scans.push({ ...scan, xml: "" });
    sheetCells.push(readCells(scan.xml, strings, formats, date1904));
  }

  const { tags, marks } = ownershipNames(pkg);
  const findings: Finding[] = [];
  const grids: Grid[] = [];
  for (const [k, sheet] of worksheets.entries()) {
    const scan = scans[k] as ScannedSheet;
    const { grid, clipped } = gridFromCells(sheetCells[k] ?? [], sheet.name, scan.merges);
    if (clipped) findings.push(clipFinding(sheet.name, clipped));
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
