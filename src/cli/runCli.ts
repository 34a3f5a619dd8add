import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { promises as fs } from "node:fs";
import { version as VERSION } from "../../package.json";
import { parseRange, splitCellRef } from "../domain/address";
import { toBuddhistYear } from "../domain/parse/text";
import { fiscalYearOf } from "../domain/plan/period";
import { buildReport, failureReport, type Report } from "../domain/report";
import { FLAG_LABELS, SEVERITY_LABELS } from "../domain/layout/labels";
import { f2 } from "../domain/messages";
import type { Lang } from "../domain/types";
import { AGENCY_KINDS } from "../domain/agency/profiles";
import type { AgencyKind } from "../domain/agency/types";
import { isoDateCE } from "../domain/layout/memoDate";
import type { Digits } from "../domain/layout/memoSheet";
import { readEmblemFile } from "./files";
import { printable } from "../domain/sanitize";
import { generateFile, openFile, type OpenedFile } from "../hosts/xlsx/generateFile";
import { SheetLimitError, WorkbookLimitError } from "../hosts/xlsx/limits";
import { damagedWorkbook } from "../hosts/xlsx/fileKind";
import type { ReadSelection } from "../hosts/xlsx/readPackage";
import { earlierSheets, notOurs, readExisting, wouldLose } from "./existing";
import {
  CliError,
  defaultOutput,
  limitError,
  readInputFile,
  samePath,
  writeFileAtomic,
} from "./files";
import type { SheetPlacement } from "../domain/layout/resolveNames";
import type { WorkbookSpec } from "../domain/layout/spec";
import { PUBLIC_PRINT_ORDER } from "../domain/layout/printSetup";
import { convertToPdf, countPdfPages, findSoffice, INSTALL_LIBREOFFICE, keepSheets } from "./pdf";
import { readYearFiles } from "./yearFiles";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface AnalyzeFlags {
  output?: string;
  json?: string;
  year?: number;
  previous?: number;
  lang: Lang;
  responsible?: string;
  pdf?: string;
  unit?: string;
  sheet?: string;
  range?: string;
  force?: boolean;
  unitEn?: string;
  kind?: AgencyKind;
  date?: string;
  digits?: Digits;
  emblem?: string;
  framework: string[];
}

function memoDateOption(value: string): string {
  if (!isoDateCE(value))
    throw new InvalidArgumentError(
      "วันที่ต้องเป็น ปปปป-ดด-วว เช่น 2568-11-24 / a date such as 2568-11-24 (BE) or 2025-11-24 (CE)",
    );
  return value;
}

function year(value: string): number {
  const n = Number(value);
  const be = Number.isInteger(n) ? toBuddhistYear(n) : null;
  if (be === null)
    throw new InvalidArgumentError(
      `ปีต้องเป็นปี พ.ศ. หรือ ค.ศ. เช่น 2568 / a year such as 2568 (BE) or 2025 (CE)`,
    );
  return be;
}

