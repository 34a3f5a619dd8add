/** What the pane inside Excel needs once it runs: reading the workbook, going to a cell. */
export { activateSheet, selectCell } from "../hosts/office/navigate";
export { readGrids } from "../hosts/office/readGrids";
