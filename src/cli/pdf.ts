/**
 * Printing the public sheets to PDF with LibreOffice: a temporary copy of the workbook holding
 * only those sheets, in the order given, converted with `soffice --headless --convert-to pdf`
 * (its own profile, so a running LibreOffice is not disturbed). Each sheet prints with the page
 * setup the writer gave it (A4, scale, print titles, header and footer, page breaks).
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { track, trackChild, untrack } from "./cleanup";
import { CliError } from "./files";

const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * A copy of an .xlsx package that lists only `names`, in that order. The other sheets' parts
 * stay in the package, unreferenced; sheet-scoped names follow their sheet and the others go.
 */
export async function keepSheets(xlsx: Uint8Array, names: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const file = zip.file("xl/workbook.xml");
  if (!file) throw new Error("xl/workbook.xml missing");
  const xml = await file.async("string");
  const tags = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const nameOf = (tag: string) => unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? "");
  const kept = names.map((n) => {
    const i = tags.findIndex((t) => nameOf(t) === n);
    if (i < 0) throw new Error(`sheet ${n} not found`);
    return i;
  });
  const sheets = kept.map((i) => (tags[i] as string).replace(/\sstate="[^"]*"/, "")).join("");
  let out = xml.replace(/<sheets>[\s\S]*?<\/sheets>/, `<sheets>${sheets}</sheets>`);
  out = out.replace(/<definedNames>([\s\S]*?)<\/definedNames>/, (_all, body: string) => {
    const names = [...body.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)]
      .map(([, attrs = "", value = ""]) => {
        const local = /localSheetId="(\d+)"/.exec(attrs);
        if (!local) return "";
        const at = kept.indexOf(Number(local[1]));
        if (at < 0) return "";
        return `<definedName${attrs.replace(/localSheetId="\d+"/, `localSheetId="${at}"`)}>${value}</definedName>`;
      })
      .join("");
    return names ? `<definedNames>${names}</definedNames>` : "";
  });
  out = out
    .replace(/activeTab="\d+"/, 'activeTab="0"')
    .replace(/firstSheet="\d+"/, 'firstSheet="0"');
  zip.file("xl/workbook.xml", out);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Where LibreOffice is: SOFFICE, the PATH, or its usual place on Windows and macOS. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOFFICE) return existsSync(env.SOFFICE) ? env.SOFFICE : null;
  const exe = process.platform === "win32" ? ["soffice.exe"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    for (const name of exe) {
      const full = path.join(dir, name);
      if (dir && existsSync(full)) return full;
    }
  }
  const usual = [
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
  ];
  return usual.find((p) => existsSync(p)) ?? null;
}

export const INSTALL_LIBREOFFICE = {
  th:
    "ต้องใช้ LibreOffice เพื่อสร้าง PDF แต่ไม่พบโปรแกรม soffice: ติดตั้งจาก https://www.libreoffice.org/download/ " +
    "(Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui fonts-thai-tlwg) แล้วลองอีกครั้ง " +
    "หรือระบุตำแหน่งด้วยตัวแปร SOFFICE",
  en:
    "--pdf needs LibreOffice, and soffice was not found: install it from https://www.libreoffice.org/download/ " +
    "(Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui fonts-thai-tlwg) and try again, " +
    "or set SOFFICE to its path",
};

/** Converts an .xlsx file to PDF with LibreOffice; returns the PDF's bytes. */
export async function convertToPdf(xlsx: Uint8Array, soffice: string): Promise<Uint8Array> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "ita-pdf-"));
  track(work, "folder");
  try {
    const input = path.join(work, "report.xlsx");
    await fs.writeFile(input, xlsx);
    const profile = pathToFileURL(path.join(work, "profile")).href;
    await new Promise<void>((resolve, reject) => {
      const child = execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          input,
        ],
        { timeout: 300_000 },
        (error) => (error ? reject(error) : resolve()),
      );
      trackChild(child);
    });
    const pdf = path.join(work, "report.pdf");
    if (!existsSync(pdf)) {
      throw new CliError(1, "LibreOffice ไม่ได้สร้างไฟล์ PDF", "LibreOffice did not produce the PDF");
    }
    return new Uint8Array(await fs.readFile(pdf));
  } finally {
    await fs.rm(work, { recursive: true, force: true });
    untrack(work);
  }
}

/** Pages of a PDF, counted from its page objects (no tool needed). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
