/**
 * The command line's build (scripts/buildCli.js): ExcelJS and JSZip live in vendor.cjs and are
 * loaded the first time they are used, whatever the import style of the sources.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { buildCli } from "../../scripts/buildCli.js";
import { tempDir } from "../helpers";

const exec = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("loads vendor.cjs on first use, for default, namespace and named imports, new and calls", async () => {
  const entry = path.join(dir, "entry.ts");
  await fs.writeFile(
    entry,
    `import ExcelJS from "exceljs";
import * as ExcelNs from "exceljs";
import JSZip, { loadAsync } from "jszip";
const vendor = require.resolve("./vendor.cjs");
const loaded = () => vendor in require.cache;
async function main() {
  const log: unknown[] = [loaded()];
  const zip = new JSZip();
  log.push(loaded());
  zip.file("a.txt", "สวัสดี");
  const back = await loadAsync(await zip.generateAsync({ type: "nodebuffer" }));
  log.push(await back.file("a.txt")?.async("string"));
  log.push(typeof ExcelNs.Workbook, new ExcelJS.Workbook().worksheets.length);
  log.push("Workbook" in ExcelJS);
  console.log(JSON.stringify(log));
}
void main();
`,
  );
  const out = path.join(dir, "out");
  const built = await buildCli(out, entry);
  expect(built.bytes).toBeLessThan(20_000); // the stand-ins only: ExcelJS and JSZip are elsewhere
  expect(built.vendorBytes).toBeGreaterThan(500_000);
  const { stdout } = await exec(process.execPath, [built.outfile]);
  expect(JSON.parse(stdout)).toEqual([false, true, "สวัสดี", "function", 0, true]);
}, 60_000);
