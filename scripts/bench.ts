/**
 * Benchmarks. Prints figures, then one JSON object on its last line:
 *   cli.seconds          analyse the sample and write the output (read + pipeline + write)
 *   cli.baselineSeconds  ExcelJS alone reading and writing the same file
 *   cli.ratio            cli.seconds / cli.baselineSeconds
 * Each is the median of several runs, measured in this one process.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateWorkbook } from "../src/hosts/xlsx/generateWorkbook";

const SAMPLE = path.join(__dirname, "..", "assets", "sample-ita-2568.xlsx");
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
  console.log(JSON.stringify(figures));
}

const round = (n: number) => Math.round(n * 1000) / 1000;
void main();
