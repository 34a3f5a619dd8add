/**
 * What a file is when it is not an .xlsx workbook we can read, told from its bytes (never from
 * its name, which is often wrong: systems export HTML as "report.xls", users rename .ods to
 * .xlsx), so that the message says what it is and what to do. The command line and the
 * standalone page both ask here (openFile), so their words are the same. No Node or DOM: it
 * runs in the page's worker too.
 */
import { NotZipError, WorkbookLimitError, scanZip, type ZipEntry } from "./limits";

export type WrongKind =
  | "empty"
  | "encrypted"
  | "xls"
  | "ole"
  | "ods"
  | "odf"
  | "xlsb"
  | "docx"
  | "zip"
  | "truncated"
  | "pdf"
  | "html"
  | "xml2003"
  | "csv"
  | "text"
  | "unknown";

/** A file that is not a readable .xlsx, with what it is and what to do, in Thai and English. */
export class WrongFileError extends WorkbookLimitError {
  constructor(
    readonly kind: WrongKind,
    th: string,
    en: string,
  ) {
    super(th, en);
  }
}

const SAVE_AS = {
  th: "เปิดไฟล์ใน Excel หรือ LibreOffice Calc แล้วบันทึกเป็น (Save As) ชนิด Excel Workbook (.xlsx) แล้วใช้ไฟล์ใหม่นั้น",
  en: "open it in Excel or LibreOffice Calc, save it as (Save As) an Excel Workbook (.xlsx), and use the new file",
};

