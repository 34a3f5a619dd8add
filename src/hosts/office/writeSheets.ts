import { MARK_NAME, markFormula } from "../../domain/layout/ownership";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { SheetSpec, WorkbookSpec } from "../../domain/layout/spec";
import type { Features } from "./features";
import type { OwnSheet } from "./readGrids";
import {
  COSMETIC_GROUPS,
  mergeRows,
  renderContent,
  renderCosmetics,
  sheetSize,
  type CosmeticGroup,
  type RowSpan,
} from "./renderSheet";
import { requestBytes } from "./requestSize";
import { TAG_PROPERTY, tempName } from "./tempNames";

/** Everything a write needs, decided before the first write. */
export interface WritePlan {
  spec: WorkbookSpec;
  placements: SheetPlacement[];
  /** Our sheets as read: their tables and charts (cleared on a rewrite). */
  own: Map<string, OwnSheet>;
  /** Tag names present before the write. */
  tagNames: string[];
  /** Temporary sheets of an interrupted run (carrying our mark), removed first. */
  leftovers: string[];
}

const sheetOf = (plan: WritePlan, p: SheetPlacement): SheetSpec | undefined =>
  plan.spec.sheets[p.index];

/**
 * The table name a sheet rewritten in place keeps: its old table's own name, so structured
 * references and the plan's name survive; else the name the layout chose.
 */
export function keptTableName(plan: WritePlan, p: SheetPlacement): string | null {
  const sheet = sheetOf(plan, p);
  if (!sheet?.table) return null;
  const old = p.replaces ? plan.own.get(p.replaces)?.tables : undefined;
  const base = sheet.table.name.toLowerCase();
  const same = old?.find((t) => t.toLowerCase() === base || t.toLowerCase().startsWith(`${base}_`));
  return same ?? p.tableName;
}

/** A request stays under this many bytes (Excel on the web refuses one over 5 MB). */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Some of a write's operations, queued together, and the bytes office.js will send for them. */
export interface WritePart {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
  /** The rows of a sheet the part writes, when it writes only some. */
  span?: RowSpan;
}

const part = (queue: WritePart["queue"]): WritePart => ({ bytes: requestBytes(queue), queue });

/**
 * Sends parts in order, as few requests as the budget allows: consecutive parts share a request
 * while their bytes fit (a part larger than the budget goes alone; `sheetParts` makes none but
 * from a single row). Each request suspends calculation until it ends. Returns the requests made.
 */
export async function sendParts(
  context: Excel.RequestContext,
  parts: WritePart[],
  onRequest?: (bytes: number) => void,
  budget = REQUEST_BUDGET_BYTES,
): Promise<number> {
  const groups: WritePart[][] = [];
  let bytes = 0;
  for (const p of parts) {
    const last = groups[groups.length - 1];
    if (last && bytes + p.bytes <= budget) {
      last.push(p);
      bytes += p.bytes;
    } else {
      groups.push([p]);
      bytes = p.bytes;
    }
  }
  for (const group of groups) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const p of group) p.queue(context);
    onRequest?.(group.reduce((n, p) => n + p.bytes, 0));
    // One request per group: their number is what the budget allows, not the sheets'.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return groups.length;
}

/**
 * A sheet's content in parts that each fit a request: the whole sheet when it fits, else as few
 * spans of rows as its bytes need (never cutting a merged area), any still over halved. `open`
 * gives the worksheet for a span: the first may create it.
 */
