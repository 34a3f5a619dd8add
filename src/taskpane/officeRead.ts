import { isProvablyOurs } from "../domain/layout/ownership";
import type { Grid } from "../domain/types";

/** What the pane inside Excel needs once it runs: reading the workbook, going to a cell. */
export { activateSheet, selectCell } from "../hosts/office/navigate";
export { readGrids } from "../hosts/office/readGrids";

/** The sheets of a read that Generate will replace: only those provably ours, by name. */
export function replacedSheets(grids: readonly Grid[]): string[] {
  return grids.filter((g) => isProvablyOurs(g)).map((g) => g.name);
}
