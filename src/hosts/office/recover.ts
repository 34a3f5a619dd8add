import { splitCellRef } from "../../domain/address";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { WorkbookSpec } from "../../domain/layout/spec";
import { TEMP_PREFIX, backupName } from "./tempNames";

/**
 * After a failed write, brings the workbook back to one whole state, never a half-written one.
 * Before the commit point (the first delete of an old sheet) it rolls back: the new sheets go,
 * the old ones get their names and tags back. After it, the new sheets are complete and tagged,
 * so it rolls forward: the old sheets still waiting are deleted.
 */
export async function recover(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  placements: SheetPlacement[],
  oldTagTargets: Map<string, string>,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const replaced = placements.map((p, i) => ({ p, i })).filter(({ p }) => p.replaces);
  // Committed: every new sheet has its final name and an old one has already been deleted.
  const committed =
    ![...present].some((n) => n.startsWith(TEMP_PREFIX)) &&
    placements.every((p) => present.has(p.name)) &&
    replaced.some(({ i }) => !present.has(backupName(i)));

  if (committed) {
    for (const { i } of replaced)
      if (present.has(backupName(i))) sheets.getItem(backupName(i)).delete();
    await context.sync();
    return;
  }
  // Roll back: the new sheets go first (tags that pointed at them turn to #REF!), then the old
  // sheets get their names back, then the tags are mended.
  for (const name of present) if (name.startsWith(TEMP_PREFIX)) sheets.getItem(name).delete();
  for (const { p, i } of placements.map((p, i) => ({ p, i }))) {
    const takenByNew = p.replaces
      ? present.has(backupName(i)) && present.has(p.replaces)
      : present.has(p.name);
    if (takenByNew) sheets.getItem(p.replaces ?? p.name).delete();
  }
  for (const { p, i } of replaced) {
    if (present.has(backupName(i))) sheets.getItem(backupName(i)).name = p.replaces as string;
  }
  await context.sync();
  names.load("items/name,items/formula");
  await context.sync();
  const tags = new Set(spec.sheets.map((s) => s.tag));
  const kept = new Set<string>();
  for (const n of names.items) {
    if (!tags.has(n.name)) continue;
    const target = splitCellRef(String(n.formula).replace(/^=/, ""))?.sheet ?? null;
    if (
      target === null ||
      String(n.formula).includes("#REF!") ||
      oldTagTargets.get(n.name) !== target
    )
      n.delete();
    else kept.add(n.name);
  }
  for (const [tag, sheet] of oldTagTargets) {
    if (!kept.has(tag)) context.workbook.names.add(tag, sheets.getItem(sheet).getRange("A1"));
  }
  await context.sync();
}
