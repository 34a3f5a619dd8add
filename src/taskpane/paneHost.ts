import type { AnalyseResult, Analysis } from "../domain/analyse/types";
import type { GenerateOptions } from "../domain/generate";
import type { StoredSettings } from "../domain/settings";
import type { Bilingual, Finding, Grid } from "../domain/types";
import type { PdfOutcome, PrintableSheet } from "../hosts/office/preparePrint";

/** What the workbook holds, as the pane shows it before Generate. */
export interface Preview {
  grids: Grid[];
  /** Notes of the host about the reading (a sheet too large to scan). */
  findings?: Finding[];
  /** The check, where the host already made it off the page's thread (the standalone worker,
   *  which then hands only each sheet's name, marks and A1 as `grids`). */
  check?: AnalyseResult;
  /** Inside Excel: the sheets Generate will replace, only those provably ours
   *  (domain/layout/ownership.ts), by name. */
  replaced?: string[];
}

export type GenerateOutcome =
  | {
      kind: "done";
      analysis: Analysis;
      sheets: string[];
      download?: { name: string; blob: Blob };
      /** The sheets are written, but something around them was not (Excel refused a cosmetic). */
      warnings?: Bilingual[];
      /** The public sheets, for the print step inside Excel. */
      printable?: PrintableSheet[];
    }
  | { kind: "rejected"; findings: Finding[] }
  | { kind: "failed"; code: string; message: Bilingual };

/** Saved options, stored with the workbook so colleagues get the same result; read through
 *  `validateSettings` (domain/settings.ts). */
export type PaneSettings = StoredSettings;

/** The pane's view of where the workbook lives: inside Excel, or a file opened in a browser. */
export interface PaneHost {
  kind: "office" | "standalone";
  /** The file the pane works on, outside Excel (shown beside its result). */
  fileName?: string;
  read(scope: "workbook" | "selection"): Promise<Preview>;
  generate(options: GenerateOptions, scope: "workbook" | "selection"): Promise<GenerateOutcome>;
  selectCell?(ref: string): Promise<void>;
  activateSheet?(name: string): Promise<void>;
  /** Inside Excel: sets the public sheets' print setup; the PDF where the host can make it. */
  preparePrint?(sheets: PrintableSheet[], pdf: boolean): Promise<PdfOutcome>;
  /** True where the host can hand back a PDF of the workbook (the PdfFile requirement set). */
  canMakePdf?(): boolean;
  /** True where the add-in can set the print setup itself (ExcelApi 1.9: page layout). */
  canSetUpPrint?(): boolean;
  /** The saved options as stored: anything at all, validated by the pane. */
  loadSettings(): unknown;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** Stops what the host runs (the standalone page's worker) once the pane is done with it. */
  dispose?(): void;
}
