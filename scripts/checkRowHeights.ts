/**
 * Checks the row-height estimator (src/domain/layout/rowHeight.ts) by rendering: every text of
 * the sample's generated sheets, in columns of several widths, regular and bold, is printed with
 * LibreOffice (TH Sarabun → Laksaman), one cell to a page, and the lines LibreOffice drew are
 * counted in the PDF and compared with the estimate.
 *
 *   npx tsx scripts/checkRowHeights.ts [WORKBOOK.xlsx] [--json CASES.json]
 *
 * Prints how many estimates match, are one line short (the row would cut text) or one line long
 * (a wasted line), and the worst cases. Needs soffice and pdftotext.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { estimateLines } from "../src/domain/layout/rowHeight";
import { FONT } from "../src/domain/layout/styles";
import { runCli } from "../src/cli/runCli";

const WIDTHS = [12, 24, 40, 62];
const quiet = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };

interface Case {
  text: string;
  width: number;
  bold: boolean;
  size: number;
}

async function textsOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[])
    .filter((n) => n.name.startsWith("ITAAnalyzer_"))
    .map((n) => (n.ranges[0] ?? "").replace(/!.*$/, "").replace(/^'|'$/g, "").replace(/''/g, "'"));
  const texts = new Set<string>();
  for (const ws of wb.worksheets) {
    if (!names.includes(ws.name)) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.length > 8) texts.add(cell.value);
      }),
    );
  }
  return [...texts];
}

function linesPerPage(pdf: string): number[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return [...html.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((p) => {
    const tops = [...(p[1] ?? "").matchAll(/yMin="([\d.]+)"/g)]
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    let lines = 0;
    let last = -100;
    for (const y of tops) {
      if (y - last > 10) lines++;
      last = y;
    }
    return lines;
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf("--json");
  const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const work = mkdtempSync(path.join(os.tmpdir(), "ita-rows-"));
  try {
    let input = args.find((a, i) => !a.startsWith("--") && i !== jsonAt + 1);
    if (!input) {
      input = path.join(work, "sample.xlsx");
      const sample = path.join(__dirname, "..", "assets", "sample-ita-2568.xlsx");
      if ((await runCli(["analyze", sample, "-o", input], quiet)) !== 0) throw new Error("demo");
    }
    const texts = await textsOf(input);
    const cases: Case[] = [];
    for (const width of WIDTHS)
      for (const text of texts)
        for (const bold of [false, true]) cases.push({ text, width, bold, size: 16 });

    const wb = new ExcelJS.Workbook();
    for (const width of WIDTHS) {
      const ws = wb.addWorksheet(`w${width}`);
      ws.getColumn(1).width = width;
      ws.pageSetup = {
        paperSize: 9,
        orientation: "portrait",
        scale: 100,
        margins: { left: 0.4, right: 0.4, top: 0.4, bottom: 0.4, header: 0, footer: 0 },
      };
      cases
        .filter((c) => c.width === width)
        .forEach((c, i) => {
          const cell = ws.getCell(i + 1, 1);
          cell.value = c.text;
          cell.style = {
            font: { name: FONT, size: c.size, bold: c.bold },
            alignment: { wrapText: true, vertical: "top" },
          };
          ws.getRow(i + 1).height = 409;
          ws.getRow(i + 1).addPageBreak();
        });
    }
    const file = path.join(work, "rows.xlsx");
    await wb.xlsx.writeFile(file);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        file,
      ],
      { stdio: "ignore", timeout: 300_000 },
    );
    const drawn = linesPerPage(path.join(work, "rows.pdf"));
    if (drawn.length !== cases.length)
      throw new Error(`expected ${cases.length} pages, LibreOffice printed ${drawn.length}`);
    const results = cases.map((c, i) => ({
      ...c,
      drawn: drawn[i] as number,
      estimated: estimateLines(c.text, c.width, c.size, c.bold),
    }));
    const diff = (d: number) => results.filter((r) => r.estimated - r.drawn === d).length;
    const short = results.filter((r) => r.estimated < r.drawn);
    const long = results.filter((r) => r.estimated > r.drawn);
    console.log(
      `row heights: ${results.length} cells, ${diff(0)} exact, ${short.length} short (${diff(-1)} by one line), ${long.length} long (${diff(1)} by one line)`,
    );
    const linesDrawn = results.reduce((s, r) => s + r.drawn, 0);
    const linesEstimated = results.reduce((s, r) => s + r.estimated, 0);
    console.log(`lines drawn ${linesDrawn}, estimated ${linesEstimated}`);
    for (const r of [...short, ...long].slice(0, 12))
      console.log(
        `  width ${r.width}${r.bold ? " bold" : ""}: drawn ${r.drawn}, estimated ${r.estimated}: ${r.text.slice(0, 60).replace(/\n/g, "⏎")}`,
      );
    if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 1)}\n`);
    process.exitCode = short.length > results.length * 0.02 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
