import { fiscalYearEn } from "../domain/prose/fiscalYearEn";
import type { Lang } from "../domain/types";
import type { ReadStep } from "./xlsxWorkerProtocol";

/** Where the reading of a file is, as "2/3 …" like Generate's steps. */
const stepText = (
  step: ReadStep | null,
  words: {
    open: string;
    sheet: (name: string, done: number, total: number) => string;
    check: string;
  },
) =>
  step === null || step.step === "open"
    ? `1/3 ${words.open}`
    : step.step === "sheet"
      ? `2/3 ${words.sheet(step.sheet, step.done + 1, step.total)}`
      : `3/3 ${words.check}`;

/** Every text of the pane, in Thai and English. */
export const STRINGS = {
  th: {
    title: "วิเคราะห์ผล ITA",
    subtitle:
      "อ่านตารางคะแนน ตรวจการคำนวณ และเขียนชีตบันทึกข้อความ สรุปผล วิเคราะห์ผล ผลตามแผนเดิม (เมื่อมีแผนปีก่อน) แผนพัฒนา และชีตตรวจสอบสำหรับเจ้าหน้าที่",
    uiLanguage: "ภาษาของหน้าจอ",
    reading: "กำลังอ่านสมุดงาน…",
    found: "พบตารางคะแนน",
    unit: "หน่วยงาน",
    unitUnknown: "ไม่พบชื่อหน่วยงาน",
    years: "ปีที่พบ",
    indicators: (n: number) => `ตัวชี้วัด ${n} จาก 10`,
    items: (n: number) => `ข้อย่อย ${n} ข้อ`,
    sheets: "ชีตที่อ่าน",
    notFoundTitle: "ยังไม่พบตารางคะแนน ITA",
    notFoundBody:
      "ต้องมีแถวตัวชี้วัด (เช่น ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่) หรือรหัสข้อ (i1, e1, o1) และหัวคอลัมน์คะแนนที่มีปี (เช่น คะแนน 2568) ถ้าตารางอยู่ปนกับข้อมูลอื่น ให้เลือกช่วงตารางแล้วกด อ่านเฉพาะช่วงที่เลือก",
    notFoundBodyFile:
      "ต้องมีแถวตัวชี้วัด (เช่น ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่) หรือรหัสข้อ (i1, e1, o1) และหัวคอลัมน์คะแนนที่มีปี (เช่น คะแนน 2568) ถ้าตารางอยู่ปนกับข้อมูลอื่น ให้คัดลอกตารางไปไว้ในชีตใหม่ บันทึก แล้วเปิดไฟล์อีกครั้ง",
    useSelection: "อ่านเฉพาะช่วงที่เลือก",
    readAgain: "อ่านสมุดงานอีกครั้ง",
    options: "ตัวเลือก",
    optionsKept:
      "ตัวเลือกจะถูกบันทึกไว้ในสมุดงานนี้เมื่อกดสร้างชีต และจะอยู่กับไฟล์ (ให้ผู้ที่เปิดไฟล์ต่อได้ผลเดียวกัน) เมื่อท่านบันทึกสมุดงาน (Ctrl+S) แล้วเท่านั้น",
    year: "ปีที่ประเมิน",
    previousYear: "ปีที่ใช้เปรียบเทียบ",
    none: "ไม่เปรียบเทียบ",
    sheetLanguage: "ภาษาของชีตผลลัพธ์",
    responsible: "ผู้รับผิดชอบในแผนพัฒนา",
    unitName: "ชื่อหน่วยงาน",
    unitPlaceholder: "ตามที่ระบุในสมุดงาน",
    unitNameEn: "ชื่อหน่วยงานภาษาอังกฤษ (ชีตภาษาอังกฤษ)",
    unitNameEnPlaceholder: "เช่น Department of Local Administration",
    kind: "ประเภทหน่วยงาน",
    kindFromName: "ตามชื่อหน่วยงาน",
    memoDate: "วันที่ของบันทึกข้อความ",
    memoDatePlaceholder: "ปปปป-ดด-วว เช่น 2568-11-24 (ว่างไว้: วันนี้ หากอยู่ในปีงบประมาณของแผน)",
    digits: "ตัวเลขในบันทึกข้อความ",
    digitsThai: "เลขไทย (๑๒๓)",
    digitsArabic: "เลขอารบิก (123)",
    indicatorFloor: "เกณฑ์คะแนนตัวชี้วัด",
    itemFloor: (tool: string) => `เกณฑ์คะแนนข้อย่อย ${tool}`,
    yearFiles: "ไฟล์เกณฑ์ปีการประเมิน (.json) สำหรับปีที่โปรแกรมยังไม่มี",
    yearFileAdded: (year: number, items: number) => `ปี ${year} (${items} ข้อ)`,
    yearFileRemove: (year: number) => `นำเกณฑ์ปี ${year} ออก`,
    yearFileNotJson: (name: string) => `ไฟล์ ${name} ไม่ใช่ JSON ที่ถูกต้อง`,
    generate: "สร้างชีตผลการวิเคราะห์",
    generating: "กำลังสร้างชีต…",
    steps: { reading: "อ่านข้อมูล", checking: "ตรวจการคำนวณ", writing: "เขียนชีต" },
    findings: "ผลการตรวจสอบ",
    noFindings: "ไม่พบข้อผิดพลาดในการคำนวณ",
    severity: { error: "ข้อผิดพลาด", warning: "ข้อสังเกต", info: "การปัดเศษ" },
    goToCell: (cell: string) => `ไปที่เซลล์ ${cell}`,
    result: "ผลการวิเคราะห์",
    total: "คะแนนรวม",
    level: "ระดับ",
    change: "เทียบปีก่อน",
    flags: { improve: "ต้องปรับปรุง", develop: "ต้องพัฒนา", maintain: "รักษาระดับ" },
    followUp: (year: number) => `ผลการดำเนินงานตามแผนพัฒนาปี ${year}`,
    followUpDone: (done: number, all: number) => `ดำเนินการแล้ว ${done} จาก ${all} มาตรการ`,
    followUpMeasures: "มาตรการในแผนเดิมและผลลัพธ์",
    open: (name: string) => `เปิดชีต ${name}`,
    download: "ดาวน์โหลดสมุดงานพร้อมชีตผลลัพธ์",
    standaloneTitle: "ใช้งานนอก Excel",
    standaloneBody: "เปิดไฟล์ .xlsx จากเครื่อง ระบบจะประมวลผลในเบราว์เซอร์นี้เท่านั้น ไม่ส่งข้อมูลออกไปที่ใด",
    openFile: "เปิดสมุดงาน (.xlsx)",
    fileError: (name: string) => `อ่านไฟล์ ${name} ไม่ได้`,
    fileUnreadable: "อ่านไฟล์นี้ไม่ได้: ใช้สมุดงานที่บันทึกจาก Excel หรือ LibreOffice Calc เป็น .xlsx",
    fileLabel: "ไฟล์",
    openingFile: (name: string, step: ReadStep | null) =>
      `กำลังอ่าน ${name}: ${stepText(step, {
        open: "เปิดไฟล์",
        sheet: (sheet, done, total) => `อ่านชีต ${sheet} (${done} จาก ${total})`,
        check: "ตรวจตารางคะแนน",
      })}`,
    excelError: "Excel แจ้งข้อผิดพลาด",
    rejected: "วิเคราะห์ไม่ได้",
    willReplace: "ชีตผลลัพธ์เดิมของโปรแกรมที่จะเขียนทับ (ชีตอื่นไม่ถูกแตะต้อง)",
    warning: "ข้อควรทราบ",
  },
  en: {
    title: "ITA analysis",
    subtitle:
      "Read the score tables, check the arithmetic, and write the Memo, Summary, Analysis, Plan follow-up (when there is an earlier plan) and Action plan sheets and a Check sheet for staff",
    uiLanguage: "Pane language",
    reading: "Reading the workbook…",
    found: "Score tables found",
    unit: "Agency",
    unitUnknown: "No agency name found",
    years: "Years found",
    indicators: (n: number) => `${n} of 10 indicators`,
    items: (n: number) => `${n} items`,
    sheets: "Sheets read",
    notFoundTitle: "No ITA score table found yet",
    notFoundBody:
      "It needs indicator rows (e.g. Indicator 1) or item codes (i1, e1, o1) and a score column whose header has a year (e.g. Score 2568). If the table sits among other data, select it and click Read the selection only.",
    notFoundBodyFile:
      "It needs indicator rows (e.g. Indicator 1) or item codes (i1, e1, o1) and a score column whose header has a year (e.g. Score 2568). If the table sits among other data, copy it to a sheet of its own, save, and open the file again.",
    useSelection: "Read the selection only",
    readAgain: "Read the workbook again",
    options: "Options",
    optionsKept:
      "The options are stored in this workbook when you generate, and travel with the file (so whoever opens it gets the same result) only once you save the workbook (Ctrl+S).",
    year: "Assessment year",
    previousYear: "Compare with",
    none: "No comparison",
    sheetLanguage: "Language of the sheets",
    responsible: "Responsible unit in the action plan",
    unitName: "Agency name",
    unitPlaceholder: "as the workbook states it",
    unitNameEn: "Agency name in English (English sheets)",
    unitNameEnPlaceholder: "e.g. Department of Local Administration",
    kind: "Kind of agency",
    kindFromName: "as its name tells",
    memoDate: "Date of the memo",
    memoDatePlaceholder: "YYYY-MM-DD, e.g. 2568-11-24 (empty: today, if in the plan's fiscal year)",
    digits: "Digits in the Thai memo",
    digitsThai: "Thai (๑๒๓)",
    digitsArabic: "Arabic (123)",
    indicatorFloor: "Indicator floor",
    itemFloor: (tool: string) => `${tool} item floor`,
    yearFiles: "Framework year files (.json) for years the program does not hold",
    yearFileAdded: (year: number, items: number) => `${year} (${items} items)`,
    yearFileRemove: (year: number) => `Remove the ${year} framework`,
    yearFileNotJson: (name: string) => `${name} is not valid JSON`,
    generate: "Generate the analysis sheets",
    generating: "Generating…",
    steps: { reading: "Reading", checking: "Checking", writing: "Writing" },
    findings: "Findings",
    noFindings: "No arithmetic faults found",
    severity: { error: "Error", warning: "Warning", info: "Rounding" },
    goToCell: (cell: string) => `Go to cell ${cell}`,
    result: "Result",
    total: "Total",
    level: "Level",
    change: "Change",
    flags: { improve: "Improve", develop: "Develop", maintain: "Maintain" },
    followUp: (year: number) => `Follow-up of the plan for ${fiscalYearEn(year)}`,
    followUpDone: (done: number, all: number) => `${done} of ${all} measures done`,
    followUpMeasures: "The earlier plan's measures and their outcome",
    open: (name: string) => `Open ${name}`,
    download: "Download the workbook with the new sheets",
    standaloneTitle: "Working outside Excel",
    standaloneBody:
      "Open an .xlsx file from this computer. It is processed in this browser only and sent nowhere.",
    openFile: "Open a workbook (.xlsx)",
    fileError: (name: string) => `Cannot read ${name}`,
    fileUnreadable:
      "This file cannot be read: use a workbook saved from Excel or LibreOffice Calc as .xlsx",
    fileLabel: "File",
    openingFile: (name: string, step: ReadStep | null) =>
      `Reading ${name}: ${stepText(step, {
        open: "opening the file",
        sheet: (sheet, done, total) => `reading sheet ${sheet} (${done} of ${total})`,
        check: "checking the score tables",
      })}`,
    excelError: "Excel reported an error",
    rejected: "Cannot analyse",
    willReplace: "Earlier result sheets of ours that will be rewritten (no other sheet is touched)",
    warning: "Note",
  },
};

export type Strings = (typeof STRINGS)["th"];

export function strings(lang: Lang): Strings {
  return STRINGS[lang] as Strings;
}

/** The pane's language from Office's display language: Thai unless it is not Thai. */
export function initialLang(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "th";
  return displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}
