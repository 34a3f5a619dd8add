/** Messages between the standalone page and its workbook worker (xlsx.worker.ts). */
import type { AnalyseResult, Analysis } from "../domain/analyse/types";
import type { GenerateOptions } from "../domain/generate";
import type { Bilingual, Finding, Grid } from "../domain/types";

export type WorkerRequest =
  | { id: number; type: "open"; bytes: ArrayBuffer }
  | { id: number; type: "generate"; options: GenerateOptions };

/** Where the reading of a file is: opening the package, a sheet (`done` of `total`), the check. */
export type ReadStep =
  | { step: "open" }
  | { step: "sheet"; sheet: string; done: number; total: number }
  | { step: "check" };

export type WorkerReply =
  /** Sent while the file is read, before "opened". */
  | ({ id: number; type: "progress" } & ReadStep)
  /** `grids` carry each sheet's name, visibility, tag, mark and A1 only: the check is made here. */
  | { id: number; type: "opened"; grids: Grid[]; findings: Finding[]; check: AnalyseResult }
  | { id: number; type: "generated"; analysis: Analysis; sheets: string[]; bytes: ArrayBuffer }
  | { id: number; type: "rejected"; findings: Finding[] }
  /** `message` says what is wrong with the file (a wrong kind of file, a cap); null for any
   *  other failure. */
  | { id: number; type: "error"; message: Bilingual | null };
