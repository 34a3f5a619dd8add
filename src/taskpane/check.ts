import { analyse } from "../domain/analyse/analyse";
import type { AnalyseResult } from "../domain/analyse/types";
import { parseWorkbook } from "../domain/parse/parseWorkbook";
import type { Grid } from "../domain/types";

/**
 * The check of what was read (parse and analyse), for the preview inside Excel: a chunk of its
 * own, fetched while Excel answers the read, so the pane shows itself before it is needed. (The
 * standalone page's worker makes the check itself and never loads this.)
 */
export function checkGrids(grids: readonly Grid[]): AnalyseResult {
  return analyse(parseWorkbook(grids));
}