/**
 * Runs the command line with the given arguments (without "node" and the script) and returns
 * its exit code: 0 success, 1 the input cannot be analysed, 2 a usage error (or an existing
 * file that would be replaced without `--force`).
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command("ita-analyzer")
    .description(
      "วิเคราะห์ผลการประเมิน ITA ในสมุดงาน Excel / analyse the ITA scores in an Excel workbook",
    )
    .version(`ita-analyzer ${VERSION}`, "-V, --version", "แสดงรุ่นของโปรแกรม / print the version")
    .helpOption("-h, --help", "แสดงวิธีใช้ / show this help")
    .helpCommand(false)
    .exitOverride()
    // Usage errors are said in Thai and English below, not in commander's words.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  program
    .command("analyze")
    .description("วิเคราะห์สมุดงานและเขียนชีตผลลัพธ์ / analyse a workbook and write the sheets")
    .argument("<input>", "สมุดงาน .xlsx ที่มีตารางคะแนน / the .xlsx workbook with the score tables")
    .option("-o, --output <file>", "ไฟล์ผลลัพธ์ / output workbook (default: INPUT-analysis.xlsx)")
    .option("--json <file>", "เขียนรายงาน JSON (- คือ stdout) / write the JSON report (- for stdout)")
    .option("--year <year>", "ปีที่ประเมิน / assessment year (BE or CE)", year)
    .option("--previous <year>", "ปีที่ใช้เปรียบเทียบ / year to compare with (BE or CE)", year)
    .addOption(
      new Option("--lang <lang>", "ภาษาของชีต / language of the sheets")
        .choices(["th", "en"])
        .default("th"),
    )
    .option("--responsible <name>", "ผู้รับผิดชอบในแผนพัฒนา / responsible unit in the action plan")
    .option(
      "--unit <name>",
      "ชื่อหน่วยงาน (แทนที่ชื่อในสมุดงาน) / the agency's name (wins over the workbook's)",
    )
    .option("--unit-en <name>", "ชื่อหน่วยงานภาษาอังกฤษ / the agency's name in English (for --lang en)")
    .addOption(
      new Option("--kind <kind>", "ประเภทหน่วยงาน (แทนที่ประเภทจากชื่อ) / kind of agency").choices(
        AGENCY_KINDS,
      ),
    )
    .option(
      "--date <date>",
      "วันที่ของบันทึกข้อความ / the memo's date, YYYY-MM-DD (BE or CE)",
      memoDateOption,
    )
    .addOption(
      new Option("--digits <digits>", "เลขในบันทึกข้อความ / digits of the Thai memo")
        .choices(["thai", "arabic"])
        .default("thai"),
    )
    .option(
      "--emblem <image>",
      "ตราครุฑ (.png หรือ .jpg) ที่มุมบันทึกข้อความ / the emblem for the memo (.png or .jpg)",
    )
    .option("--sheet <name>", "อ่านเฉพาะชีตนี้ / read only this sheet (the others are not read)")
    .option(
      "--range <range>",
      "อ่านเฉพาะช่วงนี้ เช่น 'ITA'!A1:E80 / read only this range, e.g. 'ITA'!A1:E80",
    )
    .option(
      "--force",
      "เขียนทับไฟล์ที่มีอยู่แม้จะมีสิ่งที่หายไป / replace existing files even if something would be lost",
    )
    .option(
      "--framework <file>",
      "ไฟล์เกณฑ์ปีการประเมิน .json (ใช้ได้หลายครั้ง; ไฟล์ ita-framework-ปปปป.json ข้างสมุดงานอ่านให้เอง) / a framework year file (repeatable; ita-framework-YYYY.json beside the workbook is read by itself)",
      (file: string, list: string[]) => [...list, file],
      [] as string[],
    )
    .option(
      "--pdf <file>",
      "พิมพ์ชีตสาธารณะ (บันทึก สรุปผล วิเคราะห์ผล ผลตามแผน แผนพัฒนา) เป็น PDF ด้วย LibreOffice / print the public sheets to PDF with LibreOffice",
    )
    .action(async (input: string, flags: AnalyzeFlags) => {
      exitCode = await analyze(input, flags, io);
    });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      if (e.code === "commander.help") return e.exitCode === 0 ? 0 : 2;
      const said = usageError(e);
      io.stderr(printable(`ita-analyzer: ${said.th}\nita-analyzer: ${said.en}\n`));
      return 2;
    }
    if (e instanceof CliError) {
      io.stderr(printable(`ita-analyzer: ${e.th}\nita-analyzer: ${e.en}\n`));
      return e.exitCode;
    }
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr(printable(`ita-analyzer: เกิดข้อผิดพลาดที่ไม่คาดคิด / unexpected error: ${reason}\n`));
    return 1;
  }
}

const SEE_HELP = {
  th: "ดูวิธีใช้: ita-analyzer analyze --help",
  en: "see ita-analyzer analyze --help",
};

/** A usage error of commander's in our own words, in Thai and English. */
export function usageError(e: CommanderError): { th: string; en: string } {
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
  const [first = "", second = ""] = quoted;
  const flag =
    first
      .split(/[ ,]/)
      .filter((w) => w.startsWith("--"))
      .pop() ?? first;
  const suggestion = /Did you mean (\S+?)\?/.exec(e.message)?.[1];
  const also = suggestion
    ? { th: ` (หมายถึง ${suggestion} หรือไม่)`, en: ` (did you mean ${suggestion}?)` }
    : { th: "", en: "" };
  const said = (th: string, en: string) => ({
    th: `${th}${also.th}: ${SEE_HELP.th}`,
    en: `${en}${also.en}: ${SEE_HELP.en}`,
  });
  switch (e.code) {
    case "commander.unknownOption":
      return said(`ไม่รู้จักตัวเลือก ${first}`, `unknown option ${first}`);
    case "commander.unknownCommand":
      return /\.xls[xmb]?$/i.test(first)
        ? said(
            `ไม่รู้จักคำสั่ง ${first}: พิมพ์คำสั่ง analyze ก่อนชื่อไฟล์ (ita-analyzer analyze ${first})`,
            `unknown command ${first}: put the command analyze before the file (ita-analyzer analyze ${first})`,
          )
        : said(
            `ไม่รู้จักคำสั่ง ${first} (มีคำสั่ง analyze)`,
            `unknown command ${first} (the command is analyze)`,
          );
    case "commander.missingArgument":
      return said(
        "ต้องระบุสมุดงานที่จะวิเคราะห์ (ita-analyzer analyze ไฟล์.xlsx)",
        "name the workbook to analyse (ita-analyzer analyze FILE.xlsx)",
      );
    case "commander.optionMissingArgument":
      return said(`ตัวเลือก ${flag} ต้องมีค่าตามหลัง`, `the option ${flag} needs a value after it`);
    case "commander.excessArguments":
      return said(
        "ระบุสมุดงานได้ครั้งละหนึ่งไฟล์ (ชื่อไฟล์ที่มีช่องว่างให้ใส่ในเครื่องหมายคำพูด)",
        "name one workbook at a time (put a file name with spaces in quotes)",
      );
    case "commander.invalidArgument": {
      const choices = /Allowed choices are (.+)\.$/.exec(e.message)?.[1];
      const own = /is invalid\. (.+ \/ .+)$/.exec(e.message)?.[1];
      if (choices) {
        return said(
          `${flag} ต้องเป็น ${choices.replace(/, /g, " หรือ ")} ไม่ใช่ ${second}`,
          `${flag} must be ${choices.replace(/, /g, " or ")}, not ${second}`,
        );
      }
      const [th, en] = (own ?? " / ").split(" / ");
      return said(`${flag} ${second}: ${th}`, `${flag} ${second}: ${en}`);
    }
    default:
      return said("ใช้คำสั่งไม่ถูกต้อง", "the command is not right");
  }
}

