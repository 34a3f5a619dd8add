import { MARK_NAME, markFormula } from "../../domain/layout/ownership";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { SheetSpec, WorkbookSpec } from "../../domain/layout/spec";
import type { Features } from "./features";
import type { OwnSheet } from "./readGrids";
import { COSMETIC_GROUPS, renderContent, renderCosmetics, type CosmeticGroup } from "./renderSheet";
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

/**
 * The content of a Generate, as one request (queued; the caller syncs), in this order:
 * 1. new sheets built under temporary names (with their marks);
 * 2. each of our earlier sheets rewritten in place, its new mark written first — the commit
 *    point: from the first new mark on, a failure is completed, never undone (recover.ts);
 * 3. the new sheets take their names and tags; the first sheet is activated.
 * Rewriting in place keeps the sheet itself, so the user's formulas that point at it, its
 * position and its table's name survive a regeneration.
 */
export function queueContent(context: Excel.RequestContext, plan: WritePlan, features: Features) {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const sheets = context.workbook.worksheets;
  for (const name of plan.leftovers) sheets.getItem(name).delete();
  plan.placements.forEach((p, i) => {
    const sheet = sheetOf(plan, p);
    if (!sheet || p.replaces) return;
    const ws = sheets.add(tempName(i));
    renderContent(ws, sheet, plan.spec, features, p.tableName);
    const mark = ws.names.add(MARK_NAME, markFormula(sheet.mark));
    mark.visible = false;
  });
  for (const p of plan.placements) {
    if (!p.replaces) continue;
    const old = plan.own.get(p.replaces) ?? { tables: [], charts: [], protected: false };
    queueRewrite(context, plan, p, old, features);
  }
  queueFinish(context, plan, features, new Set(plan.placements.map((_, i) => tempName(i))));
}

/** Rewrites one of our sheets in place: new mark first, then cleared, then drawn again. */
export function queueRewrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  p: SheetPlacement,
  old: OwnSheet,
  features: Features,
): void {
  const sheet = sheetOf(plan, p);
  if (!sheet || !p.replaces) return;
  const ws = context.workbook.worksheets.getItem(p.replaces);
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
  renderContent(ws, sheet, plan.spec, features, keptTableName(plan, p));
}

/** The new sheets (those still under temporary names) take their names and tags. */
export function queueFinish(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: Features,
  temporary: Set<string>,
  tagsPresent: string[] = plan.tagNames,
): void {
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
}

/**
 * The cosmetics, in a later request whose failure leaves the sheets in place: all groups in one
 * sync; if Excel refuses, each group again on its own (each is safe to repeat: panes are
 * unfrozen, page breaks and charts removed before they are set again), so one refused call (freezeRows on some Office 2019 builds) costs only its
 * own group. Returns the groups that could not be applied.
 */
export async function applyCosmetics(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: Features,
): Promise<CosmeticGroup[]> {
  const targets = plan.placements.flatMap((p) => {
    const sheet = sheetOf(plan, p);
    return sheet ? [{ sheet, ws: context.workbook.worksheets.getItem(p.name) }] : [];
  });
  const queue = (group: CosmeticGroup) =>
    targets.forEach((t) => renderCosmetics(t.ws, t.sheet, plan.spec, features, [group]));
  try {
    for (const group of COSMETIC_GROUPS) queue(group);
    await context.sync();
    return [];
  } catch {
    const failed: CosmeticGroup[] = [];
    for (const group of COSMETIC_GROUPS) {
      try {
        if (group === "chart") await removeCharts(context, targets);
        queue(group);
        // Only after a refusal: one request per group, so each group stands or falls alone.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch {
        failed.push(group);
        // A chart left half-drawn by the refusal is taken away.
        if (group === "chart") await removeCharts(context, targets).catch(() => undefined);
      }
    }
    return failed;
  }
}

/** Deletes the charts on the given sheets (ours: a chart is only ever drawn by us there). */
async function removeCharts(
  context: Excel.RequestContext,
  targets: { sheet: SheetSpec; ws: Excel.Worksheet }[],
): Promise<void> {
  const withChart = targets.filter((t) => t.sheet.chart);
  const charts = withChart.map((t) => t.ws.charts.load("items/name"));
  await context.sync();
  charts.forEach((c, i) => {
    for (const chart of c.items) withChart[i]?.ws.charts.getItem(chart.name).delete();
  });
  await context.sync();
}
