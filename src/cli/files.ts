import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { emblemImage } from "../domain/layout/emblem";
import type { ImageSpec } from "../domain/layout/spec";
import { checkFileSize, WorkbookLimitError } from "../hosts/xlsx/limits";

/**
 * Reads an .xlsx file's bytes; throws a `CliError` (exit 1) with a bilingual message when it
 * cannot, when it is over the size cap (checked before reading), or when it is not a zip.
 */
export async function readInputFile(file: string): Promise<Uint8Array> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file);
    checkFileSize(stat.size);
    buffer = await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookLimitError) throw limitError(file, e);
    throw new CliError(1, `ไม่พบหรือเปิดไฟล์ไม่ได้: ${file}`, `cannot open the file: ${file}`);
  }
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
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A workbook over a cap as the command line reports it. */
export function limitError(file: string, e: WorkbookLimitError): CliError {
  return new CliError(1, `${file}: ${e.th}`, `${file}: ${e.en}`);
}

/**
 * Writes a file atomically: to a temporary file beside the target, created exclusively under a
 * random name, then renamed over it, so an interrupted run leaves no half-written file. The new
 * file keeps the permissions of the file it replaces.
 */
export async function writeFileAtomic(bytes: Uint8Array | string, file: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  let created = false;
  try {
    const mode = await fs
      .stat(file)
      .then((s) => s.mode & 0o7777)
      .catch(() => null);
    const handle = await fs.open(tmp, "wx", mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(bytes);
      if (mode !== null) await handle.chmod(mode);
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (e) {
    if (created) await fs.rm(tmp, { force: true });
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

/** IN.xlsx → IN-analysis.xlsx; IN.xlsm → IN-analysis.xlsm (a macro workbook keeps its kind). */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  const lower = ext.toLowerCase();
  if (lower === ".xlsm") return `${input.slice(0, -ext.length)}-analysis${ext}`;
  const base = lower === ".xlsx" ? input.slice(0, -ext.length) : input;
  return `${base}-analysis.xlsx`;
}

/**
 * True when two paths name the same file: the same path after resolving links, or, where both
 * exist, the same device and inode (a hard link).
 */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  if ((await real(a)) === (await real(b))) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The memo's emblem from an image file (PNG or JPEG, at most 2 MB). */
export async function readEmblemFile(file: string): Promise<ImageSpec> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch {
    throw new CliError(1, `อ่านไฟล์ตราครุฑ ${file} ไม่ได้`, `cannot read the emblem file ${file}`);
  }
  const image = emblemImage(bytes);
  if (!image)
    throw new CliError(
      2,
      `ไฟล์ตราครุฑ ${file} ต้องเป็นรูป .png หรือ .jpg ขนาดไม่เกิน 2 MB`,
      `the emblem ${file} must be a .png or .jpg image of at most 2 MB`,
    );
  return image;
}
