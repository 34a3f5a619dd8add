import type { Analysis } from "../analyse/types";
import type { Lang } from "../types";
import { contributions } from "./contributions";
import { joinList, num } from "./format";
import { agencyOf } from "../agency/agencyOf";
import { fiscalYearEn } from "./format";
import { headOf } from "./headOf";
import { inLevelTh, levelText, previousLevelText } from "./levelText";
import { itemYearsText } from "./itemYears";
import { overallParagraphs } from "./overall";
import type { ReportText } from "./types";

const ITA_TH = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ";

/** The agency's name in the language (English only where it is known: never Thai in English). */
export function unitName(analysis: Analysis, lang: Lang): string {
  const agency = agencyOf(analysis);
  if (lang === "en") return agency.nameEn ?? "the agency";
  return agency.name || "หน่วยงาน";
}

/** The agency's name where a title names it, or null. */
function namedUnit(analysis: Analysis, lang: Lang): string | null {
  const agency = agencyOf(analysis);
  return (lang === "en" ? agency.nameEn : agency.name) || null;
}

function title(analysis: Analysis, lang: Lang): string {
  const name = namedUnit(analysis, lang);
  const of = name ? (lang === "th" ? `ของ${name} ` : ` of ${name}`) : "";
  return lang === "th"
    ? `รายงานผลการวิเคราะห์${ITA_TH} (ITA) ${of}ประจำปีงบประมาณ พ.ศ. ${analysis.year}`
    : `Analysis of the Integrity and Transparency Assessment (ITA)${of}, ${fiscalYearEn(analysis.year)}`;
}

/** ความเป็นมา: what the assessment is and what the agency must publish. */
function background(analysis: Analysis, lang: Lang): string[] {
  const unit = unitName(analysis, lang);
  const { year } = analysis;
  // Short enough that the summary's first page holds the indicator table with its total (the
  // title above has already named the assessment in full).
  if (lang === "en")
    return [
      "Every fiscal year the National Anti-Corruption Commission (NACC) assesses public agencies on ten indicators with three tools: a survey of internal stakeholders (IIT), a survey of external stakeholders (EIT) and a check of the open data on the agency's website (OIT).",
      "Each agency must analyse the previous year's result on all ten indicators and publish on its main website measures to improve, develop or maintain its work, with steps, period and responsible unit.",
      `Below, ${unit} analyses its result of ${fiscalYearEn(year)} and sets its measures for ${fiscalYearEn(year + 1)}.`,
    ];
  return [
    "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ประเมิน ITA ทุกปีงบประมาณ ด้วยเครื่องมือ 3 ส่วน ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) รวม 10 ตัวชี้วัด",
    "หลักเกณฑ์การประเมินกำหนดให้หน่วยงานวิเคราะห์ผลการประเมินของปีที่ผ่านมาครบทั้ง 10 ตัวชี้วัด และกำหนดมาตรการเพื่อปรับปรุง พัฒนา หรือรักษาระดับ พร้อมขั้นตอน ระยะเวลา และผู้รับผิดชอบ แล้วเผยแพร่บนเว็บไซต์หลักของหน่วยงาน",
    `ในการนี้ ${unit} ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} และกำหนดมาตรการสำหรับปีงบประมาณ พ.ศ. ${year + 1} ดังรายละเอียดต่อไปนี้`,
  ];
}

/**
 * What the flags mean, and that the floors behind them are the agency's own settings; without a
 * previous year, "not lower than last year" is not claimed.
 */
