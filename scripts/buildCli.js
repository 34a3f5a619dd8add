#!/usr/bin/env node
/*
 * Builds the command line into plain JavaScript in dist-cli/ (the package's `bin`), with
 * esbuild, from src/cli/main.ts and everything it imports:
 *
 *   ita-analyzer.cjs          the command line, the domain and the xlsx host, commander, big.js
 *   vendor.cjs                ExcelJS and JSZip (with their dependencies), required on first use
 *   THIRD-PARTY-LICENSES.txt  the licences of every bundled package
 *
 * Bundling starts faster than Node resolving ExcelJS's few hundred modules (requiring ExcelJS
 * from node_modules alone takes about 0.25 s) and installs with no dependencies at all; keeping
 * ExcelJS and JSZip in a file of their own, loaded only when a workbook is read or written, lets
 * `ita-analyzer --help` and usage errors start in about Node's own start-up time.
 *
 *   node scripts/buildCli.js [OUTDIR]     (npm run build:cli; run by npm pack as prepack)
 */
const {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

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

/**
 * Packages the command line needs only once it reads or writes a workbook. They are bundled into
 * dist-cli/vendor.cjs, which the command line requires on first use: `ita-analyzer --help` or a
 * usage error never compiles or runs them (about 1 MB of JavaScript).
 */
const LAZY = ["exceljs", "jszip"];

/**
 * The module our sources get for `import X from "exceljs"` (or `import * as X`, or
 * `require`): a stand-in that requires the real one from vendor.cjs the first time it is
 * used — a property read, `new X()` or a call. Named and namespace imports read through the
 * prototype, which is how esbuild's interop helper copies a CommonJS module.
 */
function lazyModule(name) {
  return `"use strict";
let real;
const load = () => (real ??= require("./vendor.cjs")[${JSON.stringify(name)}]);
const read = (_target, key) => (key === "__esModule" ? undefined : load()[key]);
const proto = new Proxy(Object.create(null), { get: read, has: (_t, key) => key in load() });
module.exports = new Proxy(function () {}, {
  get: read,
  has: (_target, key) => key in load(),
  getPrototypeOf: () => proto,
  construct: (_target, args) => new (load())(...args),
  apply: (_target, self, args) => load().apply(self, args),
});
`;
}

const lazyPlugin = {
  name: "lazy-vendor",
  setup(build) {
    const filter = new RegExp(`^(${LAZY.join("|")})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: "lazy-vendor" }));
    build.onLoad({ filter: /.*/, namespace: "lazy-vendor" }, (args) => ({
      contents: lazyModule(args.path),
      loader: "js",
    }));
    build.onResolve({ filter: /^\.\/vendor\.cjs$/ }, () => ({
      path: "./vendor.cjs",
      external: true,
    }));
  },
};

/** Builds `entry` (default src/cli/main.ts) into OUTDIR/ita-analyzer.cjs and OUTDIR/vendor.cjs. */
async function buildCli(outDir, entry = path.join(ROOT, "src", "cli", "main.ts")) {
  const outfile = path.join(outDir, "ita-analyzer.cjs");
  const vendorFile = path.join(outDir, "vendor.cjs");
  if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "none", // the licences are collected whole below
    metafile: true,
    logLevel: "warning",
  };
  const vendor = await esbuild.build({
    ...common,
    stdin: {
      contents: LAZY.map(
        (name) => `exports[${JSON.stringify(name)}] = require(${JSON.stringify(name)});`,
      ).join("\n"),
      resolveDir: ROOT,
      sourcefile: "vendor.js",
    },
    outfile: vendorFile,
  });
  const main = await esbuild.build({
    ...common,
    entryPoints: [entry],
    outfile,
    plugins: [lazyPlugin],
  });
  const inputs = [...Object.keys(vendor.metafile.inputs), ...Object.keys(main.metafile.inputs)];
  writeFileSync(path.join(outDir, "THIRD-PARTY-LICENSES.txt"), licences(inputs));
  return { outfile, bytes: statSync(outfile).size, vendorBytes: statSync(vendorFile).size };
}

module.exports = { buildCli, lazyModule };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, "dist-cli"));
  buildCli(outDir).then(
    ({ outfile, bytes, vendorBytes }) =>
      console.error(
        `${path.relative(process.cwd(), outfile) || outfile}: ${bytes} bytes, ` +
          `vendor.cjs ${vendorBytes} bytes (loaded on first use)`,
      ),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
