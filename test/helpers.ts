import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh temporary folder for one test. */
export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "ita-analyzer-"));
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet as "A1=value" lines, for cell-for-cell comparison. */
export function dumpSheet(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.push(
        `${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ""}|${JSON.stringify(cell.font ?? {})}`,
      );
    });
  });
  return out;
}

/** The run of the command line, in process. */
export async function cli(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { runCli } = await import("../src/cli/runCli");
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** `analyze IN -o OUT --json -` (plus extra flags), in process. */
export async function cliJson(input: string, output: string, ...extra: string[]) {
  return cli(["analyze", input, "-o", output, "--json", "-", ...extra]);
}

export const SAMPLE = path.join(__dirname, "..", "assets", "sample-ita-2568.xlsx");
