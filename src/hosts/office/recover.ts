import { MARK_NAME, markFormula } from "../../domain/layout/ownership";
import type { Features } from "./features";
import { tempName } from "./tempNames";
import { finishPart, rewriteParts, sendParts, type WritePlan } from "./writeSheets";

export type Recovery = "rolledBack" | "rolledForward";

/**
 * After a failed content request, brings the workbook to one whole state, never a half-written
 * one, by looking at what is there. Before the commit point (no sheet of ours carries its new
 * mark, no new sheet has its final name) it rolls back: the new sheets under temporary names
 * go, and nothing else was touched. After it, it rolls forward: each of our sheets is rewritten
 * in place again (cleared first, so a half-written one comes out whole) and the new sheets take
 * their names and tags.
 */
export async function recover(
  context: Excel.RequestContext,
  plan: WritePlan,
  features: Features,
  onRequest?: (bytes: number) => void,
): Promise<Recovery> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const looks = plan.placements.flatMap((p) => {
    if (!p.replaces || !present.has(p.replaces)) return [];
    const ws = sheets.getItem(p.replaces);
    const mark = ws.names.getItemOrNullObject(MARK_NAME);
    mark.load("formula");
    const tables = ws.tables.load("items/name");
    const charts = ws.charts.load("items/name");
    return [{ p, mark, tables, charts }];
  });
  await context.sync();
  const newMark = (index: number) => {
    const sheet = plan.spec.sheets[index];
    return sheet ? markFormula(sheet.mark) : null;
  };
  const rewritten = looks.some(
    (l) => !l.mark.isNullObject && String(l.mark.formula) === newMark(l.p.index),
  );
  const renamed = plan.placements.some(
    (p, i) => !p.replaces && present.has(p.name) && !present.has(tempName(i)),
  );
  if (!rewritten && !renamed) {
    plan.placements.forEach((p, i) => {
      if (!p.replaces && present.has(tempName(i))) sheets.getItem(tempName(i)).delete();
    });
    await context.sync();
    return "rolledBack";
  }
  const parts = looks.flatMap((l) =>
    rewriteParts(
      plan,
      l.p,
      {
        tables: l.tables.items.map((t) => t.name),
        charts: l.charts.items.map((c) => c.name),
        protected: false,
      },
      features,
    ),
  );
  const temporary = new Set(
    plan.placements.map((_, i) => tempName(i)).filter((name) => present.has(name)),
  );
  parts.push(
    finishPart(
      plan,
      features,
      temporary,
      names.items.map((n) => n.name),
    ),
  );
  await sendParts(context, parts, onRequest);
  return "rolledForward";
}
