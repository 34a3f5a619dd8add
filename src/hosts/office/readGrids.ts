import { quoteSheet, splitCellRef } from "../../domain/address";
import { MARK_NAME, a1Text, parseMark, titleHash } from "../../domain/layout/ownership";
import { isTagName } from "../../domain/layout/tag";
import type { Finding, Grid } from "../../domain/types";
import { cellsOf, parseArea, splitAreas, within, type Area } from "./addresses";
import type { Features } from "./features";
import {
  BUDGET_CELLS,
  BYTES_PER_CELL,
  MAX_SCAN_CELLS,
  measureBytesPerCell,
  readAreas,
  toGridValues,
  type CellBlock,
} from "./readBudget";
import { isOurTemporary } from "./tempNames";

/** Columns of the first look at each sheet (A:Z): score tables fit in it. */
const WINDOW_COLUMNS = 26;
/**
 * Below its first rows, the first look goes on in the columns a long table of scores fills
 * (A:E): a sheet of some thousand rows and a few columns is read whole in that one request.
 */
const TAIL_COLUMNS = 5;
/** The share of a sheet's cells in the first look given to the rows across A:Z. */
const HEAD_SHARE = 0.4;

/** What the writer must know of one of our sheets to rewrite it in place. */
export interface OwnSheet {
  tables: string[];
  charts: string[];
  protected: boolean;
}

export interface WorkbookRead {
  grids: Grid[];
  /** Sheets left by an interrupted run (our temporary names and our mark), to be removed. */
  leftovers: string[];
  /** Names of our tags, for the writer to replace. */
  tagNames: string[];
  /** Tagged sheets and temporary ones, by name: their tables, charts and protection. */
  own: Map<string, OwnSheet>;
  /** Notes about the reading itself (a sheet too large to scan). */
  findings: Finding[];
}

/** Refusals that say nothing of what was asked (the workbook's state, the service): asking
 *  again without the merged areas would not help. */
const NOT_THE_REQUEST = new Set([
  "InvalidOperationInCellEditMode",
  "AccessDenied",
  "ActivityLimitReached",
  "ServiceNotAvailable",
  "Timeout",
  "RequestAborted",
  "Conflict",
  "InactiveWorkbook",
]);

const codeOf = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";

/** The mark name's value as read: `="<id>:<hash>"` → `<id>:<hash>`. */
export const markText = (formula: unknown): string | null => {
  if (typeof formula !== "string") return null;
  const m = /^="((?:[^"]|"")*)"$/.exec(formula.trim());
  return m ? (m[1] as string).replace(/""/g, '"') : formula.replace(/^=/, "");
};

interface Look {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** The used range's cells within A1:Z(head rows), and within A:E for the rows after. */
  window: Excel.Range | null;
  tail: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  mark: Excel.NamedItem;
  tables: Excel.TableCollection | null;
  charts: Excel.ChartCollection | null;
}

/**
 * Reads every worksheet within the host's limits, calling methods only on objects that exist:
 * 1. list the sheets, the workbook's names and tables (one sync);
 * 2. for each sheet, its used range's address, its mark, and the cells of the used range within
 *    a first window (A:Z for the first rows, A:E for the rows after, rows shared out so the
 *    whole response stays under the budget) — one sync, which for ordinary workbooks, long
 *    tables of scores included, reads everything;
 * 3. only for sheets larger than their window: the rest (the rows below it, where it held
 *    every column) in batches under the budget.
 * A sheet of more than MAX_SCAN_CELLS cells is not scanned; a finding asks the user to select the
 * table instead.
 */
