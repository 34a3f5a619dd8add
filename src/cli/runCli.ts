import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
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
import { WorkbookLimitError } from "../hosts/xlsx/limits";
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
 * its exit code: 0 success, 1 the input cannot be analysed, 2 a usage error.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command("ita-analyzer")
    .description(
      "วิเคราะห์ผลการประเมิน ITA ในสมุดงาน Excel / analyse the ITA scores in an Excel workbook",
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command("analyze")
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
    .option(
      "--framework <file>",
      "ไฟล์เกณฑ์ปีการประเมิน .json (ใช้ได้หลายครั้ง; ไฟล์ ita-framework-ปปปป.json ข้างสมุดงานอ่านให้เอง) / a framework year file (repeatable; ita-framework-YYYY.json beside the workbook is read by itself)",
      (file: string, list: string[]) => [...list, file],
      [] as string[],
    )
    .option(
      "--pdf <file>",
      "พิมพ์ชีตสาธารณะ (บันทึก สรุปผล วิเคราะห์ผล แผนพัฒนา) เป็น PDF ด้วย LibreOffice / print the public sheets to PDF with LibreOffice",
    )
    .action(async (input: string, flags: AnalyzeFlags) => {
      exitCode = await analyze(input, flags, io);
    });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
        ? 0
        : 2;
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
  const soffice = flags.pdf ? findSoffice() : null;
  if (flags.pdf && !soffice) throw new CliError(1, INSTALL_LIBREOFFICE.th, INSTALL_LIBREOFFICE.en);
  const emblem = flags.emblem ? await readEmblemFile(flags.emblem) : null;
  const data = await readInputFile(input);
  const frameworks = await readYearFiles(input, flags.framework);
  let opened: OpenedFile;
  try {
    opened = await openFile(data);
  } catch (e) {
    if (e instanceof WorkbookLimitError) throw limitError(input, e);
    throw new CliError(
      1,
      `ไฟล์ ${input} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ (ไฟล์อาจเสีย)`,
      `${input} is not a readable .xlsx file (it may be damaged)`,
    );
  }
  const { result, sheets, bytes } = await generateFile(opened, {
    lang: flags.lang,
    currentYear: fiscalYearOf(new Date()),
    ...(flags.year !== undefined ? { year: flags.year } : {}),
    ...(flags.previous !== undefined ? { previousYear: flags.previous } : {}),
    ...(flags.responsible ? { responsible: flags.responsible } : {}),
    ...(flags.unit ? { unit: flags.unit } : {}),
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
  if (flags.json !== "-") io.stdout(printable(summaryText(report, flags.lang, output) + pdfLine));
  for (const f of result.analysis.findings.filter((x) => x.rule === "sheetNotProvablyOurs")) {
    io.stderr(printable(`ita-analyzer: ${f.message.th}\nita-analyzer: ${f.message.en}\n`));
  }
  return 0;
}

/** The generated public sheets' names, in print order: memo, summary, analysis, plan. */
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
