import { promises as fs } from "node:fs";
import path from "node:path";
import { readYearFile } from "../domain/framework/yearFile";
import type { Framework } from "../domain/framework/types";
import { CliError } from "./files";

/**
 * Framework years an IT officer adds without a new version (README, "Add an assessment
 * year"): files named like `ita-framework-2570.json` beside the workbook are read by
 * themselves, and `--framework FILE` names others. A later file of the same year wins.
 */
export const BESIDE = /^ita-framework-\d{4}\.json$/i;

/** The year files to use for a workbook: those beside it, then those named, each checked. */
export async function readYearFiles(input: string, named: string[]): Promise<Framework[]> {
  const dir = path.dirname(input);
  const beside = (await fs.readdir(dir).catch(() => [] as string[]))
    .filter((f) => BESIDE.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  const files = [
    ...beside,
    ...named.filter((f) => !beside.some((b) => path.resolve(b) === path.resolve(f))),
  ];
  const out: Framework[] = [];
  for (const file of files) out.push(await readOne(file));
  return out;
}

async function readOne(file: string): Promise<Framework> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new CliError(1, `อ่านไฟล์เกณฑ์ปี ${file} ไม่ได้`, `cannot read the year file ${file}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(
      1,
      `ไฟล์เกณฑ์ปี ${name} ไม่ใช่ JSON ที่ถูกต้อง (${why})`,
      `the year file ${name} is not valid JSON (${why})`,
    );
  }
  const read = readYearFile(raw, name);
  if (!read.ok)
    throw new CliError(
      1,
      `ไฟล์เกณฑ์ปี ${name} ใช้ไม่ได้ (แก้ตามนี้ หรือนำไฟล์ออก):\n${read.errors.map((e) => `  ${e.th}`).join("\n")}`,
      `the year file ${name} cannot be used (fix these, or remove the file):\n${read.errors.map((e) => `  ${e.en}`).join("\n")}`,
    );
  return { ...read.framework, source: name };
}