/** `--sheet` and `--range` as a selection; throws a usage error (exit 2) when they disagree. */
function selectionOf(flags: AnalyzeFlags): ReadSelection | undefined {
  if (flags.range === undefined)
    return flags.sheet === undefined ? undefined : { sheet: flags.sheet };
  const ref = splitCellRef(flags.range.trim());
  const address = ref ? ref.address : flags.range.trim();
  const area = parseRange(address.replace(/\$/g, ""));
  if (!area) {
    throw new CliError(
      2,
      `--range ${flags.range} ไม่ใช่ช่วงเซลล์: เขียนแบบ 'ชื่อชีต'!A1:E80`,
      `--range ${flags.range} is not a range of cells: write it as 'Sheet name'!A1:E80`,
    );
  }
  const sheet = ref?.sheet ?? flags.sheet;
  if (sheet === undefined) {
    throw new CliError(
      2,
      `--range ${flags.range} ไม่ได้บอกชีต: เขียนแบบ 'ชื่อชีต'!A1:E80 หรือเพิ่ม --sheet ชื่อชีต`,
      `--range ${flags.range} does not name its sheet: write it as 'Sheet name'!A1:E80, or add --sheet NAME`,
    );
  }
  if (flags.sheet !== undefined && flags.sheet !== sheet) {
    throw new CliError(
      2,
      `--sheet ${flags.sheet} กับ --range ${flags.range} ระบุชีตต่างกัน`,
      `--sheet ${flags.sheet} and --range ${flags.range} name different sheets`,
    );
  }
  return { sheet, range: address.replace(/\$/g, "") };
}