export async function readGrids(
  context: Excel.RequestContext,
  features: Features,
): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/formula");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const tags = new Map<string, string>();
  for (const n of names.items) {
    if (!isTagName(n.name) || String(n.formula).includes("#REF!")) continue;
    const ref = splitCellRef(String(n.formula).replace(/^=/, ""));
    if (ref) tags.set(ref.sheet.toLowerCase(), n.name);
  }
  const items = sheets.items;
  const perSheet = BUDGET_CELLS / Math.max(1, items.length);
  const rows: Window = {
    head: Math.max(20, Math.floor((perSheet * HEAD_SHARE) / WINDOW_COLUMNS)),
    tail: Math.floor((perSheet * (1 - HEAD_SHARE)) / TAIL_COLUMNS),
  };
  // Merged areas are asked with the first look, for the user's sheets only (ours are not
  // parsed for scores). More than 512 of them on a sheet make Excel fail the whole request
  // (Range.getMergedAreasOrNullObject's reference page): the look is then made again without
  // them, and they are read apart, a sheet at a time where need be.
  const mergesFor = (ws: Excel.Worksheet) =>
    features.mergedAreas && !tags.has(ws.name.toLowerCase()) && !isOurTemporary(ws.name);
  let looks = items.map((ws) => look(ws, features, tags, rows, mergesFor(ws)));
  let mergesApart = false;
  try {
    await context.sync();
  } catch (error) {
    // Long texts made the first look too large: look again without the windows.
    const tooLarge = codeOf(error) === "ResponsePayloadSizeLimitExceeded";
    const withMerges = looks.some((l) => l.merged !== null) && !NOT_THE_REQUEST.has(codeOf(error));
    if (!tooLarge && !withMerges) throw error;
    looks = items.map((ws) => look(ws, features, tags, tooLarge ? null : rows, false));
    await context.sync();
    mergesApart = withMerges;
  }
  const merges = mergesApart
    ? await readMerges(
        context,
        looks.flatMap((l, i) => (mergesFor(l.sheet) ? [{ index: i, sheet: l.sheet }] : [])),
      )
    : new Map<number, string[]>();

  const findings: Finding[] = [];
  const blocks: (CellBlock | null)[] = looks.map(() => null);
  const areas = looks.map((l) => parseArea(splitAreas(l.used.address)[0] ?? "A1") as Area);
  const rest: { index: number; sheet: Excel.Worksheet; area: Area; bytesPerCell: number }[] = [];
  /** Rows already read of a sheet whose look covered every column: the rest is read after. */
  const heads: (CellBlock | null)[] = looks.map(() => null);
  looks.forEach((l, i) => {
    const area = areas[i] as Area;
    let bytesPerCell = BYTES_PER_CELL;
    let todo = area;
    if (l.window && !l.window.isNullObject) {
      const seen = parseArea(splitAreas(l.window.address)[0] ?? "");
      let block = blockOf(l.window);
      let bottom = seen?.bottom ?? 0;
      // The look's rows below A:Z's, in A:E: they go on the same block when the sheet is that
      // narrow.
      if (l.tail && !l.tail.isNullObject && seen && seen.left === area.left) {
        const below = parseArea(splitAreas(l.tail.address)[0] ?? "");
        if (below && below.right === seen.right && below.top === bottom + 1) {
          block = concatBlocks([block, blockOf(l.tail)]);
          bottom = below.bottom;
        }
      }
      const covered = seen ? { ...seen, bottom } : null;
      if (covered && within(area, covered)) {
        blocks[i] = block;
        return;
      }
      bytesPerCell = measureBytesPerCell(block);
      // Every column was seen: only the rows below are left to read.
      if (covered && covered.left === area.left && covered.right === area.right) {
        heads[i] = block;
        todo = { ...area, top: covered.bottom + 1 };
      }
    }
    if (cellsOf(area) > MAX_SCAN_CELLS) {
      findings.push(tooLarge(l.sheet.name, cellsOf(area)));
      return;
    }
    rest.push({ index: i, sheet: l.sheet, area: todo, bytesPerCell });
  });
  if (rest.length > 0) {
    const read = await readAreas(context, rest);
    rest.forEach((r, k) => {
      const head = heads[r.index];
      const tail = read[k] ?? null;
      blocks[r.index] = head && tail ? concatBlocks([head, tail]) : tail;
    });
  }

  const own = new Map<string, OwnSheet>();
  const all = looks.map((l, i) => {
    const grid = toGrid(l, areas[i] as Area, blocks[i] ?? null, tags, merges.get(i));
    if (l.tables && l.charts)
      own.set(l.sheet.name, {
        tables: l.tables.items.map((t) => t.name),
        charts: l.charts.items.map((c) => c.name),
        protected: l.sheet.protection.protected,
      });
    return grid;
  });
  const first = all[0];
  // Table names are unique in a workbook: the layout needs them all, whatever sheet holds them.
  if (first) first.tables = tables.items.map((t) => ({ name: t.name, range: "" }));
  const leftover = (g: Grid) => isOurTemporary(g.name) && carriesOurMark(g);
  return {
    grids: all.filter((g) => !leftover(g)),
    leftovers: all.filter(leftover).map((g) => g.name),
    tagNames: names.items.map((n) => n.name).filter(isTagName),
    own,
    findings,
  };
}

/** A mark whose title hash matches the sheet's A1 (temporary sheets carry no tag). */
export function carriesOurMark(g: Grid): boolean {
  const mark = parseMark(g.mark ?? null);
  const title = a1Text(g);
  return mark !== null && title !== null && titleHash(title) === mark.titleHash;
}

/** Rows of the first look: across A:Z, then across A:E below them. */
interface Window {
  head: number;
  tail: number;
}

const blockOf = (r: Excel.Range): CellBlock => ({
  values: r.values,
  valueTypes: r.valueTypes as string[][],
  formulas: r.formulas,
  numberFormat: r.numberFormat,
});