export function sheetParts(
  sheet: SheetSpec,
  spec: WorkbookSpec,
  features: Features,
  tableName: string | null,
  open: (context: Excel.RequestContext, first: boolean) => Excel.Worksheet,
  budget = REQUEST_BUDGET_BYTES,
): WritePart[] {
  const rows = sheetSize(sheet).rows;
  const make = (span: RowSpan | undefined) =>
    part((context) =>
      renderContent(
        open(context, !span || span.from === 1),
        sheet,
        spec,
        features,
        tableName,
        span,
      ),
    );
  const whole = make(undefined);
  if (whole.bytes <= budget || rows <= 1) return [whole];
  // Rows where a span may end: not inside a merged area.
  const inside = new Set<number>();
  for (const m of sheet.merges) {
    const [top, bottom] = mergeRows(m);
    for (let r = top; r < bottom; r++) inside.add(r);
  }
  // Where a span may end after row `at`: the first row from there that ends no merged area.
  const endAt = (at: number, last: number) => {
    let end = at;
    while (end < last && inside.has(end)) end++;
    return end;
  };
  const split = (span: RowSpan): WritePart[] => {
    const p = make(span);
    if (p.bytes <= budget || span.from === span.to) return [p];
    let end = endAt(Math.floor((span.from + span.to) / 2), span.to);
    if (end >= span.to) {
      end = Math.floor((span.from + span.to) / 2);
      while (end > span.from && inside.has(end)) end--;
      if (inside.has(end)) return [p];
    }
    return [...split({ from: span.from, to: end }), ...split({ from: end + 1, to: span.to })];
  };
  // As many spans of equal rows as the bytes ask (fewest requests), halved where one is over.
  const n = Math.ceil(whole.bytes / (budget * 0.95));
  const spans: RowSpan[] = [];
  for (let from = 1; from <= rows;) {
    const to =
      spans.length === n - 1 ? rows : endAt(Math.min(rows, from + Math.ceil(rows / n) - 1), rows);
    spans.push({ from, to });
    from = to + 1;
  }
  return spans.flatMap(split);
}

/**
 * The content of a Generate, in parts sent in this order (sendParts: one request for an
 * ordinary workbook):
 * 1. new sheets built under temporary names (with their marks);
 * 2. each of our earlier sheets rewritten in place, its new mark written first — the commit
 *    point: from the first new mark on, a failure is completed, never undone (recover.ts);
 * 3. the new sheets take their names and tags; the first sheet is activated.
 * Rewriting in place keeps the sheet itself, so the user's formulas that point at it, its
 * position and its table's name survive a regeneration. A sheet too large for one request is
 * written in spans of rows; before the commit point a failure leaves only temporary sheets,
 * which recovery removes.
 */
export function contentParts(plan: WritePlan, features: Features): WritePart[] {
  const parts: WritePart[] = [];
  if (plan.leftovers.length)
    parts.push(
      part((context) => {
        for (const name of plan.leftovers) context.workbook.worksheets.getItem(name).delete();
      }),
    );
  plan.placements.forEach((p, i) => {
    const sheet = sheetOf(plan, p);
    if (!sheet || p.replaces) return;
    const open = (context: Excel.RequestContext, first: boolean) => {
      const sheets = context.workbook.worksheets;
      if (!first) return sheets.getItem(tempName(i));
      const ws = sheets.add(tempName(i));
      const mark = ws.names.add(MARK_NAME, markFormula(sheet.mark));
      mark.visible = false;
      return ws;
    };
    parts.push(...sheetParts(sheet, plan.spec, features, p.tableName, open));
  });
  for (const p of plan.placements) {
    if (!p.replaces) continue;
    const old = plan.own.get(p.replaces) ?? { tables: [], charts: [], protected: false };
    parts.push(...rewriteParts(plan, p, old, features));
  }
  parts.push(finishPart(plan, features, new Set(plan.placements.map((_, i) => tempName(i)))));
  return parts;
}