/** What each kind is, and what to do about it. */
const MESSAGES: Record<WrongKind, { th: string; en: string }> = {
  empty: {
    th: "ไฟล์ว่างเปล่า (0 ไบต์) อาจบันทึกหรือคัดลอกไม่สำเร็จ: เปิดสมุดงานต้นฉบับใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง",
    en: "the file is empty (0 bytes); it may not have been saved or copied completely: open the original workbook in Excel and save it as .xlsx again",
  },
  encrypted: {
    th: "ไฟล์ถูกตั้งรหัสผ่านไว้ จึงอ่านข้อมูลไม่ได้: เปิดใน Excel ใส่รหัสผ่าน แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน ลบรหัสผ่านให้ว่าง) แล้วบันทึก หรือบันทึกสำเนาที่ไม่มีรหัสผ่าน",
    en: "the file is password-protected, so its data cannot be read: open it in Excel with the password, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save, or save a copy without a password",
  },
  xls: {
    th: `ไฟล์เป็นสมุดงาน Excel รุ่นเก่า (.xls, Excel 97–2003) ซึ่งอ่านไม่ได้: ${SAVE_AS.th}`,
    en: `the file is an old Excel workbook (.xls, Excel 97–2003), which cannot be read: ${SAVE_AS.en}`,
  },
  ole: {
    th: "ไฟล์เป็นเอกสาร Office รุ่นเก่าที่ไม่ใช่สมุดงาน (เช่น .doc): ใช้สมุดงาน Excel (.xlsx) ที่มีตารางคะแนน",
    en: "the file is an old Office document that is not a workbook (such as .doc): use the Excel workbook (.xlsx) that holds the scores",
  },
  ods: {
    th: `ไฟล์เป็นสเปรดชีต OpenDocument (.ods) ไม่ใช่ .xlsx: ${SAVE_AS.th}`,
    en: `the file is an OpenDocument spreadsheet (.ods), not an .xlsx: ${SAVE_AS.en}`,
  },
  odf: {
    th: "ไฟล์เป็นเอกสาร OpenDocument ที่ไม่ใช่สเปรดชีต (เช่น .odt): ใช้สมุดงาน Excel (.xlsx) ที่มีตารางคะแนน",
    en: "the file is an OpenDocument document that is not a spreadsheet (such as .odt): use the Excel workbook (.xlsx) that holds the scores",
  },
  xlsb: {
    th: `ไฟล์เป็นสมุดงาน Excel แบบไบนารี (.xlsb) ซึ่งอ่านไม่ได้: ${SAVE_AS.th}`,
    en: `the file is an Excel binary workbook (.xlsb), which cannot be read: ${SAVE_AS.en}`,
  },
  docx: {
    th: "ไฟล์เป็นเอกสาร Word หรือ PowerPoint ไม่ใช่สมุดงาน: ใช้สมุดงาน Excel (.xlsx) ที่มีตารางคะแนน",
    en: "the file is a Word or PowerPoint document, not a workbook: use the Excel workbook (.xlsx) that holds the scores",
  },
  zip: {
    th: "ไฟล์เป็นไฟล์บีบอัด (zip) ที่ไม่ใช่สมุดงาน: แตกไฟล์ออกก่อน แล้วใช้สมุดงาน .xlsx ที่อยู่ข้างใน",
    en: "the file is a zip archive, not a workbook: extract it first and use the .xlsx workbook inside",
  },
  truncated: {
    th: "ไฟล์ขาดหายไม่ครบ (ถูกตัดตอนระหว่างดาวน์โหลดหรือคัดลอก): ดาวน์โหลดหรือคัดลอกไฟล์มาใหม่ หรือเปิดต้นฉบับใน Excel แล้วบันทึกอีกครั้ง",
    en: "the file is incomplete (cut short while it was downloaded or copied): download or copy it again, or open the original in Excel and save it again",
  },
  pdf: {
    th: "ไฟล์เป็นเอกสาร PDF ไม่ใช่สมุดงาน: คะแนนต้องอยู่ในสมุดงาน Excel (.xlsx) ให้ใช้ไฟล์ Excel ที่ใช้ทำตารางคะแนน หรือพิมพ์คะแนนลงสมุดงาน",
    en: "the file is a PDF document, not a workbook: the scores must be in an Excel workbook (.xlsx); use the Excel file the score table was made in, or type the scores into a workbook",
  },
  html: {
    th: `ไฟล์เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อเหมือนไฟล์ Excel (ระบบบางระบบส่งออกแบบนี้) ไม่ใช่ .xlsx: ${SAVE_AS.th}`,
    en: `the file is a web page (HTML) named like an Excel file (some systems export this way), not an .xlsx: ${SAVE_AS.en}`,
  },
  xml2003: {
    th: `ไฟล์เป็น XML Spreadsheet 2003 ไม่ใช่ .xlsx: ${SAVE_AS.th}`,
    en: `the file is an XML Spreadsheet 2003, not an .xlsx: ${SAVE_AS.en}`,
  },
  csv: {
    th: `ไฟล์เป็นข้อความคั่นด้วยจุลภาค (CSV) ไม่ใช่สมุดงาน: ${SAVE_AS.th}`,
    en: `the file is comma-separated text (CSV), not a workbook: ${SAVE_AS.en}`,
  },
  text: {
    th: "ไฟล์เป็นข้อความธรรมดา ไม่ใช่สมุดงาน: ใช้สมุดงาน Excel (.xlsx) ที่มีตารางคะแนน",
    en: "the file is plain text, not a workbook: use the Excel workbook (.xlsx) that holds the scores",
  },
  unknown: {
    th: "ไฟล์นี้ไม่ใช่สมุดงาน Excel (.xlsx): ใช้สมุดงานที่บันทึกจาก Excel หรือ LibreOffice Calc เป็น .xlsx",
    en: "this file is not an Excel workbook (.xlsx): use a workbook saved from Excel or LibreOffice Calc as .xlsx",
  },
};

/** The error for a kind of wrong file. */
export function wrongFile(kind: WrongKind): WrongFileError {
  return new WrongFileError(kind, MESSAGES[kind].th, MESSAGES[kind].en);
}

/** An .xlsx package whose parts cannot be read: damaged. */
export function damagedWorkbook(): WorkbookLimitError {
  return new WrongFileError(
    "unknown",
    "ไฟล์เป็นสมุดงาน .xlsx ที่เสียหาย อ่านส่วนประกอบในไฟล์ไม่ได้: เปิดใน Excel (ซึ่งอาจเสนอให้ซ่อมแซมไฟล์) แล้วบันทึกเป็น .xlsx อีกครั้ง",
    "the file is a damaged .xlsx workbook whose parts cannot be read: open it in Excel (which may offer to repair it) and save it as .xlsx again",
  );
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, bytes: readonly number[], at = 0) =>
  data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);

