/**
 * Benchmarks. Prints figures, then one JSON object on its last line:
 *   cli.*, bomb.*          the file path: see scripts/bench/nothingLost.ts
 *   office.syncs.N×        context.sync calls of a full Generate in the fake Excel, input N× larger
 *   office.operations.N×   operations queued by that Generate
 *   bundle.initialGzipBytes  the JavaScript taskpane.html loads before the pane is usable, gzipped
 * Times are medians of several runs, measured in this one process.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { nothingLostFigures } from "./bench/nothingLost";
import { mixedTable } from "../test/fixtures/layouts";
import { fakeWith, generate, withNoise } from "../test/office/helpers";

const ROOT = path.join(__dirname, "..");

async function office(factor: number): Promise<{ syncs: number; operations: number }> {
  const fake = fakeWith(withNoise(mixedTable(), factor));
  const outcome = await generate(fake);
  if (outcome.kind !== "done") throw new Error(`Generate failed at ${factor}×`);
  return { syncs: fake.syncs, operations: fake.ops.length };
}

/** Builds the pane and gzips the scripts taskpane.html itself loads (not the lazy chunks). */
function initialBundle(): number {
  const out = mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      stdio: "ignore",
    });
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
  for (const factor of [1, 10, 100]) {
    const { syncs, operations } = await office(factor);
    figures[`office.syncs.${factor}x`] = syncs;
    figures[`office.operations.${factor}x`] = operations;
    console.log(`office: input ${factor}× → ${syncs} syncs, ${operations} operations`);
  }
  figures["bundle.initialGzipBytes"] = initialBundle();
  console.log(
    `bundle: ${figures["bundle.initialGzipBytes"]} bytes gzipped before the pane is usable (target 100 KB)`,
  );
  console.log(JSON.stringify(figures));
}

void main();