/** Rewrites one of our sheets in place: new mark first, then cleared, then drawn again. */
export function rewriteParts(
  plan: WritePlan,
  p: SheetPlacement,
  old: OwnSheet,
  features: Features,
): WritePart[] {
  const sheet = sheetOf(plan, p);
  const name = p.replaces;
  if (!sheet || !name) return [];
  const open = (context: Excel.RequestContext, first: boolean) => {
    const ws = context.workbook.worksheets.getItem(name);
    if (!first) return ws;
    ws.names.getItem(MARK_NAME).formula = markFormula(sheet.mark);
    for (const t of old.tables) ws.tables.getItem(t).delete();
    for (const c of old.charts) ws.charts.getItem(c).delete();
    const all = ws.getRange();
    all.unmerge();
    all.conditionalFormats.clearAll();
    if (features.dataValidation) all.dataValidation.clear();
    all.clear();
    all.format.useStandardHeight = true;
    all.format.useStandardWidth = true;
    return ws;
  };
  return sheetParts(sheet, plan.spec, features, keptTableName(plan, p), open);
}

/** The new sheets (those still under temporary names) take their names and tags. */
export function finishPart(
  plan: WritePlan,
  features: Features,
  temporary: Set<string>,
  tagsPresent: string[] = plan.tagNames,
): WritePart {
  return part((context) => {
    const sheets = context.workbook.worksheets;
    plan.placements.forEach((p, i) => {
      const sheet = sheetOf(plan, p);
      if (!sheet || p.replaces) return;
      const ws = sheets.getItem(temporary.has(tempName(i)) ? tempName(i) : p.name);
      if (temporary.has(tempName(i))) ws.name = p.name;
      // A tag left on a sheet that is not provably ours moves to the new sheet.
      if (tagsPresent.includes(sheet.tag)) context.workbook.names.getItem(sheet.tag).delete();
      context.workbook.names.add(sheet.tag, ws.getRange("A1"));
    });
    if (features.customProperties)
      for (const p of plan.placements) {
        const sheet = sheetOf(plan, p);
        if (sheet) sheets.getItem(p.name).customProperties.add(TAG_PROPERTY, sheet.tag);
      }
    const first = plan.placements[0];
    if (first) sheets.getItem(first.name).activate();
  });
}

/**
 * The cosmetics, in later requests whose failure leaves the sheets in place: all groups at once
 * (in as few requests as their bytes allow); if Excel refuses, each group again on its own (each
 * is safe to repeat: panes are unfrozen, page breaks and charts removed before they are set
 * again), so one refused call (freezeRows on some Office 2019 builds) costs only its own group.
 * Returns the groups that could not be applied.
 */
export async function applyCosmetics(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: Features,
  onRequest?: (bytes: number) => void,
): Promise<CosmeticGroup[]> {
  const targets = plan.placements.flatMap((p) => {
    const sheet = sheetOf(plan, p);
    return sheet ? [{ sheet, name: p.name }] : [];
  });
  const parts = (group: CosmeticGroup) =>
    targets.map((t) =>
      part((context) =>
        renderCosmetics(context.workbook.worksheets.getItem(t.name), t.sheet, plan.spec, features, [
          group,
        ]),
      ),
    );
  try {
    await sendParts(context, COSMETIC_GROUPS.flatMap(parts), onRequest);
    return [];
  } catch {
    const failed: CosmeticGroup[] = [];
    for (const group of COSMETIC_GROUPS) {
      try {
        if (group === "chart") await removeCharts(context, plan);
        // Only after a refusal: each group stands or falls alone.
        await sendParts(context, parts(group), onRequest);
      } catch {
        failed.push(group);
        // A chart left half-drawn by the refusal is taken away.
        if (group === "chart") await removeCharts(context, plan).catch(() => undefined);
      }
    }
    return failed;
  }
}

/** Deletes the charts on the generated sheets that have one (ours: only we draw charts there). */
async function removeCharts(context: Excel.RequestContext, plan: WritePlan): Promise<void> {
  const withChart = plan.placements.filter((p) => sheetOf(plan, p)?.charts?.length);
  const charts = withChart.map((p) =>
    context.workbook.worksheets.getItem(p.name).charts.load("items/name"),
  );
  await context.sync();
  charts.forEach((c, i) => {
    const ws = context.workbook.worksheets.getItem(withChart[i]?.name ?? "");
    for (const chart of c.items) ws.charts.getItem(chart.name).delete();
  });
  await context.sync();
}
