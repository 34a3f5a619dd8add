/**
 * Benchmarks. Prints figures, then one JSON object on its last line:
 *   cli.*, bomb.*          the file path: see scripts/bench/nothingLost.ts
 *   office.*               the Office host in the fake Excel (scripts/bench/office.ts)
 *   office.real.*          the same through Microsoft's office.js, bytes as on the wire
 *                          (scripts/bench/officeReal.ts)
 *   bundle.initialGzipBytes  the JavaScript taskpane.html loads before the pane is usable, gzipped
 *   cli.startSeconds       `ita-analyzer --help` from the built command line (scripts/bench/install.ts)
 * Times are medians of several runs, measured in this one process.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { installFigures } from "./bench/install";
import { nothingLostFigures } from "./bench/nothingLost";
import { officeFigures } from "./bench/office";
import { officeRealFigures } from "./bench/officeReal";

const ROOT = path.join(__dirname, "..");

/** The pane's first download may be at most this many bytes gzipped (decimal, not 100 KiB). */
const BUNDLE_TARGET_BYTES = 100_000;

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
  // The file path (command line, standalone page): scripts/bench/nothingLost.ts.
  const figures: Record<string, number> = { ...(await nothingLostFigures()) };
  Object.assign(figures, await officeFigures());
  Object.assign(figures, await officeRealFigures());
  figures["bundle.initialGzipBytes"] = initialBundle();
  console.log(
    `bundle: ${figures["bundle.initialGzipBytes"]} bytes gzipped before the pane is usable (target ≤ ${BUNDLE_TARGET_BYTES.toLocaleString("en")} bytes)`,
  );
  Object.assign(figures, installFigures());
  console.log(JSON.stringify(figures));
}

void main();
