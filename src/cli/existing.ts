/**
 * What is already where the command line will write. An earlier output of ours is regenerated:
 * what staff typed in its memo and plan is kept, and every other sheet of it must be one the new
 * output holds unchanged (a sheet of the input); anything else it holds, or a file that is not
 * an output of ours at all, is replaced only with `--force`. Never a silent loss.
 */
import { promises as fs } from "node:fs";
import type { GenerateResult } from "../domain/generate";
import { isTagName, tagName } from "../domain/layout/tag";
import type { Grid } from "../domain/types";
import { openFile, type OpenedFile } from "../hosts/xlsx/generateFile";
import type { ReadSelection } from "../hosts/xlsx/readPackage";
import { CliError } from "./files";

/** An existing output workbook, as read before a new run writes over it. */
export interface ExistingOutput {
  file: string;
  /** The workbook as read (with the run's selection); null when it is not one we can read. */
  opened: OpenedFile | null;
  /** Whether it holds a sheet provably ours (an earlier output of this program). */
  ours: boolean;
  /** When it was last changed. */
  mtimeMs: number;
}

/** Reads the workbook at `file` if there is one; null when nothing is there. */
export async function readExisting(
  file: string,
  selection?: ReadSelection,
): Promise<ExistingOutput | null> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || stat.isDirectory()) return null;
  try {
    const opened = await openFile(
      new Uint8Array(await fs.readFile(file)),
      selection ? { selection } : {},
    );
    const ours = opened.grids.some((g) => g.generated && isTagName(g.tag ?? ""));
    return { file, opened, ours, mtimeMs: stat.mtimeMs };
  } catch {
    return { file, opened: null, ours: false, mtimeMs: stat.mtimeMs };
  }
}

const force = (option: string) => ({
  th: `ตั้งชื่อไฟล์อื่นด้วย ${option} หรือเพิ่ม --force เพื่อเขียนทับ`,
  en: `give another name with ${option}, or add --force to replace it`,
});
const FORCE = force("-o");

/** The refusal for a file that is not an output of ours (`option` names it: -o, --json, --pdf). */
export function notOurs(file: string, what: { th: string; en: string }, option: string): CliError {
  return new CliError(
    2,
    `มีไฟล์ ${file} อยู่แล้ว และไม่ใช่${what.th} ที่โปรแกรมนี้สร้าง จึงไม่เขียนทับ: ${force(option).th}`,
    `${file} already exists and is not ${what.en} this program wrote, so it is not replaced: ${force(option).en}`,
  );
}

const same = (a: Grid, b: Grid) =>
  a.top === b.top &&
  a.left === b.left &&
  (a.visibility ?? "visible") === (b.visibility ?? "visible") &&
  JSON.stringify(a.values) === JSON.stringify(b.values) &&
  JSON.stringify(a.formulas ?? null) === JSON.stringify(b.formulas ?? null);

/**
 * What becomes of an earlier output's sheets. Each is one of ours that the new run writes again
 * (what staff typed in its memo and plan is kept), a sheet of the input (the same, or changed in
 * the input since: the input's is written, `updated`), or it would be lost: a sheet only the
 * earlier output has, or one that differs from the input's and was changed in the earlier output
 * after the input (`outputIsNewer`).
 */
export function earlierSheets(
  existing: OpenedFile,
  input: OpenedFile,
  result: Extract<GenerateResult, { ok: true }>,
  outputIsNewer: boolean,
  selection?: ReadSelection,
): { lost: string[]; updated: string[] } {
  const written = new Set(result.spec.sheets.map((s) => s.tag));
  const lost: string[] = [];
  const updated: string[] = [];
  for (const sheet of existing.grids) {
    if (sheet.generated && sheet.tag && written.has(sheet.tag)) continue;
    const there = input.grids.find((g) => g.name === sheet.name);
    // A sheet the selection left unread is compared by its part as stored.
    const read = !selection || sheet.name === selection.sheet || Boolean(sheet.tag);
    const unchanged = there
      ? read
        ? same(sheet, there)
        : signature(existing, sheet.name) === signature(input, sheet.name)
      : false;
    if (unchanged) continue;
    (there && !outputIsNewer ? updated : lost).push(sheet.name);
  }
  return { lost, updated };
}

