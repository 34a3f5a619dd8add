/**
 * The command line people install: `npm pack` gives a tarball that `npm install`, `npm install
 * -g` and `npx` run on a machine without the sources (a folder outside the project, an empty
 * npm cache, no node_modules of ours).
 */
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { tempDir } from "../helpers";

const exec = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample-ita-2568.xlsx");

let dir: string;
let tarball: string;
let env: NodeJS.ProcessEnv;

interface Packed {
  filename: string;
  size: number;
  files: { path: string }[];
}
let packed: Packed;

beforeAll(async () => {
  dir = await tempDir();
  // A cache of its own: nothing this machine has cached helps the install.
  env = { ...process.env, npm_config_cache: path.join(dir, "npm-cache"), NO_COLOR: "1" };
  const { stdout } = await exec("npm", ["pack", "--json", "--pack-destination", dir], {
    cwd: ROOT,
    env,
    maxBuffer: 1 << 24,
  });
  packed = (JSON.parse(stdout) as Packed[])[0] as Packed;
  tarball = path.join(dir, packed.filename);
}, 180_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const npmFlags = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

describe("npm pack", () => {
  it("holds the built command line, its licences, README and package.json, nothing else", () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "dist-cli/THIRD-PARTY-LICENSES.txt",
      "dist-cli/ita-analyzer.cjs",
      "dist-cli/vendor.cjs",
      "package.json",
    ]);
    expect(packed.size).toBeLessThan(1_000_000);
  });

  it("installs into an empty folder with no other package, and analyses the sample", async () => {
    const app = path.join(dir, "app");
    await fs.mkdir(app);
    await exec("npm", ["install", ...npmFlags, tarball], { cwd: app, env });
    // Everything is bundled: the tarball brings no dependency with it.
    expect((await fs.readdir(path.join(app, "node_modules"))).sort()).toEqual([
      ".bin",
      ".package-lock.json",
      "ita-analyzer",
    ]);
    const out = path.join(app, "report.xlsx");
    const json = path.join(app, "report.json");
    const bin = path.join(app, "node_modules", ".bin", "ita-analyzer");
    const { stdout } = await exec(bin, ["analyze", SAMPLE, "-o", out, "--json", json], {
      cwd: app,
      env,
    });
    expect(stdout).toContain("เทศบาลตำบลคลองใหญ่ ITA 2568");
    const report = JSON.parse(await fs.readFile(json, "utf8")) as {
      unit: string;
      year: number;
      total: { score: number; previous: number };
    };
    expect([report.unit, report.year, report.total.score, report.total.previous]).toEqual([
      "เทศบาลตำบลคลองใหญ่",
      2568,
      94.5,
      86.71,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(SAMPLE);
    // The sample's own sheets, then the generated ones.
    expect(wb.worksheets.length).toBeGreaterThan(source.worksheets.length);
    expect(wb.worksheets.slice(0, source.worksheets.length).map((w) => w.name)).toEqual(
      source.worksheets.map((w) => w.name),
    );
  }, 120_000);

  it("installs globally (npm install -g) as the ita-analyzer command", async () => {
    const prefix = path.join(dir, "global");
    await exec("npm", ["install", "-g", "--prefix", prefix, ...npmFlags, tarball], { env });
    const bin =
      process.platform === "win32"
        ? path.join(prefix, "ita-analyzer.cmd")
        : path.join(prefix, "bin", "ita-analyzer");
    const { stdout } = await exec(bin, ["--help"], { env });
    expect(stdout).toMatch(/^Usage: ita-analyzer \[options\] \[command\]/);
    expect(stdout).toContain("analyze");
    const version = await exec(bin, ["--version"], { env });
    expect(version.stdout).toBe(`ita-analyzer ${(await import("../../package.json")).version}\n`);
  }, 120_000);

  it("runs with npx from the tarball", async () => {
    const empty = path.join(dir, "npx");
    await fs.mkdir(empty);
    const result = await exec(
      "npx",
      ["--yes", "--package", tarball, "--", "ita-analyzer", "analyze", "--help"],
      { cwd: empty, env },
    );
    expect(result.stdout).toMatch(/^Usage: ita-analyzer analyze \[options\] <input>/);
  }, 120_000);

  it("answers --help and usage errors without loading ExcelJS (dist-cli/vendor.cjs)", async () => {
    const alone = path.join(dir, "alone");
    await fs.mkdir(alone);
    const bin = path.join(alone, "ita-analyzer.cjs");
    await fs.copyFile(
      path.join(dir, "app", "node_modules", "ita-analyzer", "dist-cli", "ita-analyzer.cjs"),
      bin,
    );
    const help = await exec(process.execPath, [bin, "analyze", "--help"], { env });
    expect(help.stdout).toMatch(/^Usage: ita-analyzer analyze \[options\] <input>/);
    const usage = await exec(process.execPath, [bin, "analyze", "a.xlsx", "--lang", "fr"], {
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((usage as { code: number }).code).toBe(2);
    expect((usage as { stderr: string }).stderr).toContain("--lang");
  }, 60_000);

  it("exits 2 with a usage error and 1 on a file that is not a workbook", async () => {
    const bin = path.join(dir, "app", "node_modules", ".bin", "ita-analyzer");
    const notXlsx = path.join(dir, "notes.xlsx");
    await fs.writeFile(notXlsx, "not a workbook");
    const usage = await exec(bin, ["analyze"], { env }).catch((e: { code: number }) => e);
    expect((usage as { code: number }).code).toBe(2);
    const bad = await exec(bin, ["analyze", notXlsx], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stderr: string }).stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});
