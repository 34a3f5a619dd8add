import { parseRange } from "../../domain/address";
import { isTagName } from "../../domain/layout/tag";
import { splitCellRef } from "../../domain/address";
import type { Grid } from "../../domain/types";
import type { Features } from "./features";
import { toGridValues } from "./readSelection";
import { isOurTemporary } from "./tempNames";

/** How many worksheets one read request walks (a longer workbook takes one more request each). */
export const SHEET_WINDOW = 30;

interface Pending {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

export interface WorkbookRead {
  grids: Grid[];
  /** Sheets left by an interrupted run (our temporary names), to be removed. */
  leftovers: string[];
  /** Names of our tags, for the writer to replace. */
  tagNames: string[];
}

/**
 * Reads every worksheet's used range (values, value types, formulas, number formats) and our
 * tags, in one `sync` for workbooks of up to SHEET_WINDOW sheets, whatever the size of the
 * tables: the sheets are walked with `getFirst` / `getNextOrNullObject` so no sync is needed to
 * list them first.
 */
export async function readGrids(
  context: Excel.RequestContext,
  features: Features,
): Promise<WorkbookRead> {
  const names = context.workbook.names;
  names.load("items/name,items/type,items/formula");
  const tables = context.workbook.tables;
  tables.load("items/name");
  let pending: Pending[] = [];
  try {
    await readWindow(context, context.workbook.worksheets.getFirst(), pending, features);
  } catch (error) {
    // A host that refuses to chain past the last sheet inside one batch: list the sheets
    // first, then read them (one more sync).
    if (!CHAIN_REFUSED.has(codeOf(error))) throw error;
    names.load("items/name,items/type,items/formula");
    tables.load("items/name");
    pending = await readListed(context, features);
  }

  const tags = new Map<string, string>();
  for (const n of names.items) {
    if (!isTagName(n.name)) continue;
    const ref = splitCellRef(String(n.formula).replace(/^=/, ""));
    if (ref) tags.set(ref.sheet, n.name);
  }
  const grids = pending.filter((p) => !p.sheet.isNullObject).map((p) => toGrid(p, tags));
  // Table names are unique in a workbook: the layout needs them all, whatever sheet holds them.
  const first = grids[0];
  if (first) first.tables = tables.items.map((t) => ({ name: t.name, range: "" }));
  return {
    grids: grids.filter((g) => !isOurTemporary(g.name)),
    leftovers: grids.filter((g) => isOurTemporary(g.name)).map((g) => g.name),
    tagNames: names.items.map((n) => n.name).filter(isTagName),
  };
}

const CHAIN_REFUSED = new Set(["InvalidOperation", "ItemNotFound", "InvalidArgument"]);
const codeOf = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";

async function readListed(context: Excel.RequestContext, features: Features): Promise<Pending[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const pending = sheets.items.map((sheet) => queueSheet(sheet, features));
  await context.sync();
  return pending;
}

/** Queues a window of sheets, syncs, and goes on with the next window only if sheets remain. */
async function readWindow(
  context: Excel.RequestContext,
  first: Excel.Worksheet,
  pending: Pending[],
  features: Features,
): Promise<void> {
  queueWindow(first, pending, features);
  await context.sync();
  const last = pending[pending.length - 1];
  if (last && !last.sheet.isNullObject)
    await readWindow(context, last.sheet.getNextOrNullObject(), pending, features);
}

function queueWindow(first: Excel.Worksheet, pending: Pending[], features: Features): void {
  let sheet = first;
  for (let i = 0; i < SHEET_WINDOW; i++) {
    pending.push(queueSheet(sheet, features));
    if (i < SHEET_WINDOW - 1) sheet = sheet.getNextOrNullObject();
  }
}

/** Queues the loads of one sheet: its name and visibility, its used range, its merged areas. */
function queueSheet(sheet: Excel.Worksheet, features: Features): Pending {
  sheet.load("name,visibility");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values,valueTypes,formulas,numberFormat");
  const merged = features.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  return { sheet, used, merged };
}

function toGrid(p: Pending, tags: Map<string, string>): Grid {
  const name = p.sheet.name;
  const visibility =
    p.sheet.visibility === "Hidden"
      ? "hidden"
      : p.sheet.visibility === "VeryHidden"
        ? "veryHidden"
        : "visible";
  if (p.used.isNullObject)
    return {
      name,
      top: 1,
      left: 1,
      values: [],
      visibility,
      generated: tags.has(name),
      tag: tags.get(name) ?? null,
    };
  const address = p.used.address.split("!").pop() ?? "A1";
  const area = parseRange(address);
  const values = toGridValues(p.used.values, p.used.valueTypes);
  const formulas = p.used.formulas.map((row) =>
    row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
  );
  const merges =
    p.merged && !p.merged.isNullObject
      ? p.merged.address.split(",").map((a) => a.split("!").pop() ?? a)
      : [];
  return {
    name,
    top: area?.top ?? 1,
    left: area?.left ?? 1,
    values,
    formulas,
    numberFormats: p.used.numberFormat.map((row) => row.map((f) => (f ? String(f) : null))),
    merges,
    visibility,
    generated: tags.has(name),
    tag: tags.get(name) ?? null,
  };
}
