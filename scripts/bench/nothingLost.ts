/**
 * Figures for the file path (issue "nothing lost"):
 *   cli.seconds, cli.baselineSeconds, cli.ratio    the sample: read + analyse + merge our sheets
 *                                                  into the package, against ExcelJS alone
 *                                                  reading and writing the same file
 *   cli.large.*                                    the same on a generated ~5 MB workbook
 *   bomb.<case>.seconds / bomb.<case>.peakMB       the command line (its own process, under
 *                                                  /usr/bin/time) on the memory bombs of
 *                                                  test/fixtures/bad
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateFile, openFile } from "../../src/hosts/xlsx/generateFile";
import { mixedTable } from "../../test/fixtures/layouts";
import { toWorkbook } from "../../test/fixtures/toWorkbook";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample-ita-2568.xlsx");
const BOMBS = ["far-cell", "last-row", "giant-merge", "many-merges"];

async function median(runs: number, fn: () => Promise<void>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Medians of two jobs timed in turns (a, b, a, b, …) after the same warm-up, so that the load of
 * the machine at any moment weighs on both alike: a ratio of two small times, not of two moods.
 */
async function pairedMedians(
  runs: number,
  warmUps: number,
  a: () => Promise<void>,
  b: () => Promise<void>,
): Promise<[number, number]> {
  for (let i = 0; i < warmUps; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t0 = performance.now();
      await fn();
      times[k]?.push((performance.now() - t0) / 1000);
    }
  }
  const mid = (v: number[]) => v.sort((x, y) => x - y)[Math.floor(v.length / 2)] as number;
  return [mid(times[0]), mid(times[1])];
}

/** What the command line does between reading the file and writing the output. */
async function cliPath(data: Uint8Array): Promise<void> {
  const opened = await openFile(data);
  const { bytes } = await generateFile(opened, { lang: "th" });
  if (!bytes) throw new Error("the workbook did not analyse");
}

async function excelJsReadWrite(data: Uint8Array): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  await wb.xlsx.writeBuffer();
}

/** The sample's table with a log of ~5 MB beside it, as a staff workbook grows. */
async function largeWorkbook(): Promise<Uint8Array> {
  const wb = toWorkbook(mixedTable());
  const log = wb.addWorksheet("บันทึกการประเมิน");
  for (let r = 1; r <= 175_000; r++) {
    log.getCell(r, 1).value = `หน่วยงานย่อย ${r % 97} รายการที่ ${r}`;
    log.getCell(r, 2).value = (r * 7919) % 100_003;
    log.getCell(r, 3).value = ((r * 31) % 1000) / 10;
    log.getCell(r, 4).value = `หมายเหตุ ${(r * 13) % 5003}`;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Seconds and peak resident memory of the command line on one file, in its own process. */
function measure(input: string, output: string): { seconds: number; peakMB: number } {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  let stderr = "";
  try {
    execFileSync(
      "/usr/bin/time",
      ["-v", tsx, path.join(ROOT, "src", "cli", "main.ts"), "analyze", input, "-o", output],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
  } catch (e) {
    stderr = String((e as { stderr?: Buffer }).stderr ?? "");
  }
  if (!stderr) {
    stderr = execFileSync("/bin/sh", [
      "-c",
      `/usr/bin/time -v "${tsx}" "${path.join(ROOT, "src", "cli", "main.ts")}" analyze "${input}" -o "${output}" 2>&1 >/dev/null`,
    ]).toString();
  }
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { seconds: round(seconds), peakMB: round(Number(rss?.[1] ?? NaN) / 1024) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function nothingLostFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const sample = new Uint8Array(readFileSync(SAMPLE));
  const [cli, base] = await pairedMedians(
    21,
    5,
    () => cliPath(sample),
    () => excelJsReadWrite(sample),
  );
  figures["cli.seconds"] = round(cli);
  figures["cli.baselineSeconds"] = round(base);
  figures["cli.ratio"] = round(cli / base);
  console.log(
    `cli: the sample ${figures["cli.seconds"]} s; ExcelJS read + write ${figures["cli.baselineSeconds"]} s; ratio ${figures["cli.ratio"]} (target ≤ 1.5)`,
  );

  const large = await largeWorkbook();
  const largeCli = await median(3, () => cliPath(large));
  const largeBase = await median(3, () => excelJsReadWrite(large));
  figures["cli.large.megabytes"] = round(large.length / 1024 / 1024);
  figures["cli.large.seconds"] = round(largeCli);
  figures["cli.large.baselineSeconds"] = round(largeBase);
  figures["cli.large.ratio"] = round(largeCli / largeBase);
  console.log(
    `cli: a ${figures["cli.large.megabytes"]} MB workbook ${figures["cli.large.seconds"]} s; ExcelJS read + write ${figures["cli.large.baselineSeconds"]} s; ratio ${figures["cli.large.ratio"]} (target ≤ 1.0)`,
  );

  const out = mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    for (const name of BOMBS) {
      const input = path.join(ROOT, "test", "fixtures", "bad", `${name}.xlsx`);
      const m = measure(input, path.join(out, `${name}.xlsx`));
      figures[`bomb.${name}.seconds`] = m.seconds;
      figures[`bomb.${name}.peakMB`] = m.peakMB;
      console.log(
        `bomb: ${name} (${statSync(input).size} bytes) answered in ${m.seconds} s, peak ${m.peakMB} MB (limits 20 s, 1024 MB)`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return figures;
}
