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

/**
 * Edits a workbook file through ExcelJS as a user would in Excel, keeping workbook.xml's defined
 * names as Excel keeps them (ExcelJS drops sheet-scoped constant names such as our mark).
 * `rename` renames sheets, as Excel does, in the names' references too.
 */
export async function editLikeExcel(
  file: string,
  edit: (wb: ExcelJS.Workbook) => void,
  rename: Record<string, string> = {},
): Promise<void> {
  const JSZip = (await import("jszip")).default;
  const before = await JSZip.loadAsync(await fs.readFile(file));
  const names = /<definedNames>[\s\S]*<\/definedNames>/.exec(
    (await before.file("xl/workbook.xml")!.async("string")) ?? "",
  )?.[0];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [from, to] of Object.entries(rename)) wb.getWorksheet(from)!.name = to;
  edit(wb);
  const after = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let xml = await after.file("xl/workbook.xml")!.async("string");
  xml = xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, "");
  let keep = names ?? "";
  for (const [from, to] of Object.entries(rename)) keep = keep.split(from).join(to);
  xml = xml.replace("</sheets>", `</sheets>${keep}`);
  after.file("xl/workbook.xml", xml);
  await fs.writeFile(file, await after.generateAsync({ type: "nodebuffer" }));
}
