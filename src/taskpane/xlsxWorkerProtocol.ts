/** Messages between the standalone page and its workbook worker (xlsx.worker.ts). */
import type { AnalyseResult, Analysis } from "../domain/analyse/types";
import type { GenerateOptions } from "../domain/generate";
import type { Bilingual, Finding, Grid } from "../domain/types";

export type WorkerRequest =
  | { id: number; type: "open"; bytes: ArrayBuffer }
  | { id: number; type: "generate"; options: GenerateOptions };

export type WorkerReply =
  /** `grids` carry each sheet's name, visibility, tag, mark and A1 only: the check is made here. */
  | { id: number; type: "opened"; grids: Grid[]; findings: Finding[]; check: AnalyseResult }
  | { id: number; type: "generated"; analysis: Analysis; sheets: string[]; bytes: ArrayBuffer }
  | { id: number; type: "rejected"; findings: Finding[] }
  /** `message` is set for a workbook over a cap; null for any other failure to read. */
  | { id: number; type: "error"; message: Bilingual | null };
