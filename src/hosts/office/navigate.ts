import { splitCellRef } from "../../domain/address";
import type { OfficeHost } from "./generateInExcel";

/** Selects a finding's cell in Excel ('Sheet'!C7). */
export async function selectCell(host: OfficeHost, ref: string): Promise<void> {
  const parts = splitCellRef(ref);
  if (!parts) return;
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(parts.sheet);
    ws.activate();
    ws.getRange(parts.address).select();
    await context.sync();
  });
}

/** Activates a generated sheet by name. */
export async function activateSheet(host: OfficeHost, name: string): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
