import type { Flag, Lang, Severity } from "../types";

/** Every fixed text of the generated sheets, in Thai and English. */
export const LABELS = {
  th: {
    summaryName: (y: number) => `สรุปผล ITA ${y}`,
    analysisName: (y: number) => `วิเคราะห์ผล ITA ${y}`,
    planName: (y: number) => `แผนพัฒนา ITA ${y}`,
    summaryTitle: (y: number) =>
      `สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${y}`,
    analysisTitle: (y: number) =>
      `การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${y}`,
    planTitle: (y: number) => `การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ. ${y}`,
    unitUnknown: "หน่วยงาน: (ไม่พบชื่อหน่วยงานในสมุดงาน)",
    total: "คะแนนรวม ITA",
    level: "ระดับผลการประเมิน",
    computedTotal: "คำนวณจากคะแนนรายเครื่องมือ (0.30·IIT + 0.30·EIT + 0.40·OIT)",
    previousTotal: (y: number) => `คะแนนรวมปี ${y}`,
    change: "ผลต่าง",
    notPresent: "ไม่มีข้อมูล",
    indicator: "ตัวชี้วัด",
    tool: "เครื่องมือ",
    score: (y: number) => `คะแนน ${y}`,
    toolScore: "คะแนนรายเครื่องมือ",
    result: "ผลการวิเคราะห์",
    issue: "ประเด็นการวิเคราะห์",
    issueColumn: "ประเด็นที่ต้องปรับปรุง/พัฒนา/รักษาระดับ",
    chartTitle: (y: number, p: number | null) =>
      p ? `คะแนนรายตัวชี้วัด ปี ${p} และ ${y}` : `คะแนนรายตัวชี้วัด ปี ${y}`,
    findingsTitle: "ผลการตรวจสอบการคำนวณในตารางคะแนนเดิม",
    findingsNone: "ไม่พบข้อผิดพลาดในการคำนวณ",
    severity: "ระดับ",
    cell: "เซลล์",
    detail: "รายละเอียด",
    wrongFigure: "⚠",
    planColumns: [
      "รหัส",
      "มาตรการ/โครงการ/กิจกรรม",
      "ตัวชี้วัด",
      "ประเด็นที่ต้องปรับปรุง/พัฒนา/รักษาระดับ",
      "ขั้นตอนหรือวิธีการปฏิบัติ",
      "ระยะเวลาดำเนินการ",
      "ผู้รับผิดชอบ",
      "สถานะ",
    ],
    planIntro: (y: number, unit: string) =>
      `จากผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${y} ${unit}กำหนดมาตรการเพื่อปรับปรุง พัฒนา หรือรักษาระดับ ดังนี้`,
    footer: "จัดทำโดย ITA Analyzer",
  },
  en: {
    summaryName: (y: number) => `ITA ${y} Summary`,
    analysisName: (y: number) => `ITA ${y} Analysis`,
    planName: (y: number) => `ITA ${y} Action plan`,
    summaryTitle: (y: number) =>
      `Integrity and Transparency Assessment (ITA), fiscal year ${y} BE: summary`,
    analysisTitle: (y: number) => `Analysis of the ITA results, fiscal year ${y} BE`,
    planTitle: (y: number) => `Using the ITA results to develop the agency, fiscal year ${y} BE`,
    unitUnknown: "Agency: (no agency name found in the workbook)",
    total: "Total ITA score",
    level: "Level",
    computedTotal: "Computed from the tool scores (0.30·IIT + 0.30·EIT + 0.40·OIT)",
    previousTotal: (y: number) => `Total in ${y}`,
    change: "Change",
    notPresent: "no data",
    indicator: "Indicator",
    tool: "Tool",
    score: (y: number) => `Score ${y}`,
    toolScore: "Tool score",
    result: "Result",
    issue: "Indicator and items",
    issueColumn: "To improve / develop / maintain",
    chartTitle: (y: number, p: number | null) =>
      p ? `Indicator scores, ${p} and ${y}` : `Indicator scores, ${y}`,
    findingsTitle: "Check of the arithmetic in the original score table",
    findingsNone: "No arithmetic faults found",
    severity: "Severity",
    cell: "Cell",
    detail: "Detail",
    wrongFigure: "⚠",
    planColumns: [
      "ID",
      "Measure / project / activity",
      "Indicator",
      "To improve / develop / maintain",
      "Steps",
      "Period",
      "Responsible",
      "Status",
    ],
    planIntro: (y: number, unit: string) =>
      `From the analysis of the ITA ${y} results, ${unit} sets these measures to improve, develop or maintain its level:`,
    footer: "Made with ITA Analyzer",
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
