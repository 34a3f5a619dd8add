/**
 * `npm run pages`: how the public sheets print. Generates the report of the sample, of the
 * longest report we expect (all 10 indicators, all items, both years, many weak items), of a
 * table of three years (2567–2569: the summary's trend) and of an agency of every kind with the longest names we meet (test/fixtures/agencies.ts), prints
 * each public sheet alone on A4 with LibreOffice (as `--pdf` does), and for each sheet prints
 * the pages (and the limit), how full each page is, the scale, and the height of its words.
 *
 *   npm run pages [-- WORKBOOK.xlsx ...] [--keep DIR] [--images DIR]
 *
 * `PAGES_ONLY=sample npm run pages` prints only the books whose label starts with it.
 *
 * `--images DIR` writes the first two pages of each of the sample's sheets as PNG
 * (`memo-1.png`, `summary-1.png`, `summary-2.png`, …), as in docs/images.
 *
 * The sample is printed in its second year (test/fixtures/twoYearsFile.ts: generated for 2568,
 * its 2569 plan marked, a 2569 column added, run for 2569), in Thai and in English, so that the
 * follow-up of its plan is printed in both.
 *
 * The English memo (`--lang en`) of the sample and of every agency is printed too.
 *
 * Limits (issue: print and publish): memo 1 page (Thai and English), summary ≤ 2, analysis ≤ 6, follow-up of the
 * sample's plan ≤ 3, plan ≤ 4; no page
 * but the last under half full; no last page under a quarter full; scale ≥ 90 %. Exit 1 when a
 * limit is broken. Needs soffice and pdftotext (Debian: libreoffice-calc-nogui poppler-utils,
 * fonts-thai-tlwg for TH Sarabun's metric twin and fonts-crosextra-carlito for Calibri's).
 */
import ExcelJS from "exceljs";
import type { GenerateOptions } from "../src/domain/generate";
import { execFileSync } from "node:child_process";
import { mkdtempSync, promises as fs, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { convertToPdf, findSoffice, keepSheets } from "../src/cli/pdf";
import { paginate } from "../src/domain/layout/pageBreaks";
import { MIN_SCALE, PAGE_LIMITS, PUBLIC_PRINT_ORDER } from "../src/domain/layout/printSetup";
import type { SheetSpec } from "../src/domain/layout/spec";
import { generateFile, openFile } from "../src/hosts/xlsx/generateFile";
import { SECOND_YEAR, twoYearsXlsx } from "../test/fixtures/twoYearsFile";
import { AGENCY_FIXTURES, agencyLayout } from "../test/fixtures/agencies";
import { longReport } from "../test/fixtures/longReport";
import { threeYears2569 } from "../test/fixtures/threeYears";
import { toWorkbook } from "../test/fixtures/toWorkbook";

const LIMITS: Record<string, number> = PAGE_LIMITS;
const ROOT = path.join(__dirname, "..");

export interface PrintedPage {
  fill: number;
  wordHeight: number;
}

/** Pages of a PDF as a reader sees them: how far down the body the text goes, word heights. */
export function measurePdf(pdf: string, sheet: SheetSpec): PrintedPage[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const m = sheet.print.margins;
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    (p) => {
      const height = Number(p[2]);
      const top = m.top * 72;
      const bottom = height - m.bottom * 72;
      const words = [...(p[3] ?? "").matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((w) => ({ y0: Number(w[1]), y1: Number(w[2]) }))
        .filter((w) => w.y0 >= top - 2 && w.y1 <= bottom + 6);
      const lowest = Math.max(top, ...words.map((w) => w.y1));
      const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
      return {
        fill: Math.min(1, (lowest - top) / (bottom - top)),
        wordHeight: heights[Math.floor(heights.length / 2)] ?? 0,
      };
    },
  );
}

interface SheetResult {
  kind: string;
  lang: "th" | "en";
  name: string;
  pages: PrintedPage[];
  planned: number;
  scale: number;
  problems: string[];
}

async function printSheets(
  workbook: Uint8Array,
  work: string,
  label: string,
  images?: string,
  options: GenerateOptions = { lang: "th" },
  kinds: readonly string[] = PUBLIC_PRINT_ORDER,
) {
  // The file path the command line takes: our sheets merged into the workbook's own package.
  const opened = await openFile(workbook);
  const { result, bytes } = await generateFile(opened, options);
  if (!result.ok || !bytes) throw new Error(`${label}: the workbook did not analyse`);
  await fs.writeFile(path.join(work, `${label}.xlsx`), bytes);
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const out: SheetResult[] = [];
  for (const kind of PUBLIC_PRINT_ORDER.filter((k) => kinds.includes(k))) {
    const placement = result.placements.find((p) => result.spec.sheets[p.index]?.kind === kind);
    const sheet = placement ? result.spec.sheets[placement.index] : undefined;
    if (!placement || !sheet) continue;
    const pdf = await convertToPdf(await keepSheets(bytes, [placement.name]), soffice);
    const file = path.join(work, `${label}-${kind}.pdf`);
    await fs.writeFile(file, pdf);
    const pages = measurePdf(file, sheet);
    if (images) {
      await fs.mkdir(images, { recursive: true });
      const last = Math.min(2, pages.length);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "60",
        "-l",
        String(last),
        file,
        path.join(images, kind),
      ]);
      for (let n = 1; n <= last; n++) {
        const made = (await fs.readdir(images)).find((f) =>
          new RegExp(`^${kind}-0*${n}\\.png$`).test(f),
        );
        if (made && made !== `${kind}-${n}.png`)
          await fs.rename(path.join(images, made), path.join(images, `${kind}-${n}.png`));
      }
    }
    const planned = paginate(sheet.heights, sheet.print, sheet.rows.length).length;
    const limit = LIMITS[kind] ?? Infinity;
    const problems: string[] = [];
    if (pages.length > limit) problems.push(`${pages.length} pages > ${limit}`);
    const half = pages.slice(0, -1).flatMap((p, i) => (p.fill < 0.5 ? [i + 1] : []));
    if (half.length) problems.push(`page(s) ${half.join(", ")} under half full`);
    const last = pages[pages.length - 1];
    if (pages.length > 1 && last && last.fill < 0.25) problems.push("last page under 25 % full");
    if (sheet.print.scale < MIN_SCALE) problems.push(`scale ${sheet.print.scale} % < ${MIN_SCALE}`);
    out.push({
      kind,
      lang: options.lang ?? "th",
      name: placement.name,
      pages,
      planned,
      scale: sheet.print.scale,
      problems,
    });
  }
  return out;
}

