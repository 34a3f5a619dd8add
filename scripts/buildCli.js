#!/usr/bin/env node
/*
 * Builds the command line into one plain JavaScript file, dist-cli/ita-analyzer.cjs (the
 * package's `bin`), with esbuild: src/cli/main.ts and everything it imports — the domain, the
 * xlsx host, ExcelJS, JSZip, commander, big.js — bundled and minified. One file starts faster
 * than Node resolving ExcelJS's few hundred modules (about 0.15 s against 0.25 s for requiring
 * ExcelJS alone) and installs with no dependencies at all. The licences of the bundled packages
 * go to dist-cli/THIRD-PARTY-LICENSES.txt.
 *
 *   node scripts/buildCli.js [OUTDIR]     (npm run build:cli; run by npm pack as prepack)
 */
const { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");
const outDir = path.resolve(process.argv[2] || path.join(ROOT, "dist-cli"));
const outfile = path.join(outDir, "ita-analyzer.cjs");

/** The package folder (node_modules/NAME or node_modules/@scope/NAME) an input belongs to. */
function packageOf(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return null;
  const scoped = parts[at + 1]?.startsWith("@");
  return parts.slice(0, at + (scoped ? 3 : 2)).join("/");
}

function licences(inputs) {
  const dirs = [...new Set(inputs.map(packageOf).filter(Boolean))].sort();
  const sections = dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, "package.json"), "utf8"));
    const file = readdirSync(path.join(ROOT, dir)).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file
      ? readFileSync(path.join(ROOT, dir, file), "utf8").trim()
      : `License: ${pkg.license ?? "see the package"}`;
    return `${pkg.name}@${pkg.version}\n${"-".repeat(60)}\n${text}\n`;
  });
  return `Packages bundled into ita-analyzer.cjs and their licences\n\n${sections.join("\n")}`;
}

async function main() {
  if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none", // the licences are collected whole below
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(
    path.join(outDir, "THIRD-PARTY-LICENSES.txt"),
    licences(Object.keys(result.metafile.inputs)),
  );
  const bytes = result.metafile.outputs[path.relative(ROOT, outfile)]?.bytes ?? 0;
  console.error(`${path.relative(process.cwd(), outfile) || outfile}: ${bytes} bytes`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