async function analyze(input: string, flags: AnalyzeFlags, io: Io): Promise<number> {
  const output = flags.output ?? defaultOutput(input);
  if (await samePath(input, output)) {
    throw new CliError(
      2,
      "ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ (ไม่เขียนทับข้อมูลของท่าน)",
      "the output must not be the input (your file is never written over)",
    );
  }
  if (flags.json && flags.json !== "-") {
    if (await samePath(input, flags.json)) {
      throw new CliError(
        2,
        "ไฟล์รายงาน JSON ต้องไม่ใช่ไฟล์ต้นฉบับ",
        "the JSON report must not be the input",
      );
    }
    if (await samePath(output, flags.json)) {
      throw new CliError(
        2,
        "ไฟล์รายงาน JSON ต้องไม่ใช่ไฟล์ผลลัพธ์ (-o)",
        "the JSON report must not be the output workbook (-o)",
      );
    }
  }
  if (flags.pdf && (await samePath(input, flags.pdf))) {
    throw new CliError(2, "ไฟล์ PDF ต้องไม่ใช่ไฟล์ต้นฉบับ", "the PDF must not be the input");
  }
  if (flags.year !== undefined && flags.previous !== undefined && flags.previous >= flags.year) {
    throw new CliError(
      2,
      `ปีที่ใช้เปรียบเทียบ --previous ${flags.previous} ต้องเป็นปีก่อนปีที่ประเมิน --year ${flags.year}`,
      `the year to compare with, --previous ${flags.previous}, must be before the assessment year, --year ${flags.year}`,
    );
  }
  const selection = selectionOf(flags);
  if (!flags.force) {
    if (flags.json && flags.json !== "-" && !(await isOurReport(flags.json)))
      throw notOurs(flags.json, { th: "รายงาน JSON", en: "a JSON report" }, "--json");
    if (flags.pdf && !(await isPdf(flags.pdf)))
      throw notOurs(flags.pdf, { th: "ไฟล์ PDF", en: "a PDF" }, "--pdf");
  }
  const soffice = flags.pdf ? findSoffice() : null;
  if (flags.pdf && !soffice) throw new CliError(1, INSTALL_LIBREOFFICE.th, INSTALL_LIBREOFFICE.en);
  const emblem = flags.emblem ? await readEmblemFile(flags.emblem) : null;
  const data = await readInputFile(input);
  const frameworks = await readYearFiles(input, flags.framework);
  let opened: OpenedFile;
  try {
    opened = await openFile(data, selection ? { selection } : {});
  } catch (e) {
    if (e instanceof SheetLimitError && !selection) {
      throw new CliError(
        1,
        `${input}: ${e.th} หรืออ่านเฉพาะชีตตารางคะแนนด้วย --sheet ชื่อชีต`,
        `${input}: ${e.en}, or read only the score sheet with --sheet NAME`,
      );
    }
    if (e instanceof WorkbookLimitError) throw limitError(input, e);
    throw limitError(input, damagedWorkbook());
  }
  if (selection && !opened.pkg.sheets.some((s) => s.name === selection.sheet)) {
    const names = opened.pkg.sheets.map((s) => `"${s.name}"`).join(", ");
    throw new CliError(
      1,
      `ไม่พบชีต "${selection.sheet}" ใน ${input} (มีชีต ${names})`,
      `there is no sheet "${selection.sheet}" in ${input} (its sheets: ${names})`,
    );
  }
  const existing = await readExisting(output, selection);
  if (existing && !existing.ours && !flags.force)
    throw notOurs(output, { th: "สมุดงานผลลัพธ์", en: "an output workbook" }, "-o");
  const earlier = existing?.ours ? existing.opened : null;
  const { result, sheets, bytes } = await generateFile(opened, {
    lang: flags.lang,
    currentYear: fiscalYearOf(new Date()),
    ...(flags.year !== undefined ? { year: flags.year } : {}),
    ...(flags.previous !== undefined ? { previousYear: flags.previous } : {}),
    ...(flags.responsible ? { responsible: flags.responsible } : {}),
    ...(flags.unit ? { unit: flags.unit } : {}),
    ...(earlier ? { earlier: earlier.grids } : {}),
    ...(flags.unitEn ? { unitEn: flags.unitEn } : {}),
    ...(flags.kind ? { kind: flags.kind } : {}),
    ...(flags.date ? { date: flags.date } : {}),
    ...(flags.digits ? { digits: flags.digits } : {}),
    ...(emblem ? { emblem } : {}),
    ...(frameworks.length > 0 ? { frameworks } : {}),
    today: isoDate(new Date()),
  });
  if (!result.ok || !bytes) {
    const findings = result.ok ? [] : result.findings;
    await emitJson(failureReport(findings, flags.lang), flags.json, io);
    for (const f of findings.filter((x) => x.severity === "error")) {
      const at = f.cell ? `${f.cell}: ` : "";
      io.stderr(
        printable(`ita-analyzer: ${at}${f.message.th}\nita-analyzer: ${at}${f.message.en}\n`),
      );
    }
    return 1;
  }
  let notes = "";
  if (earlier && existing) {
    const inputStat = await fs.stat(input);
    const { lost, updated } = earlierSheets(
      earlier,
      opened,
      result,
      existing.mtimeMs > inputStat.mtimeMs,
      selection,
    );
    if (lost.length > 0 && !flags.force) throw wouldLose(output, lost);
    notes += regeneratedNote(output, flags.lang, updated, flags.force ? lost : []);
  }
  await writeFileAtomic(bytes, output);
  // Say which year files were used: those of the years analysed.
  const { year, previousYear } = result.analysis;
  for (const f of frameworks.filter((x) => x.year === year || x.year === previousYear))
    io.stderr(
      printable(
        `ita-analyzer: ใช้เกณฑ์ปี ${f.year} จากไฟล์ ${f.source} / using the ${f.year} framework from ${f.source}\n`,
      ),
    );
  let pdfLine = "";
  if (flags.pdf && soffice) {
    const names = publicSheetNames(result.spec, result.placements);
    const pdf = await convertToPdf(await keepSheets(bytes, names), soffice);
    await writeFileAtomic(pdf, flags.pdf);
    pdfLine = `PDF: ${flags.pdf} (${countPdfPages(pdf)} ${flags.lang === "th" ? "หน้า" : "pages"})\n`;
  }
  const report = buildReport(result.analysis, flags.lang, sheets);
  await emitJson(report, flags.json, io);
  if (flags.json !== "-")
    io.stdout(printable(summaryText(report, flags.lang, output) + notes + pdfLine));
  for (const f of result.analysis.findings.filter((x) => x.rule === "sheetNotProvablyOurs")) {
    io.stderr(printable(`ita-analyzer: ${f.message.th}\nita-analyzer: ${f.message.en}\n`));
  }
  return 0;
}