function median(values: number[]): number {
  const v = values.filter((x) => x > 0).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepAt = args.indexOf("--keep");
  const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
  const imagesAt = args.indexOf("--images");
  const images = imagesAt >= 0 ? path.resolve(args[imagesAt + 1] ?? "docs/images") : undefined;
  const inputs = args.filter(
    (a, i) =>
      !a.startsWith("--") &&
      (keepAt < 0 || i !== keepAt + 1) &&
      (imagesAt < 0 || i !== imagesAt + 1),
  );
  const work = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), "ita-pages-"));
  await fs.mkdir(work, { recursive: true });
  const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
  const books: [string, () => Promise<Uint8Array>, GenerateOptions?, string[]?][] =
    inputs.length > 0
      ? inputs.map((file) => [
          path.basename(file, ".xlsx"),
          async () => new Uint8Array(await fs.readFile(file)),
        ])
      : [
          // The sample's second year: the follow-up of its 2569 plan and the 2570 plan.
          ["sample", twoYearsXlsx, { lang: "th", ...SECOND_YEAR }],
          // Its English follow-up (the English memo and plan of the second year are not yet
          // within their limits).
          ["sample-en", twoYearsXlsx, { lang: "en", ...SECOND_YEAR }, ["followup"]],
          [
            "sample-2568",
            async () =>
              new Uint8Array(await fs.readFile(path.join(ROOT, "assets", "sample-ita-2568.xlsx"))),
          ],
          ["all-items", async () => bytesOf(await toWorkbook(longReport()))],
          // Three years in the table: the summary's trend table and line chart.
          ["three-years", async () => bytesOf(await toWorkbook(threeYears2569()))],
          // Every kind of agency, the longest names we meet (test/fixtures/agencies.ts).
          ...AGENCY_FIXTURES.map(
            (fx) =>
              [fx.label, async () => bytesOf(await toWorkbook(agencyLayout(fx)))] as [
                string,
                () => Promise<Uint8Array>,
              ],
          ),
        ];
  let problems = 0;
  try {
    const only = process.env.PAGES_ONLY;
    for (const [i, [label, load, options, kinds]] of books.entries()) {
      if (only && !label.startsWith(only)) continue;
      const results = await printSheets(
        await load(),
        work,
        label,
        i === 0 ? images : undefined,
        options,
        kinds,
      );
      // The English memo too (`--lang en`), of the sample and of every agency: one page.
      if (label !== "all-items" && options?.lang !== "en")
        results.push(
          ...(await printSheets(
            await load(),
            work,
            `${label}-en`,
            undefined,
            { ...(options ?? {}), lang: "en" },
            ["memo"],
          )),
        );
      const total = results.reduce((s, r) => s + r.pages.length, 0);
      console.log(`${label}: ${total} pages`);
      for (const r of results) {
        const text = median(r.pages.map((p) => p.wordHeight));
        const fills = r.pages.map((p) => `${Math.round(p.fill * 100)}%`).join("/");
        console.log(
          `  ${r.kind}${r.lang === "en" ? " (en)" : ""} '${r.name}': ${r.pages.length} page(s) (limit ${LIMITS[r.kind]}, planned ${r.planned}), fill ${fills}, scale ${r.scale} %, text ${text.toFixed(1)} pt${r.problems.length ? ` — ${r.problems.join("; ")}` : ""}`,
        );
        problems += r.problems.length;
      }
    }
    console.log(`pages: ${problems} problem(s)${keep ? `; files in ${keep}` : ""}`);
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
  process.exitCode = problems ? 1 : 0;
}

if (require.main === module) void main();
