/**
 * The installed command line's start: `ita-analyzer --help` from the file `npm pack` ships
 * (dist-cli/ita-analyzer.cjs, built here into a temporary folder), a new Node process each time.
 *   cli.startSeconds   median wall time of `node ita-analyzer.cjs --help`
 *   cli.nodeSeconds    median wall time of `node -e 0` (Node's own start, for comparison)
 *   cli.bundleBytes    size of that file; cli.vendorBytes: dist-cli/vendor.cjs (ExcelJS, JSZip),
 *                      which --help never loads
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = path.join(__dirname, "..", "..");
const RUNS = 7;

/** Median wall time of `node ARGS` in a new process, after one warm-up run. */
function median(args: string[]): number {
  const once = () => {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    return (performance.now() - t0) / 1000;
  };
  once();
  const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  return Math.round((times[Math.floor(RUNS / 2)] as number) * 1000) / 1000;
}

export function installFigures(): Record<string, number> {
  const out = mkdtempSync(path.join(os.tmpdir(), "ita-bench-cli-"));
  try {
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "buildCli.js"), out], {
      stdio: "ignore",
    });
    const file = path.join(out, "ita-analyzer.cjs");
    const start = median([file, "--help"]);
    const node = median(["-e", "0"]);
    const bytes = statSync(file).size;
    const vendor = statSync(path.join(out, "vendor.cjs")).size;
    console.log(
      `cli: ita-analyzer --help starts in ${start} s; node alone ${node} s (median of ${RUNS}; ${bytes} bytes + ${vendor} loaded on use)`,
    );
    return {
      "cli.startSeconds": start,
      "cli.nodeSeconds": node,
      "cli.bundleBytes": bytes,
      "cli.vendorBytes": vendor,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