function legend(analysis: Analysis, lang: Lang): string[] {
  const { floors, framework } = analysis;
  const items = framework.tools.map((t) => `${t.code} ${floors.item[t.code]}`);
  // A fall can be spoken of only where a previous year's indicator scores are there.
  const compared = analysis.indicators.some((i) => i.previous !== null);
  if (lang === "en")
    return [
      `To improve: the indicator scored under ${floors.indicator}, or one of its items is under its item floor (${joinList(items, "en")}).`,
      compared
        ? "To develop: not under the floors, but lower than last year."
        : "To develop: not under the floors, but lower than last year (there is no previous year to compare with here).",
      compared
        ? "To maintain: not under the floors and not lower than last year."
        : "To maintain: not under the floors (with no previous year, nothing is said of a fall).",
      "These floors are the agency's own settings for this analysis, not NACC's.",
      `The level follows NACC's scale of the year; a level passes at a total of ${framework.passMark}.`,
      '"-" means there is no score for that year.',
    ];
  return [
    `ต้องปรับปรุง หมายถึง คะแนนตัวชี้วัดต่ำกว่า ${floors.indicator} คะแนน หรือมีข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อ (${joinList(items, "th")} คะแนน)`,
    compared
      ? "ต้องพัฒนา หมายถึง คะแนนไม่ต่ำกว่าเกณฑ์ แต่ลดลงจากปีก่อน"
      : "ต้องพัฒนา หมายถึง คะแนนไม่ต่ำกว่าเกณฑ์ แต่ลดลงจากปีก่อน (รายงานนี้ไม่มีคะแนนปีก่อนให้เปรียบเทียบ)",
    compared
      ? "รักษาระดับ หมายถึง คะแนนไม่ต่ำกว่าเกณฑ์และไม่ลดลงจากปีก่อน"
      : "รักษาระดับ หมายถึง คะแนนไม่ต่ำกว่าเกณฑ์ (ไม่มีคะแนนปีก่อนจึงไม่ได้พิจารณาการลดลง)",
    "เกณฑ์ข้างต้นเป็นเกณฑ์ที่หน่วยงานกำหนดขึ้นเพื่อการวิเคราะห์นี้ ไม่ใช่เกณฑ์ของสำนักงาน ป.ป.ช.",
    `ส่วนระดับผลการประเมินเป็นไปตามเกณฑ์ของสำนักงาน ป.ป.ช. ประจำปีนั้น โดยคะแนนรวมตั้งแต่ ${framework.passMark} คะแนนขึ้นไปถือว่าผ่าน`,
    "เครื่องหมาย - หมายถึง ไม่มีคะแนนในปีนั้น",
  ];
}

/** The memo (บันทึกข้อความ): เรื่อง, เรียน, and a body with the four scores and the level. */
function memo(analysis: Analysis, lang: Lang): ReportText["memo"] {
  const unit = unitName(analysis, lang);
  const { year, total, tools } = analysis;
  const level = levelText(analysis, lang);
  const th = lang === "th";
  const toolLines = tools.map((t, i) => `${i + 1}. ด้าน${t.name.th} ได้คะแนน ${num(t.score)} คะแนน`);
  const because = level.reason
    ? th
      ? ` เนื่องจาก ${level.reason}`
      : `, because ${level.reason}`
    : "";
  return {
    subject: th
      ? `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${year}`
      : `Analysis of ITA results, ${fiscalYearEn(year)}`,
    to: headOf(agencyOf(analysis), lang),
    body: th
      ? [
          `ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${year} นั้น`,
          `บัดนี้ ${unit} ได้คะแนนรวม ${num(total.score)} คะแนน อยู่ใน${inLevelTh(level.label)}${because} ดังนี้`,
          ...toolLines,
          // The analysis is of the assessed year, the plan of the next: each named by its own year.
          `จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} และแผนพัฒนาองค์กร ปี ${year + 1} ตามที่แนบมา บนเว็บไซต์หลักของหน่วยงานต่อไป`,
        ]
      : [
          // An English memo in the standard short phrasing, the scores of the tools in the
          // paragraph of the total, so that it keeps to one page as the Thai does.
          `In the National Anti-Corruption Commission's Integrity and Transparency Assessment (ITA) of ${fiscalYearEn(year)}, ${unit} scored ${num(total.score)} in total, at the level "${level.label}"${because}. By tool: ${tools.map((t) => `${t.name.en} ${num(t.score)}`).join("; ")}.`,
          `For your information and approval to publish the attached ITA analysis of ${fiscalYearEn(year)} and development plan for ${fiscalYearEn(year + 1)} on our main website.`,
        ],
  };
}

function headings(analysis: Analysis, lang: Lang): ReportText["headings"] {
  const { year } = analysis;
  return lang === "th"
    ? {
        background: "ความเป็นมา",
        result: `1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`,
        analysis: `2. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`,
        plan: `3. แนวทาง/แผนพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ. ${year + 1}`,
      }
    : {
        background: "Background",
        result: `1. ITA result, ${fiscalYearEn(year)}`,
        analysis: `2. Analysis of the ITA result, ${fiscalYearEn(year)}`,
        plan: `3. Development plan, ${fiscalYearEn(year + 1)}`,
      };
}

/**
 * Everything the public report says in words, from the analysis alone: title, ความเป็นมา, the
 * overall paragraphs (total, change, level with the held-down reason, the previous level in its
 * own scale, what moved the total, the national average where known), legend, memo, headings.
 */
export function reportText(analysis: Analysis, lang: Lang): ReportText {
  return {
    title: title(analysis, lang),
    background: background(analysis, lang),
    overall: overallParagraphs(analysis, lang),
    contributions: contributions(analysis),
    level: levelText(analysis, lang),
    previousLevel: previousLevelText(analysis, lang)?.full ?? null,
    legend: legend(analysis, lang),
    memo: memo(analysis, lang),
    itemYears: itemYearsText(analysis, lang),
    headings: headings(analysis, lang),
  };
}
