import type { Analysis } from "../analyse/types";
import { f2 } from "../messages";
import type { Lang } from "../types";
import { contributions } from "./contributions";
import { levelText, previousLevelText } from "./levelText";
import type { ReportText } from "./types";

/** The agency's name, or a neutral word when the workbook does not give it. */
function unitName(analysis: Analysis, lang: Lang): string {
  return analysis.unit?.name ?? (lang === "th" ? "หน่วยงาน" : "the agency");
}

/**
 * Everything the public report says in words: title, background, the overall paragraph (total,
 * change, level, what moved the total, national average), legend, memo and headings.
 */
export function reportText(analysis: Analysis, lang: Lang): ReportText {
  const unit = unitName(analysis, lang);
  const { year, total } = analysis;
  const level = levelText(analysis, lang);
  const previous = previousLevelText(analysis, lang);
  const th = lang === "th";
  return {
    title: th
      ? `รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของ${unit} ประจำปีงบประมาณ พ.ศ. ${year}`
      : `Analysis of the Integrity and Transparency Assessment (ITA) of ${unit}, fiscal year ${year}`,
    background: [],
    overall: [
      th
        ? `${unit} ได้คะแนนรวม ${f2(total.score)} คะแนน อยู่ในระดับ ${level.full}`
        : `${unit} scored ${f2(total.score)} in total, level ${level.full}.`,
    ],
    contributions: contributions(analysis),
    level,
    previousLevel: previous?.full ?? null,
    legend: [],
    memo: { subject: "", to: "", body: [] },
    headings: th
      ? {
          background: "ความเป็นมา",
          result: "1. ผลการประเมิน",
          analysis: "2. การวิเคราะห์ผล",
          plan: "3. แนวทาง/แผนพัฒนา",
        }
      : {
          background: "Background",
          result: "1. Results",
          analysis: "2. Analysis",
          plan: "3. Development plan",
        },
  };
}
