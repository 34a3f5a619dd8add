import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";

/** Reads an .xlsx file; throws a `CliError` (exit 1) with a bilingual message when it cannot. */
export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch {
    throw new CliError(1, `ไม่พบหรือเปิดไฟล์ไม่ได้: ${file}`, `cannot open the file: ${file}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    const encrypted = buffer
      .subarray(0, 8)
      .equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    if (encrypted) {
      throw new CliError(
        1,
        `ไฟล์ ${file} ถูกตั้งรหัสผ่านหรือเป็นไฟล์ .xls รุ่นเก่า: เปิดใน Excel แล้วบันทึกเป็น .xlsx ที่ไม่มีรหัสผ่าน`,
        `${file} is password-protected or an old .xls file: open it in Excel and save it as an .xlsx without a password`,
      );
    }
    throw new CliError(
      1,
      `ไฟล์ ${file} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ (ไฟล์อาจเสีย)`,
      `${file} is not a readable .xlsx file (it may be damaged)`,
    );
  }
  return workbook;
}

/**
 * Writes a file atomically: to a temporary file beside the target, then renamed over it, so
 * an interrupted run leaves no half-written file.
 */
export async function writeFileAtomic(bytes: Uint8Array, file: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const reason = e instanceof Error ? e.message : String(e);
    throw new CliError(1, `เขียนไฟล์ ${file} ไม่ได้ (${reason})`, `cannot write ${file} (${reason})`);
  }
}

/** An error the command line reports as a message and an exit code, never as a stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly th: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** IN.xlsx → IN-analysis.xlsx */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  const base = ext.toLowerCase() === ".xlsx" ? input.slice(0, -ext.length) : input;
  return `${base}-analysis.xlsx`;
}

/** True when two paths name the same file (after resolving links where the file exists). */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}
