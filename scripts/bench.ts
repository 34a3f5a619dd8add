/**
 * Benchmarks. Prints figures, then one JSON object on its last line:
 *   cli.seconds            analyse the sample and write the output (read + pipeline + write)
 *   cli.baselineSeconds    ExcelJS alone reading and writing the same file
 *   cli.ratio              cli.seconds / cli.baselineSeconds
 *   office.*               the Office host in the fake Excel (scripts/bench/office.ts)
 *   bundle.initialGzipBytes  the JavaScript taskpane.html loads before the pane is usable, gzipped
 *   cli.startSeconds       `ita-analyzer --help` from the built command line (scripts/bench/install.ts)
 * Times are medians of several runs, measured in this one process.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { generateWorkbook } from "../src/hosts/xlsx/generateWorkbook";
import { installFigures } from "./bench/install";
import { officeFigures } from "./bench/office";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "sample-ita-2568.xlsx");
const RUNS = 7;

async function median(fn: () => Promise<void>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function readWrite(analyse: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  if (analyse) {
    const { result } = generateWorkbook(wb, { lang: "th" });
    if (!result.ok) throw new Error("the sample did not analyse");
  }
  await wb.xlsx.writeBuffer();
}

/** Builds the pane and gzips the scripts taskpane.html itself loads (not the lazy chunks). */
function initialBundle(): number {
  const out = mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    execFileSync(
      "npx",
      ["webpack", "--mode", "production", "--env", "localhost", "--output-path", out],
      {
        cwd: ROOT,
        stdio: "ignore",
      },
    );
    const html = readFileSync(path.join(out, "taskpane.html"), "utf8");
    const local = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
      .map((m) => m[1] as string)
      .filter((src) => !/^https?:/.test(src));
    const files = readdirSync(out);
    return local.reduce((sum, src) => {
      const file = files.find((f) => src.endsWith(f));
      return sum + (file ? gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length : 0);
    }, 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const baseline = await median(() => readWrite(false));
  const full = await median(() => readWrite(true));
  const figures: Record<string, number> = {
    "cli.seconds": round(full),
    "cli.baselineSeconds": round(baseline),
    "cli.ratio": round(full / baseline),
  };
  console.log(
    `cli: analyse + write the sample ${figures["cli.seconds"]} s; ExcelJS read + write alone ${figures["cli.baselineSeconds"]} s (median of ${RUNS})`,
  );
  Object.assign(figures, await officeFigures());
  figures["bundle.initialGzipBytes"] = initialBundle();
  console.log(
    `bundle: ${figures["bundle.initialGzipBytes"]} bytes gzipped before the pane is usable (target 100 KB)`,
  );
  Object.assign(figures, installFigures());
  console.log(JSON.stringify(figures));
}

const round = (n: number) => Math.round(n * 1000) / 1000;
void main();
