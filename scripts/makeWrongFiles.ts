/**
 * Writes the wrong kinds of file staff choose instead of an .xlsx, in test/fixtures/wrong/: the
 * sample saved by LibreOffice as OpenDocument, old .xls, CSV and PDF, a zip holding it, an empty
 * file, the sample cut short, a text note, an HTML table named .xls (as some systems export
 * "Excel"), and an XML Spreadsheet 2003. Both doors must name each one and say what to do
 * (test/xlsx/wrongFiles.test.ts, test/browser/pane.test.ts).
 *
 * `password-protected.xlsx` is the sample encrypted with the password "ita2568" (ECMA-376 agile
 * encryption, made with the npm package officecrypto-tool 0.0.19 and checked by decrypting it
 * again with msoffcrypto-tool, which gives the sample back byte for byte); it is kept as it is,
 * not made here, so that the project needs no encryption library.
 *
 *   npx tsx scripts/makeWrongFiles.ts      (needs LibreOffice: soffice)
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { findSoffice } from "../src/cli/pdf";

const DIR = path.join(__dirname, "..", "test", "fixtures", "wrong");
const SAMPLE = path.join(__dirname, "..", "assets", "sample-ita-2568.xlsx");

/** The sample converted by LibreOffice with a filter, e.g. "ods" or a CSV filter string. */
function converted(to: string, ext: string): Buffer {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is needed");
  const work = mkdtempSync(path.join(os.tmpdir(), "ita-wrong-"));
  try {
    const input = path.join(work, "sample.xlsx");
    copyFileSync(SAMPLE, input);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        to,
        "--outdir",
        work,
        input,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    return readFileSync(path.join(work, `sample.${ext}`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sample = readFileSync(SAMPLE);
  const files: Record<string, Buffer | string> = {
    "sample.ods": converted("ods", "ods"),
    "sample.xls": converted("xls", "xls"),
    // UTF-8 (76), comma-separated, as Excel's "CSV UTF-8" is
    "sample.csv": converted("csv:Text - txt - csv (StarCalc):44,34,76", "csv"),
    "sample.pdf": converted("pdf", "pdf"),
    "empty.xlsx": Buffer.alloc(0),
    "truncated.xlsx": sample.subarray(0, Math.floor(sample.length / 2)),
    "notes.txt": "คะแนน ITA ปี 2568 ของเทศบาล\nรวม 94.50 ผ่านดี\n",
    "export.xls":
      '<html><head><meta charset="utf-8"></head><body><table>' +
      "<tr><td>ตัวชี้วัด</td><td>คะแนน 2568</td></tr>" +
      "<tr><td>ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่</td><td>96.88</td></tr></table></body></html>\n",
    "xml2003.xml":
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
      'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="ITA"><Table>' +
      '<Row><Cell><Data ss:Type="String">ตัวชี้วัด</Data></Cell></Row></Table></Worksheet></Workbook>\n',
    "archive.zip": await new JSZip()
      .file("sample-ita-2568.xlsx", sample)
      .generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(DIR, name), bytes);
  console.log(`wrote ${Object.keys(files).length} files in test/fixtures/wrong/`);
}

void main();
