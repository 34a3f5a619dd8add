import { fiscalYearEn, yearEn } from "../prose/format";
import type { Flag, Lang, Severity } from "../types";

/** Every fixed text of the generated sheets, in Thai and English. */
export const LABELS = {
  th: {
    memoName: (y: number) => `บันทึกข้อความ ITA ${y}`,
    summaryName: (y: number) => `สรุปผล ITA ${y}`,
    analysisName: (y: number) => `วิเคราะห์ผล ITA ${y}`,
    planName: (y: number) => `แผนพัฒนา ITA ${y}`,
    followUpName: (y: number) => `ผลตามแผน ITA ${y}`,
    checkName: (y: number) => `ตรวจสอบ ITA ${y} (ภายใน)`,
    memoTitle: "บันทึกข้อความ",
    analysisTitle: (y: number, unit: string | null) =>
      `การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) รายตัวชี้วัด\n${unit ? `${unit} ` : ""}ประจำปีงบประมาณ พ.ศ. ${y}`,
    planTitle: (y: number, unit: string | null) =>
      `การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร\nประจำปีงบประมาณ พ.ศ. ${y}${unit ? ` ของ${unit}` : ""}`,
    followUpTitle: (y: number, unit: string | null) =>
      `รายงานผลการดำเนินงานตามแผนพัฒนา ITA ${y}${unit ? `\n${unit}` : ""}`,
    checkTitle: (y: number) =>
      `ผลการตรวจสอบตารางคะแนน ITA ${y} (สำหรับเจ้าหน้าที่ ไม่ใช่ส่วนของรายงานที่เผยแพร่)`,
    checkIntro:
      "ชีตนี้ใช้ตรวจทานตารางคะแนนเดิมก่อนเผยแพร่ ไม่ต้องพิมพ์หรือเผยแพร่ ชีตที่เผยแพร่ได้คือ บันทึกข้อความ สรุปผล วิเคราะห์ผล ผลตามแผน (เมื่อมี) และแผนพัฒนา",
    checkNotPrinted: (cell: string) =>
      `ชีตนี้ไม่ถูกพิมพ์เมื่อสั่งพิมพ์ทั้งสมุดงาน (พื้นที่พิมพ์ของชีตเป็นเซลล์ว่าง ${cell}) หากต้องการพิมพ์สำหรับใช้ภายใน ให้เลือกแถวที่ต้องการ แล้วสั่งพิมพ์เฉพาะส่วนที่เลือก (ไฟล์ > พิมพ์ > พิมพ์ส่วนที่เลือก)`,
    unitMissing: 'ไม่พบชื่อหน่วยงานในสมุดงาน: ระบุได้ที่ตัวเลือก "ชื่อหน่วยงาน" ในแผงงาน หรือ --unit ในบรรทัดคำสั่ง',
    unitFound: (name: string, cell: string | null) =>
      `ชื่อหน่วยงาน: ${name}${cell ? ` (อ่านจาก ${cell})` : " (ระบุในตัวเลือก)"}`,
    computedTotal: (computed: string, reported: string, weights: string) =>
      `คะแนนรวมที่คำนวณจากคะแนนรายเครื่องมือ (${weights}) = ${computed}; คะแนนรวมที่รายงาน ${reported} (ชีตที่เผยแพร่ใช้คะแนนที่รายงาน)`,
    total: "คะแนนรวม ITA",
    totalOf: (y: number) => `คะแนนรวม ITA ปี ${y}`,
    level: "ระดับผลการประเมิน",
    change: "ผลต่าง",
    dash: "-",
    indicator: "ตัวชี้วัด",
    indicatorNo: (n: number, name: string) => `ตัวชี้วัดที่ ${n} ${name}`,
    tool: "เครื่องมือ",
    score: (y: number) => `คะแนน ${y}`,
    /** A year's score column in a narrow table: the year alone, the table says what it holds. */
    yearColumn: (y: number) => `ปี ${y}`,
    scoreMissing: "คะแนนปีก่อน",
    toolScore: "คะแนนรายเครื่องมือ",
    result: "ผลการวิเคราะห์",
    issue: "ประเด็นการวิเคราะห์",
    issueColumn: "ประเด็นที่ต้องปรับปรุง/พัฒนา/รักษาระดับ",
    contribution: "ส่วนที่ทำให้คะแนนรวมเปลี่ยน",
    contributionTitle: (y: number, p: number) =>
      `ตัวชี้วัดแต่ละตัวทำให้คะแนนรวมปี ${y} เปลี่ยนจากปี ${p} เท่าใด (คะแนน)`,
    partialPrevious: (p: number, have: number, all: number) =>
      `หมายเหตุ: ปี ${p} มีคะแนนเพียง ${have} จาก ${all} ตัวชี้วัด ตัวชี้วัดที่ไม่มีคะแนนแสดงด้วย "-"`,
    noPrevious: "ไม่มีคะแนนปีก่อนสำหรับเปรียบเทียบ",
    planIntro: (y: number, unit: string | null) =>
      `จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y} ${unit ?? "หน่วยงาน"} กำหนดมาตรการปรับปรุง พัฒนา และรักษาระดับ ดังนี้`,
    // Memo (บันทึกข้อความ)
    memoAgency: "ส่วนราชการ",
    memoRef: "ที่",
    memoDate: "วันที่",
    memoSubject: "เรื่อง",
    memoTo: "เรียน",
    memoSign: "(ลงชื่อ)",
    memoTel: "โทร.",
    memoOpinion: "ความเห็น",
    memoPosition: "ตำแหน่ง",
    memoFieldKey: "ช่องข้อมูล (ไม่พิมพ์)",
    dots: "....................................................",
    footer: "",
  },
  en: {
    memoName: (y: number) => `ITA ${y} Memo`,
    summaryName: (y: number) => `ITA ${y} Summary`,
    analysisName: (y: number) => `ITA ${y} Analysis`,
    planName: (y: number) => `ITA ${y} Action plan`,
    followUpName: (y: number) => `ITA ${y} Plan follow-up`,
    checkName: (y: number) => `ITA ${y} Check (internal)`,
    memoTitle: "Memorandum",
    analysisTitle: (y: number, unit: string | null) =>
      `Analysis of the ITA results by indicator\n${unit ? `${unit}, ` : ""}${fiscalYearEn(y)}`,
    planTitle: (y: number, unit: string | null) =>
      `Using the ITA results to develop the agency${unit ? `: ${unit}` : ""}\n${fiscalYearEn(y)}`,
    followUpTitle: (y: number, unit: string | null) =>
      `Report on the ITA development plan, ${fiscalYearEn(y)}${unit ? `\n${unit}` : ""}`,
    checkTitle: (y: number) =>
      `Check of the ITA ${y} score table (for staff; not part of the published report)`,
    checkIntro:
      "This sheet is for checking the original score table before publishing; do not print or publish it. The published sheets are the memo, summary, analysis, plan follow-up (when there is one) and plan.",
    checkNotPrinted: (cell: string) =>
      `This sheet is not printed when the whole workbook is printed (its print area is the empty cell ${cell}). To print it for internal use, select its rows and print the selection (File > Print > Print Selection).`,
    unitMissing:
      'No agency name found in the workbook: set it with the "Agency name" option in the pane or --unit on the command line.',
    unitFound: (name: string, cell: string | null) =>
      `Agency: ${name}${cell ? ` (read from ${cell})` : " (set in the options)"}`,
    computedTotal: (computed: string, reported: string, weights: string) =>
      `Total computed from the tool scores (${weights}) = ${computed}; reported total ${reported} (the published sheets use the reported total)`,
    total: "Total ITA score",
    totalOf: (y: number) => `Total ITA score ${yearEn(y)}`,
    level: "Level",
    change: "Change",
    dash: "-",
    indicator: "Indicator",
    indicatorNo: (n: number, name: string) => `Indicator ${n}: ${name}`,
    tool: "Tool",
    score: (y: number) => `Score ${yearEn(y)}`,
    yearColumn: (y: number) => `${yearEn(y)}`,
    scoreMissing: "Previous score",
    toolScore: "Tool score",
    result: "Result",
    issue: "Indicator and items",
    issueColumn: "To improve / develop / maintain",
    contribution: "Share of the change of the total",
    contributionTitle: (y: number, p: number) =>
      `How much each indicator moved the total from ${yearEn(p)} to ${yearEn(y)} (points)`,
    partialPrevious: (p: number, have: number, all: number) =>
      `Note: ${yearEn(p)} has scores for only ${have} of ${all} indicators; the others show "-".`,
    noPrevious: "No previous year to compare with",
    planIntro: (y: number, unit: string | null) =>
      `From the analysis of the ITA results of ${fiscalYearEn(y)}, ${unit ?? "the agency"} sets these measures to improve, develop or maintain its level:`,
    memoAgency: "From",
    memoRef: "Ref.",
    memoDate: "Date",
    memoSubject: "Subject",
    memoTo: "To",
    memoSign: "(Signed)",
    memoTel: "Tel.",
    memoOpinion: "Opinion",
    memoPosition: "Position",
    memoFieldKey: "Field (not printed)",
    dots: "....................................................",
    footer: "",
  },
};

export const FLAG_LABELS: Record<Lang, Record<Flag, string>> = {
  th: { improve: "ต้องปรับปรุง", develop: "ต้องพัฒนา", maintain: "รักษาระดับ" },
  en: { improve: "Improve", develop: "Develop", maintain: "Maintain" },
};

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  th: { error: "ข้อผิดพลาด", warning: "ข้อสังเกต", info: "การปัดเศษ" },
  en: { error: "Error", warning: "Warning", info: "Rounding" },
};

export const FLAG_STYLES: Record<Flag, string> = {
  improve: "flagImprove",
  develop: "flagDevelop",
  maintain: "flagMaintain",
};
