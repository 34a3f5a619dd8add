import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { WorkbookSpec } from "../../domain/layout/spec";
import type { Features } from "./features";
import { renderSheet } from "./renderSheet";
import { TAG_PROPERTY, backupName, tempName } from "./tempNames";

/** Phase 1: build every generated sheet under a temporary name. Queues only. */
export function queueBuild(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  placements: SheetPlacement[],
  features: Features,
  leftovers: string[] = [],
): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const name of leftovers) context.workbook.worksheets.getItem(name).delete();
  placements.forEach((p, i) => {
    const sheet = spec.sheets[p.index];
    if (!sheet) return;
    const ws = context.workbook.worksheets.add(tempName(i));
    renderSheet(ws, sheet, spec, features, p.tableName);
  });
}

/**
 * Phase 2: swap the new sheets in. The old generated sheets are renamed aside, the new ones take
 * their names, the tags move to them, and only then are the old ones deleted: the deletes are
 * the commit point (see recover.ts). Queues only.
 */
export function queueSwap(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  placements: SheetPlacement[],
  existingTags: string[],
  features: Features,
): void {
  const sheets = context.workbook.worksheets;
  placements.forEach((p, i) => {
    if (p.replaces) sheets.getItem(p.replaces).name = backupName(i);
  });
  placements.forEach((p, i) => {
    const sheet = spec.sheets[p.index];
    if (!sheet) return;
    const ws = sheets.getItem(tempName(i));
    ws.name = p.name;
    if (existingTags.includes(sheet.tag)) context.workbook.names.getItem(sheet.tag).delete();
    context.workbook.names.add(sheet.tag, ws.getRange("A1"));
    if (features.customProperties) ws.customProperties.add(TAG_PROPERTY, sheet.tag);
  });
  placements.forEach((p, i) => {
    if (p.replaces) sheets.getItem(backupName(i)).delete();
  });
  const first = placements[0];
  if (first) sheets.getItem(first.name).activate();
}
