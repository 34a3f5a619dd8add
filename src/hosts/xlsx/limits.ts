/**
 * Bounded work on any input: the caps the file path checks before it parses anything, and the
 * zip's central directory read to check them (sizes as the archive declares them; parts are
 * later read with the declared size as a hard limit, so an archive that lies is stopped too).
 */

export const LIMITS = {
  /** Size of the .xlsx file. */
  fileBytes: 50 * 1024 * 1024,
  /** Number of parts in the package. */
  parts: 10_000,
  /** Sum of the parts' uncompressed sizes. */
  uncompressedBytes: 500 * 1024 * 1024,
  /** Uncompressed size of one worksheet or shared-strings part that we read. */
  partBytes: 64 * 1024 * 1024,
  /** Cells in one worksheet (`<c>` elements, empty ones included: only counted). */
  cellsPerSheet: 3_000_000,
  /** Cells holding something (a value or a formula) in all worksheets together: each costs
   *  ExcelJS about 0.9 KB while it reads, and a run must stay within 1 GB. */
  cellsTotal: 900_000,
  /** Merged areas in one worksheet. */
  mergesPerSheet: 50_000,
  /** Cells of one sheet's grid once read (rows × columns of the area that holds values). */
  gridCells: 2_000_000,
} as const;

/** A workbook over one of the caps, or not a zip at all: a message in Thai and English. */
export class WorkbookLimitError extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const count = (n: number) => n.toLocaleString("en-US");

export function checkFileSize(bytes: number): void {
  if (bytes > LIMITS.fileBytes) {
    throw new WorkbookLimitError(
      `ไฟล์ใหญ่เกินไป (${mb(bytes)} เกิน ${mb(LIMITS.fileBytes)}): บันทึกเฉพาะชีตที่มีตารางคะแนนเป็นไฟล์ใหม่แล้วลองอีกครั้ง`,
      `the file is too large (${mb(bytes)}, over ${mb(LIMITS.fileBytes)}): save the sheets with the score tables as a new file and try again`,
    );
  }
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** What a writer needs to copy the entry as it is (zipWrite.ts). */
  raw: {
    /** The entry's name as stored (bytes). */
    name: Uint8Array;
    method: number;
    crc32: number;
    flags: number;
    time: number;
    date: number;
    localOffset: number;
  };
}

/** A zip whose directory cannot be read: fileKind.ts tells what the file is instead. */
export class NotZipError extends WorkbookLimitError {}

const notZip = () =>
  new NotZipError(
    "ไฟล์นี้ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ (โครงสร้างไฟล์ zip เสีย)",
    "this is not a readable .xlsx file (its zip structure is damaged)",
  );

/**
 * Reads the zip's central directory (no decompression) and checks the part count and the total
 * uncompressed size against the caps. Returns the entries.
 */
export function scanZip(data: Uint8Array): ZipEntry[] {
  checkFileSize(data.length);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => view.getUint32(o, true) + view.getUint32(o + 4, true) * 2 ** 32;
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  let entries = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if (
    (entries === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    u32(eocd - 20) === 0x07064b50
  ) {
    const z64 = u64(eocd - 20 + 8);
    if (z64 + 56 > data.length || u32(z64) !== 0x06064b50) throw notZip();
    entries = u64(z64 + 32);
    offset = u64(z64 + 48);
  }
  if (entries > LIMITS.parts) {
    throw new WorkbookLimitError(
      `ไฟล์มีส่วนประกอบมากเกินไป (${count(entries)} ส่วน เกิน ${count(LIMITS.parts)})`,
      `the file has too many parts (${count(entries)}, over ${count(LIMITS.parts)})`,
    );
  }
  const out: ZipEntry[] = [];
  let total = 0;
  let p = offset;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > data.length || u32(p) !== 0x02014b50) throw notZip();
    let compressedSize = u32(p + 20);
    let uncompressedSize = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    if (p + 46 + nameLen + extraLen > data.length) throw notZip();
    const nameBytes = data.subarray(p + 46, p + 46 + nameLen);
    const name = new TextDecoder().decode(nameBytes);
    let localOffset = u32(p + 42);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64 extended information: the 64-bit sizes, in this order, for the fields set to ~0.
      let e = p + 46 + nameLen;
      const endExtra = e + extraLen;
      while (e + 4 <= endExtra) {
        const id = u16(e);
        const size = u16(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(q);
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(q);
          break;
        }
        e += 4 + size;
      }
    }
    total += uncompressedSize;
    out.push({
      name,
      compressedSize,
      uncompressedSize,
      raw: {
        name: nameBytes,
        method: u16(p + 10),
        crc32: u32(p + 16),
        flags: u16(p + 8),
        time: u16(p + 12),
        date: u16(p + 14),
        localOffset,
      },
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (total > LIMITS.uncompressedBytes) {
    throw new WorkbookLimitError(
      `ข้อมูลในไฟล์เมื่อขยายแล้วใหญ่เกินไป (${mb(total)} เกิน ${mb(LIMITS.uncompressedBytes)})`,
      `the file's contents are too large once uncompressed (${mb(total)}, over ${mb(LIMITS.uncompressedBytes)})`,
    );
  }
  return out;
}

/** Over a cap of the sheets' contents: reading only the sheet with the scores avoids it. */
export class SheetLimitError extends WorkbookLimitError {}

export function tooManyCells(
  sheet: string,
  cells: number,
  cap: number,
  total = false,
): WorkbookLimitError {
  return total
    ? new SheetLimitError(
        `สมุดงานมีเซลล์ที่มีข้อมูลมากเกินไป (${count(cells)} เซลล์ เกิน ${count(cap)}): ลบชีตที่ไม่เกี่ยวกับคะแนน ITA แล้วลองอีกครั้ง`,
        `the workbook has too many cells holding data (${count(cells)}, over ${count(cap)}): remove the sheets that do not hold ITA scores and try again`,
      )
    : new SheetLimitError(
        `ชีต "${sheet}" มีเซลล์มากเกินไป (${count(cells)} เซลล์ เกิน ${count(cap)})`,
        `sheet "${sheet}" has too many cells (${count(cells)}, over ${count(cap)})`,
      );
}

export function tooManyMerges(sheet: string, merges: number): WorkbookLimitError {
  return new SheetLimitError(
    `ชีต "${sheet}" มีการผสานเซลล์มากเกินไป (${count(merges)} ช่วง เกิน ${count(LIMITS.mergesPerSheet)})`,
    `sheet "${sheet}" has too many merged areas (${count(merges)}, over ${count(LIMITS.mergesPerSheet)})`,
  );
}

export function partTooLarge(part: string, bytes: number): WorkbookLimitError {
  return new WorkbookLimitError(
    `ส่วน ${part} ของไฟล์ใหญ่เกินไป (${mb(bytes)} เกิน ${mb(LIMITS.partBytes)})`,
    `the part ${part} of the file is too large (${mb(bytes)}, over ${mb(LIMITS.partBytes)})`,
  );
}
