/**
 * The file path of the command line and the standalone page: the user's .xlsx bytes in, the same
 * package with our sheets merged into it out. Reading is bounded (limits.ts, readPackage.ts);
 * writing adds only our parts (mergePackage.ts).
 */
import { generate, type GenerateOptions, type GenerateResult } from "../../domain/generate";
import { randomMarkId } from "../../domain/layout/ownership";
import type { Finding, Grid } from "../../domain/types";
import { withPlaceNames } from "../placeNames";
import { mergeIntoPackage } from "./mergePackage";
import { openPackage, type XlsxPackage } from "./package";
import { readPackageGrids, type ReadProgress, type ReadSelection } from "./readPackage";

export interface OpenedFile {
  /** The file as it was read. */
  data: Uint8Array;
  /** Its package as read (never changed: each output is written beside it, for another run). */
  pkg: XlsxPackage;
  grids: Grid[];
  /** What reading left out (a sheet clipped to the area that holds values). */
  findings: Finding[];
}

export interface OpenOptions {
  /** Only this sheet or range (and our own sheets) is read. */
  selection?: ReadSelection;
  /** Told before each sheet is read (the page shows it while a large file is read). */
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Opens and reads a workbook file once (throws `WorkbookLimitError` over a cap, `WrongFileError`
 * for a file that is not an .xlsx): cells are read from the sheets' XML (readCells.ts); with a
 * selection, only that sheet or range (and our own sheets).
 */
export async function openFile(data: Uint8Array, options: OpenOptions = {}): Promise<OpenedFile> {
  const pkg = await openPackage(data);
  const { grids, findings } = await readPackageGrids(pkg, options.selection, options.onProgress);
  return { data, pkg, grids, findings };
}

export interface FileResult {
  result: GenerateResult;
  /** Names of the sheets written. */
  sheets: string[];
  /** The output package, when the analysis succeeded. */
  bytes: Uint8Array | null;
}

/** Runs the pipeline on an opened file and merges our sheets into its package. */
export async function generateFile(
  opened: OpenedFile,
  options: GenerateOptions,
): Promise<FileResult> {
  const result = generate(opened.grids, {
    newMarkId: randomMarkId,
    ...(await withPlaceNames(opened.grids, options)),
  });
  if (!result.ok) {
    return {
      result: { ok: false, findings: [...opened.findings, ...result.findings] },
      sheets: [],
      bytes: null,
    };
  }
  result.analysis.findings.push(...opened.findings);
  // Our sheets are written into the package straight from the spec (ourParts.ts); the package
  // read stays as it was, for another run.
  const bytes = await mergeIntoPackage(opened.pkg, result.spec, result.placements);
  return { result, sheets: result.placements.map((p) => p.name), bytes };
}