/** A sheet's part as the zip lists it: its checksum and size. */
function signature(file: OpenedFile, name: string): string | null {
  const part = file.pkg.sheets.find((s) => s.name === name)?.part;
  const entry = part ? file.pkg.entries.get(part) : undefined;
  return entry ? `${entry.raw.crc32}:${entry.uncompressedSize}` : null;
}

/**
 * The plan of the year before `year` in an earlier output (a sheet of ours tagged
 * `ITAAnalyzer_plan_<year − 1>`): its sheet's name, or null. Its being there means the run is the
 * yearly cycle's second year done on the wrong workbook.
 */
export function lastYearsPlan(existing: OpenedFile, year: number): string | null {
  const tag = tagName("plan", year - 1);
  return existing.grids.find((g) => g.generated && g.tag === tag)?.name ?? null;
}

/** `ita-analysis.xlsx`, 2569 → `ita-analysis-2569.xlsx`: the new year's output beside it. */
const newYearFile = (file: string, year: number) =>
  /\.xlsx$/i.test(file) ? file.replace(/(\.xlsx)$/i, `-${year}$1`) : `${file}-${year}.xlsx`;

/**
 * The refusal for an earlier output that holds sheets the new one would not. When it holds last
 * year's plan (`yearly`: the assessed year and that plan's sheet), the refusal says how the
 * yearly cycle is run: the new year's scores added to the workbook that holds last year's plan,
 * and that workbook analysed to a new output.
 */
export function wouldLose(
  file: string,
  sheets: string[],
  yearly: { year: number; plan: string } | null = null,
): CliError {
  const list = sheets.map((s) => `"${s}"`).join(", ");
  const command = yearly
    ? `ita-analyzer analyze ${file} --year ${yearly.year} -o ${newYearFile(file, yearly.year)}`
    : "";
  const th = yearly
    ? `${file} เป็นผลลัพธ์ของปีก่อนซึ่งมีแผน "${yearly.plan}" ชีตของปีก่อนจะหายไปหากเขียนทับ: ${list}: ` +
      `สำหรับการรายงานผลตามแผนประจำปี ให้เพิ่มคะแนนปี ${yearly.year} (คอลัมน์ "คะแนน ${yearly.year}") ลงในตารางคะแนนของ ${file} ซึ่งมีแผนของปีก่อนอยู่ แล้วสั่ง ${command} หรือ${FORCE.th}`
    : `${file} เป็นผลลัพธ์เดิมของโปรแกรมนี้ แต่มีชีตที่จะหายไปหากเขียนทับ: ${list} (ชีตที่ท่านเพิ่มหรือแก้ไขซึ่งไม่ใช่บันทึกข้อความและแผนพัฒนา หรือชีตที่ต่างจากไฟล์ต้นฉบับ): ` +
      `ย้ายชีตเหล่านั้นไปไว้ในไฟล์ต้นฉบับ หรือใช้ไฟล์นี้เป็นไฟล์ต้นฉบับ (ita-analyzer analyze ${file} -o ไฟล์ใหม่.xlsx) หรือ${FORCE.th}`;
  const en = yearly
    ? `${file} is last year's output, holding the plan "${yearly.plan}"; replacing it would lose last year's sheets: ${list}. ` +
      `For the yearly cycle, add the ${yearly.year} scores (a column "คะแนน ${yearly.year}") to the score table in ${file}, the workbook that holds last year's plan, and run ${command}; or ${FORCE.en}`
    : `${file} is an earlier output of this program, but it holds sheets that would be lost if it were replaced: ${list} (sheets added or changed other than the memo and the action plan, or that differ from the input): ` +
      `move them into the input, or use this file as the input (ita-analyzer analyze ${file} -o NEW.xlsx), or ${FORCE.en}`;
  return new CliError(2, th, en);
}