/** What a regeneration of an earlier output kept, replaced and (with --force) dropped. */
function regeneratedNote(output: string, lang: Lang, updated: string[], lost: string[]): string {
  const list = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
  const th = lang === "th";
  return [
    th
      ? `สร้างใหม่ทับผลลัพธ์เดิม ${output}: เก็บสิ่งที่เจ้าหน้าที่พิมพ์ในบันทึกข้อความและแผนพัฒนาไว้`
      : `regenerated the earlier output ${output}, keeping what staff typed in the memo and the action plan`,
    ...(updated.length
      ? [
          th
            ? `ชีตที่ใช้ฉบับใหม่จากไฟล์ต้นฉบับ: ${list(updated)}`
            : `sheets written as the input now has them: ${list(updated)}`,
        ]
      : []),
    ...(lost.length
      ? [th ? `ชีตที่ไม่ได้เก็บไว้ (--force): ${list(lost)}` : `sheets not kept (--force): ${list(lost)}`]
      : []),
    "",
  ].join("\n");
}

/** Whether a file is absent or a JSON report of ours (so that it may be written over). */
async function isOurReport(file: string): Promise<boolean> {
  const text = await fs.readFile(file, "utf8").catch(() => null);
  if (text === null) return true;
  try {
    const json = JSON.parse(text) as { schemaVersion?: unknown; findings?: unknown };
    return typeof json.schemaVersion === "number" && Array.isArray(json.findings);
  } catch {
    return false;
  }
}

