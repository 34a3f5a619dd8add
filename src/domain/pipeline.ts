import { analyse } from "./analyse/analyse";
import type { AnalyseOptions, Analysis } from "./analyse/types";
import { parseWorkbook } from "./parse/parseWorkbook";
import type { Finding, Grid } from "./types";

export interface PipelineOptions extends AnalyseOptions {
  lang?: "th" | "en";
  responsible?: string;
}

export type PipelineResult = { ok: true; analysis: Analysis } | { ok: false; findings: Finding[] };

/**
 * Grids in, analysis out: the part of the pipeline every front door shares (task pane in
 * Excel, task pane in a browser, command line).
 */
export function analyseGrids(
  grids: readonly Grid[],
  options: PipelineOptions = {},
): PipelineResult {
  return analyse(parseWorkbook(grids), options);
}