function concatBlocks(parts: CellBlock[]): CellBlock {
  return {
    values: parts.flatMap((p) => p.values),
    valueTypes: parts.flatMap((p) => p.valueTypes),
    formulas: parts.flatMap((p) => p.formulas),
    numberFormat: parts.flatMap((p) => p.numberFormat),
  };
}

function look(
  sheet: Excel.Worksheet,
  features: Features,
  tags: Map<string, string>,
  rows: Window | null,
  withMerges: boolean,
): Look {
  const used = sheet.getUsedRange(true);
  used.load("address");
  let window: Excel.Range | null = null;
  let tail: Excel.Range | null = null;
  if (rows) {
    const column = (n: number) => String.fromCharCode(64 + n);
    window = sheet
      .getRange(`A1:${column(WINDOW_COLUMNS)}${rows.head}`)
      .getIntersectionOrNullObject(used);
    window.load("address,values,valueTypes,formulas,numberFormat");
    tail = sheet
      .getRange(`A${rows.head + 1}:${column(TAIL_COLUMNS)}${rows.head + rows.tail}`)
      .getIntersectionOrNullObject(used);
    tail.load("address,values,valueTypes,formulas,numberFormat");
  }
  const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const mark = sheet.names.getItemOrNullObject(MARK_NAME);
  mark.load("formula");
  const ours = tags.has(sheet.name.toLowerCase()) || isOurTemporary(sheet.name);
  let tables: Excel.TableCollection | null = null;
  let charts: Excel.ChartCollection | null = null;
  if (ours) {
    tables = sheet.tables;
    tables.load("items/name");
    charts = sheet.charts;
    charts.load("items/name");
    sheet.load("protection/protected");
  }
  return { sheet, used, window, tail, merged, mark, tables, charts };
}

/**
 * The merged areas of sheets read apart from the first look: all in one request; a request Excel
 * refuses is asked again in halves, so that only a sheet whose merged areas Excel cannot give
 * (over 512) is read without them.
 */
async function readMerges(
  context: Excel.RequestContext,
  sheets: { index: number; sheet: Excel.Worksheet }[],
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  const ask = async (group: typeof sheets): Promise<void> => {
    if (group.length === 0) return;
    const asked = group.map((s) => {
      const merged = s.sheet.getUsedRange(true).getMergedAreasOrNullObject();
      merged.load("address");
      return { ...s, merged };
    });
    try {
      await context.sync();
    } catch {
      if (group.length === 1) return;
      await ask(group.slice(0, group.length >> 1));
      await ask(group.slice(group.length >> 1));
      return;
    }
    for (const a of asked)
      out.set(a.index, a.merged.isNullObject ? [] : mergeAreas(a.merged.address));
  };
  await ask(sheets);
  return out;
}

const mergeAreas = (address: string) => splitAreas(address).filter((a) => parseArea(a) !== null);

function toGrid(
  l: Look,
  area: Area,
  block: CellBlock | null,
  tags: Map<string, string>,
  mergedApart: string[] | undefined,
): Grid {
  const name = l.sheet.name;
  const visibility =
    l.sheet.visibility === "Hidden"
      ? "hidden"
      : l.sheet.visibility === "VeryHidden"
        ? "veryHidden"
        : "visible";
  const tag = tags.get(name.toLowerCase()) ?? null;
  const mark = l.mark.isNullObject ? null : markText(l.mark.formula);
  const base = { name, visibility, generated: tag !== null, tag, mark } as const;
  if (!block) return { ...base, top: area.top, left: area.left, values: [] };
  const merges =
    mergedApart ?? (l.merged && !l.merged.isNullObject ? mergeAreas(l.merged.address) : []);
  return {
    ...base,
    top: area.top,
    left: area.left,
    values: toGridValues(block.values, block.valueTypes),
    formulas: block.formulas.map((row) =>
      row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
    ),
    numberFormats: block.numberFormat.map((row) => row.map((f) => (f ? String(f) : null))),
    merges,
  };
}

function tooLarge(sheet: string, cells: number): Finding {
  const n = cells.toLocaleString("en-US");
  return {
    severity: "info",
    rule: "sheet-too-large",
    cell: `${quoteSheet(sheet)}!A1`,
    message: {
      th: `ชีต "${sheet}" มีข้อมูล ${n} เซลล์ มากเกินกว่าจะอ่านทั้งชีตได้ จึงไม่ได้อ่านชีตนี้ ถ้าตารางคะแนนอยู่ในชีตนี้ ให้เลือกช่วงตารางคะแนนแล้วกด "อ่านเฉพาะช่วงที่เลือก"`,
      en: `Sheet "${sheet}" holds ${n} cells, too many to read whole, so it was not read; if the score table is on it, select the table and click "Read the selection only"`,
    },
  };
}
