import { createHash, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { track, untrack } from "./cleanup";
import { emblemImage } from "../domain/layout/emblem";
import type { ImageSpec } from "../domain/layout/spec";
import { checkFileSize, WorkbookLimitError } from "../hosts/xlsx/limits";

/**
 * Reads an input file's bytes; throws a `CliError` (exit 1) with a bilingual message in plain
 * words when it cannot (no such file, a folder, no permission) or when it is over the size cap
 * (checked before reading). What kind of file it is, is told when it is opened (fileKind.ts).
 */
export async function readInputFile(file: string): Promise<Uint8Array> {
  let buffer: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) {
      throw new CliError(
        1,
        `${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์: ระบุไฟล์ .xlsx ที่อยู่ในโฟลเดอร์นั้น`,
        `${file} is a folder, not a file: name the .xlsx file in it`,
      );
    }
    checkFileSize(stat.size);
    buffer = await fs.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e instanceof WorkbookLimitError) throw limitError(file, e);
    const code = errorCode(e);
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError(
        1,
        `ไม่มีสิทธิ์อ่านไฟล์ ${file}: ขอสิทธิ์จากเจ้าของไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของท่านก่อน`,
        `no permission to read ${file}: ask its owner, or copy it into a folder of yours first`,
      );
    }
    throw new CliError(
      1,
      `ไม่พบหรือเปิดไฟล์ไม่ได้: ${file} (ตรวจชื่อไฟล์และโฟลเดอร์)`,
      `cannot open the file: ${file} (check the name and the folder)`,
    );
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A workbook over a cap, or a wrong kind of file, as the command line reports it. */
export function limitError(file: string, e: WorkbookLimitError): CliError {
  return new CliError(1, `${file}: ${e.th}`, `${file}: ${e.en}`);
}

const errorCode = (e: unknown): string | undefined =>
  (e as { code?: unknown } | null)?.code === undefined
    ? undefined
    : String((e as { code: unknown }).code);

/** This computer, in the name of our temporary files (a shared folder may hold another's). */
const HOST = createHash("sha256").update(os.hostname()).digest("hex").slice(0, 8);

/** `.NAME.<host>-<pid>-<random>.tmp`, and the name of an older version: `.NAME.<random>.tmp`. */
const TEMP = /^\.(.+)\.(?:([0-9a-f]{8})-(\d+)-)?([0-9a-f]{16})\.tmp$/;

/** A leftover of a run on another computer, or whose process we cannot see, is stale after this. */
const STALE_MS = 60 * 60 * 1000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === "EPERM";
  }
};

/**
 * Removes what an interrupted earlier run left beside `file`: our temporary files for it whose
 * run has ended (made on this computer by a process that no longer runs), or, from elsewhere,
 * older than an hour. Anything else in the folder is left alone. Returns how many it removed.
 */
export async function removeLeftovers(file: string): Promise<number> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== base) continue;
    const full = path.join(dir, name);
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat || !(stat.isFile() || stat.isSymbolicLink())) continue;
    const ended = m[2] === HOST && Number(m[3]) !== process.pid && !alive(Number(m[3]));
    const old = Date.now() - stat.mtimeMs > STALE_MS;
    if (!ended && !old) continue;
    await fs.rm(full, { force: true });
    removed++;
  }
  return removed;
}

/**
 * Writes a file atomically: to a temporary file beside the target, created exclusively under a
 * name of its own (this computer, this process, a random part), then renamed over it, so an
 * interrupted run leaves no half-written file; the temporary file is removed on a signal
 * (cleanup.ts) and by the next run after a kill. The new file keeps the permissions of the file
 * it replaces. A failure is said in plain words (a missing or read-only folder, a full disk).
 */
export async function writeFileAtomic(bytes: Uint8Array | string, file: string): Promise<void> {
  const dir = path.dirname(file);
  await removeLeftovers(file);
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${HOST}-${process.pid}-${randomBytes(8).toString("hex")}.tmp`,
  );
  let created = false;
  try {
    const mode = await fs
      .stat(file)
      .then((s) => s.mode & 0o7777)
      .catch(() => null);
    const handle = await fs.open(tmp, "wx", mode ?? 0o666);
    created = true;
    track(tmp);
    try {
      await handle.writeFile(bytes);
      if (mode !== null) await handle.chmod(mode);
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
    untrack(tmp);
  } catch (e) {
    if (created) await fs.rm(tmp, { force: true });
    untrack(tmp);
    throw await writeError(e, file);
  }
}

/** Why a file could not be written, in plain words (never the temporary file's name). */
async function writeError(e: unknown, file: string): Promise<CliError> {
  const dir = path.dirname(file);
  const code = errorCode(e);
  const folder = await fs.stat(dir).catch(() => null);
  if (!folder || code === "ENOTDIR") {
    return new CliError(
      1,
      `เขียนไฟล์ ${file} ไม่ได้: ไม่มีโฟลเดอร์ ${dir} (สร้างโฟลเดอร์ก่อน หรือเลือกที่อื่นด้วย -o)`,
      `cannot write ${file}: the folder ${dir} does not exist (create it first, or choose another place with -o)`,
    );
  }
  if (code === "EISDIR" || (await fs.stat(file).catch(() => null))?.isDirectory()) {
    return new CliError(
      1,
      `เขียนไฟล์ ${file} ไม่ได้: มีโฟลเดอร์ชื่อนี้อยู่แล้ว (เลือกชื่ออื่นด้วย -o)`,
      `cannot write ${file}: a folder of that name is there (choose another name with -o)`,
    );
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new CliError(
      1,
      `เขียนไฟล์ ${file} ไม่ได้: โฟลเดอร์ ${dir} เป็นแบบอ่านอย่างเดียวหรือท่านไม่มีสิทธิ์เขียน (เลือกโฟลเดอร์อื่นด้วย -o)`,
      `cannot write ${file}: the folder ${dir} is read-only or you may not write in it (choose another folder with -o)`,
    );
  }
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new CliError(
      1,
      `เขียนไฟล์ ${file} ไม่ได้: พื้นที่ดิสก์ไม่พอ (ลบไฟล์ที่ไม่ใช้ หรือเลือกที่อื่นด้วย -o)`,
      `cannot write ${file}: the disk is full (free some space, or choose another place with -o)`,
    );
  }
  return new CliError(
    1,
    `เขียนไฟล์ ${file} ไม่ได้ ระบบปฏิเสธการเขียน${code ? ` (รหัส ${code})` : ""}: ลองอีกครั้ง หรือเลือกที่อื่นด้วย -o`,
    `cannot write ${file}: the system refused${code ? ` (code ${code})` : ""}; try again, or choose another place with -o`,
  );
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