/** Whether a file is absent or a PDF (an earlier print of the sheets, written over). */
async function isPdf(file: string): Promise<boolean> {
  const handle = await fs.open(file, "r").catch(() => null);
  if (!handle) return true;
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    return head.toString("latin1") === "%PDF-";
  } finally {
    await handle.close();
  }
}

/** The generated public sheets' names, in print order: memo, summary, analysis, the follow-up
 *  (when this run has one), plan. */
function publicSheetNames(spec: WorkbookSpec, placements: SheetPlacement[]): string[] {
  const order: string[] = PUBLIC_PRINT_ORDER;
  return placements
    .map((p) => ({ name: p.name, kind: spec.sheets[p.index]?.kind ?? "" }))
    .filter((s) => order.includes(s.kind))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((s) => s.name);
}

/** The local calendar date as `YYYY-MM-DD`, for the memo's date. */
function isoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

async function emitJson(report: Report, target: string | undefined, io: Io): Promise<void> {
  if (!target) return;
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (target === "-") io.stdout(json);
  else await writeFileAtomic(json, target);
}

/** A few lines for people: total, level, flags, findings, where the file is. */
export function summaryText(report: Report, lang: Lang, output: string): string {
  const th = lang === "th";
  const flags = report.indicators
    .filter((i) => i.flag && i.flag !== "maintain")
    .map((i) => `${i.number} ${FLAG_LABELS[lang][i.flag as "improve"]}`)
    .join(", ");
  const counts = (["error", "warning", "info"] as const)
    .map(
      (s) =>
        `${SEVERITY_LABELS[lang][s]} ${report.findings.filter((f) => f.severity === s).length}`,
    )
    .join(", ");
  const delta =
    report.total.delta === null
      ? ""
      : ` (${report.total.delta >= 0 ? "+" : ""}${f2(report.total.delta)})`;
  return [
    `${report.unit ?? ""} ITA ${report.year}`.trim(),
    `${th ? "คะแนนรวม" : "Total"} ${f2(report.total.score)}${delta} ${report.total.level ?? ""}`,
    `${th ? "ตัวชี้วัดที่ต้องปรับปรุง/พัฒนา" : "Indicators to improve/develop"}: ${flags || "-"}`,
    `${th ? "ผลการตรวจสอบ" : "Findings"}: ${counts}`,
    `${th ? "ไฟล์ผลลัพธ์" : "Output"}: ${output}`,
    "",
  ].join("\n");
}