/** Whether `name` appears in the bytes as UTF-16LE (as names in an OLE compound file do). */
function hasUtf16(data: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= data.length; i++) {
    if (data[i] !== first || data[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (data[i + 2 * k] !== name.charCodeAt(k) || data[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** An OLE compound file: an encrypted OOXML package, an old .xls, or another old document. */
function oleKind(data: Uint8Array): WrongKind {
  if (hasUtf16(data, "EncryptedPackage") || hasUtf16(data, "EncryptionInfo")) return "encrypted";
  if (hasUtf16(data, "Workbook") || hasUtf16(data, "Book")) return "xls";
  return "ole";
}

/** The `mimetype` an OpenDocument package stores first, uncompressed. */
function odfMimetype(data: Uint8Array, entries: ZipEntry[]): string | null {
  const entry = entries.find((e) => e.name === "mimetype");
  if (!entry || entry.raw.method !== 0) return null;
  const at = entry.raw.localOffset;
  if (at + 30 > data.length) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return new TextDecoder().decode(data.subarray(start, start + entry.compressedSize)).trim();
}

/** A zip that is not an .xlsx package, or null when it looks like one. */
function zipKind(data: Uint8Array, entries: ZipEntry[]): WrongKind | null {
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "")));
  const mime = odfMimetype(data, entries);
  if (mime !== null || names.has("content.xml")) {
    return mime?.startsWith("application/vnd.oasis.opendocument.spreadsheet") ? "ods" : "odf";
  }
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("word/document.xml") || names.has("ppt/presentation.xml")) return "docx";
  if (!names.has("[Content_Types].xml") && ![...names].some((n) => n.startsWith("xl/")))
    return "zip";
  return null;
}

/** Text: what kind, judged on its first few kilobytes; null for binary data. */
function textKind(data: Uint8Array): WrongKind | null {
  const head = data.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > head.length / 100) return null;
  const text = new TextDecoder("utf-8")
    .decode(head)
    .replace(/^\ufeff/, "")
    .trimStart();
  const lower = text.slice(0, 2048).toLowerCase();
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet") && lower.includes("<workbook"))
    return "xml2003";
  if (/^<(!doctype html|html|table|head|body|meta)\b/.test(lower) || lower.includes("<html"))
    return "html";
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  // The last line read may be cut in the middle.
  const whole = lines.length > 1 && data.length > head.length ? lines.slice(0, -1) : lines;
  for (const sep of [",", ";", "\t"]) {
    const counts = whole.map((l) => l.split(sep).length - 1);
    if (counts.length > 0 && counts.every((n) => n > 0) && (counts.length > 1 || counts[0]! > 1))
      return "csv";
  }
  return "text";
}

/**
 * Tells a file that is not a readable .xlsx from its bytes and throws the message for it:
 * empty, password-protected, an old .xls, OpenDocument, .xlsb, Word, a plain zip, a zip cut
 * short, PDF, HTML, XML Spreadsheet 2003, CSV, text. Returns the zip's entries when the file
 * is a zip that looks like an .xlsx package (its parts are read later, bounded). Over a cap,
 * throws the cap's error (limits.ts).
 *
 * @throws {WrongFileError} for a file that is not an .xlsx package.
 */
export function checkFileKind(data: Uint8Array): ZipEntry[] {
  if (data.length === 0) throw wrongFile("empty");
  if (startsWith(data, OLE)) throw wrongFile(oleKind(data));
  const zip =
    startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06]);
  if (zip) {
    let entries: ZipEntry[];
    try {
      entries = scanZip(data);
    } catch (e) {
      if (e instanceof NotZipError || !(e instanceof WorkbookLimitError))
        throw wrongFile("truncated");
      throw e;
    }
    const kind = zipKind(data, entries);
    if (kind) throw wrongFile(kind);
    return entries;
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw wrongFile("pdf"); // %PDF-
  throw wrongFile(textKind(data) ?? "unknown");
}
