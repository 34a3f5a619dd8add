import type { Grid } from "../../domain/types";
import { cellsOf, parseArea, splitAreas } from "./addresses";
import { MAX_SCAN_CELLS, readAreas, toGridValues } from "./readBudget";

export { toGridValues };

/** A refusal of ours, carried like an Excel error so the pane shows our message for its code. */
export class ReadRefused extends Error {
  constructor(
    readonly code: "SelectionEmpty" | "SelectionTooLarge",
    readonly cells = 0,
  ) {
    super(code);
  }
}

/**
 * Reads the selected range as the only source grid (the user points at the table). Several
 * areas (Ctrl+click) make `getSelectedRange` throw InvalidSelection, which the pane explains;
 * whole columns or rows are cut to the sheet's used range before anything is read.
 */
export async function readSelection(context: Excel.RequestContext): Promise<Grid[]> {
  const selected = context.workbook.getSelectedRange();
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const cut = selected.getIntersectionOrNullObject(sheet.getUsedRange(true));
  cut.load("address");
  await context.sync();
  if (cut.isNullObject) throw new ReadRefused("SelectionEmpty");
  const area = parseArea(splitAreas(cut.address)[0] ?? "");
  if (!area) throw new ReadRefused("SelectionEmpty");
  if (cellsOf(area) > MAX_SCAN_CELLS) throw new ReadRefused("SelectionTooLarge", cellsOf(area));
  const [block] = await readAreas(context, [{ sheet, area }]);
  const values = block ? toGridValues(block.values, block.valueTypes) : [];
  return [{ name: sheet.name, top: area.top, left: area.left, values }];
}
