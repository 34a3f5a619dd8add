/**
 * The user's .xlsx package as the file path sees it: the zip (parts decompressed only when read,
 * each read bounded), the workbook part with its sheet list and defined names, and the tag and
 * mark of each sheet, read from workbook.xml itself (ExcelJS loses sheet scope and constants).
 */
import JSZip from "jszip";
import { splitCellRef } from "../../domain/address";
import { MARK_NAME, parseMark } from "../../domain/layout/ownership";
import { isTagName } from "../../domain/layout/tag";
import {
  attr,
  decodeXml,
  element,
  elements,
  relationships,
  relsPathOf,
  resolveTarget,
  REL_OFFICE_DOCUMENT,
  REL_WORKSHEET,
} from "./ooxml";
import { checkFileKind, damagedWorkbook } from "./fileKind";
import { LIMITS, partTooLarge, type ZipEntry } from "./limits";
import { nativeZlib, type NativeZlib } from "./zipWrite";

export interface SheetEntry {
  /** Position in workbook.xml's <sheets> (a sheet-scoped name's localSheetId). */
  index: number;
  name: string;
  sheetId: number;
  rid: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`; null for chart sheets and the like. */
  part: string | null;
}

export interface DefinedName {
  name: string;
  localSheetId: number | null;
  hidden: boolean;
  /** The decoded value (`'ITA'!$A$1`, `0.07`, `="…"`). */
  text: string;
}

export interface XlsxPackage {
  /** The file as read (parts not changed are copied from it as stored). */
  data: Uint8Array;
  /**
   * The zip open in JSZip, where Node's zlib is missing (the browser); with zlib, parts are
   * inflated straight from `data` (JSZip's stream of a part cost more than reading it).
   */
  zip: JSZip | null;
  zlib: NativeZlib | null;
  entries: Map<string, ZipEntry>;
  workbookPath: string;
  workbookXml: string;
  workbookRelsPath: string;
  workbookRelsXml: string;
  sheets: SheetEntry[];
  names: DefinedName[];
}

const damaged = damagedWorkbook;

/**
 * Opens a package: what the file is first (a wrong kind of file has its own message,
 * fileKind.ts), the caps from the central directory, then the workbook part.
 */
export async function openPackage(data: Uint8Array): Promise<XlsxPackage> {
  const list = checkFileKind(data);
  const entries = new Map(list.map((e) => [e.name.replace(/^\//, ""), e]));
  const zlib = nativeZlib();
  let zip: JSZip | null = null;
  if (!zlib) {
    try {
      zip = await JSZip.loadAsync(data);
    } catch {
      throw damaged();
    }
  }
  const pkg = { data, zip, zlib, entries } as XlsxPackage;
  const rootRels = relationships(await readText(pkg, "_rels/.rels"));
  const office = rootRels.find((r) => r.type === REL_OFFICE_DOCUMENT);
  pkg.workbookPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const workbookXml = await readText(pkg, pkg.workbookPath);
  if (!workbookXml) throw damaged();
  pkg.workbookXml = workbookXml;
  pkg.workbookRelsPath = relsPathOf(pkg.workbookPath);
  pkg.workbookRelsXml = (await readText(pkg, pkg.workbookRelsPath)) ?? "";
  const rels = relationships(pkg.workbookRelsXml);
  const sheetsEl = element(workbookXml, "sheets");
  pkg.sheets = sheetsEl
    ? elements(sheetsEl.inner, "sheet").map((s, index) => {
        const rid = attr(s.attrs, "id") ?? "";
        const rel = rels.find((r) => r.id === rid);
        const state =
          s.attrs.state === "hidden" || s.attrs.state === "veryHidden" ? s.attrs.state : "visible";
        return {
          index,
          name: s.attrs.name ?? "",
          sheetId: Number(s.attrs.sheetId ?? 0),
          rid,
          state,
          part:
            rel && rel.type === REL_WORKSHEET ? resolveTarget(pkg.workbookPath, rel.target) : null,
        };
      })
    : [];
  const namesEl = element(workbookXml, "definedNames");
  pkg.names = namesEl
    ? elements(namesEl.inner, "definedName").map((n) => ({
        name: n.attrs.name ?? "",
        localSheetId: n.attrs.localSheetId === undefined ? null : Number(n.attrs.localSheetId),
        hidden: n.attrs.hidden === "1" || n.attrs.hidden === "true",
        text: decodeXml(n.inner),
      }))
    : [];
  return pkg;
}

/** JSZip's internal stream of one part (public, though missing from its typings). */
interface PartStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", fn: (e: unknown) => void): PartStream;
  on(event: "end", fn: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** Reads a part as text, or null when it is not there. Never more than its declared size. */
export async function readText(
  pkg: Pick<XlsxPackage, "data" | "zip" | "zlib" | "entries">,
  path: string,
  limit: number = LIMITS.partBytes,
): Promise<string | null> {
  const bytes = await readBytes(pkg, path, limit);
  return bytes ? new TextDecoder("utf-8").decode(bytes) : null;
}

/** Reads a part's bytes (an image), or null when it is not there. Never more than its declared size. */
export async function readBytes(
  pkg: Pick<XlsxPackage, "data" | "zip" | "zlib" | "entries">,
  path: string,
  limit: number = LIMITS.partBytes,
): Promise<Uint8Array | null> {
  const entry = pkg.entries.get(path);
  if (!entry || entry.name.endsWith("/")) return null;
  if (entry.uncompressedSize > limit) throw partTooLarge(path, entry.uncompressedSize);
  if (pkg.zlib) return inflated(pkg.data, entry, pkg.zlib);
  const file = pkg.zip?.file(path);
  if (!file) return null;
  const max = entry.uncompressedSize;
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): PartStream }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > max) {
          stream.pause();
          reject(damaged());
          return;
        }
        chunks.push(chunk);
      })
      .on("error", () => reject(damaged()))
      .on("end", () => {
        const out = new Uint8Array(size);
        let o = 0;
        for (const c of chunks) {
          out.set(c, o);
          o += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/**
 * A part read with zlib from the file's bytes: its stored data after the local header, inflated
 * to no more than its declared size (a part that says less than it holds is damaged).
 */
function inflated(data: Uint8Array, entry: ZipEntry, zlib: NativeZlib): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.raw.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== 0x04034b50) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) throw damaged();
  const stored = data.subarray(start, start + entry.compressedSize);
  let bytes: Uint8Array;
  if (entry.raw.method === 0) bytes = stored;
  else if (entry.raw.method === 8) {
    try {
      // One byte over the declared size is enough to see that it lies.
      bytes = zlib.inflateRawSync(stored, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch {
      throw damaged();
    }
  } else throw damaged();
  if (bytes.length !== entry.uncompressedSize) throw damaged();
  return bytes;
}

/** Whether the package holds a part. */
export function hasPart(pkg: Pick<XlsxPackage, "entries">, path: string): boolean {
  const e = pkg.entries.get(path);
  return e !== undefined && !e.name.endsWith("/");
}

/** Our tag on each sheet (by sheet name) and each sheet's mark (by sheet index). */
export function ownershipNames(pkg: Pick<XlsxPackage, "names" | "sheets">): {
  tags: Map<string, string>;
  marks: Map<number, string>;
} {
  const tags = new Map<string, string>();
  const marks = new Map<number, string>();
  const byName = new Set(pkg.sheets.map((s) => s.name));
  for (const n of pkg.names) {
    if (n.localSheetId === null && isTagName(n.name)) {
      const ref = splitCellRef(n.text.trim().replace(/^=/, ""));
      if (ref && byName.has(ref.sheet)) tags.set(ref.sheet, n.name);
    }
    if (n.name === MARK_NAME && n.localSheetId !== null) {
      const m = parseMark(n.text);
      marks.set(n.localSheetId, m ? `${m.id}:${m.titleHash}` : n.text);
    }
  }
  return { tags, marks };
}
