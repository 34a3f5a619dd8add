import type ExcelJS from "exceljs";
import { generate, type GenerateOptions, type GenerateResult } from "../../src/domain/generate";
import { readGrids } from "../../src/hosts/xlsx/readGrids";
import { writeSpec } from "./writeSpec";

/** Reads a workbook, runs the pipeline and writes the generated sheets into it. */
export function generateWorkbook(
  workbook: ExcelJS.Workbook,
  options: GenerateOptions,
): { result: GenerateResult; sheets: string[] } {
  const result = generate(readGrids(workbook), options);
  if (!result.ok) return { result, sheets: [] };
  const sheets = writeSpec(workbook, result.spec, result.placements);
  return { result, sheets };
}
