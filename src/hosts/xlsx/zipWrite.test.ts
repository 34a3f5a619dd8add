import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { generateFile, openFile } from "./generateFile";
import { scanZip } from "./limits";
import * as zipWrite from "./zipWrite";
import { crc32, nativeZlib, writeZip } from "./zipWrite";

const SAMPLE = path.join(__dirname, "..", "..", "..", "assets", "sample-ita-2568.xlsx");

/** Each entry's stored (compressed) bytes, by name. */
function stored(data: Uint8Array): Map<string, Buffer> {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const out = new Map<string, Buffer>();
  for (const e of scanZip(data)) {
    const at = e.raw.localOffset;
    const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
    out.set(e.name, view.subarray(start, start + e.compressedSize));
  }
  return out;
}

async function source(streamFiles: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("a.xml", "<a>" + "ก".repeat(500) + "</a>");
  zip.file("b/b.xml", "<b/>");
  zip.file("c.bin", new Uint8Array([1, 2, 3, 250]), { compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", streamFiles });
}

describe("writeZip", () => {
  const native = nativeZlib();

  it("finds Node's zlib here", () => {
    expect(native).not.toBeNull();
  });

  it.each([false, true])(
    "copies unchanged parts as stored, replaces, removes and adds (data descriptors: %s)",
    async (streamFiles) => {
      const input = await source(streamFiles);
      const changes = new Map<string, string | null>([
        ["b/b.xml", "<b>ข</b>"],
        ["a.xml", null],
        ["new/one.xml", "<one/>"],
        ["new/two.xml", "<two>" + "x".repeat(1000) + "</two>"],
      ]);
      const out = writeZip(input, scanZip(input), changes, native as zipWrite.NativeZlib);
      if (!out) throw new Error("not written");
      const zip = await JSZip.loadAsync(out);
      const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
      expect(names).toEqual(["b/b.xml", "c.bin", "new/one.xml", "new/two.xml"]);
      expect(await zip.file("b/b.xml")?.async("string")).toBe("<b>ข</b>");
      expect(await zip.file("new/two.xml")?.async("string")).toBe(
        "<two>" + "x".repeat(1000) + "</two>",
      );
      expect([...((await zip.file("c.bin")?.async("uint8array")) ?? [])]).toEqual([1, 2, 3, 250]);
      // The part not changed keeps its stored bytes.
      expect(stored(out).get("c.bin")).toEqual(stored(input).get("c.bin"));
    },
  );

  it("computes the zip CRC-32 as zlib does", () => {
    const bytes = new TextEncoder().encode("การประเมิน ITA 2568 <x/>");
    expect(crc32(bytes)).toBe(zlib.crc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("the output package, with zlib and without it (the browser's JSZip)", () => {
  const data = new Uint8Array(readFileSync(SAMPLE));

  async function output(): Promise<Uint8Array> {
    const opened = await openFile(data);
    const { bytes } = await generateFile(opened, {
      lang: "th",
      newMarkId: () => "0123456789abcdef",
      today: "2026-01-15",
    });
    if (!bytes) throw new Error("no output");
    return bytes;
  }

  afterEach(() => jest.restoreAllMocks());

  it("holds the same parts with the same contents either way", async () => {
    const withZlib = await output();
    jest.spyOn(zipWrite, "nativeZlib").mockReturnValue(null);
    const withJsZip = await output();
    // Two writers: the bytes differ (JSZip recompresses every part it wrote itself).
    expect(Buffer.compare(Buffer.from(withZlib), Buffer.from(withJsZip))).not.toBe(0);
    const contents = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const out: [string, string][] = [];
      for (const [name, f] of Object.entries(zip.files))
        if (!f.dir) out.push([name, await f.async("string")]);
      return out.sort();
    };
    expect(await contents(withZlib)).toEqual(await contents(withJsZip));
    // The user's parts keep their stored bytes in the zlib writer's output.
    const before = stored(data);
    const after = stored(withZlib);
    expect(after.get("xl/worksheets/sheet1.xml")).toEqual(before.get("xl/worksheets/sheet1.xml"));
    expect(after.get("xl/theme/theme1.xml")).toEqual(before.get("xl/theme/theme1.xml"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(withZlib as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.length).toBe(6);
  });
});
