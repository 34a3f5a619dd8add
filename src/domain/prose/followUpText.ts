import type { FollowUp, Verdict } from "../followup/types";
import { DONE_VERDICTS, statusesUnreported } from "../followup/verdictText";
import type { Lang } from "../types";
import { fiscalYearEn, joinList, yearEn } from "./format";

/**
 * The follow-up's summary paragraph, in official Thai or plain English: how many of the earlier
 * plan's measures were done out of how many; then, by verdict, how many and which (their numbers
 * in the table): those that worked, those that raised the score but not yet over the floor, those
 * done without effect (a different approach in the next plan), those not done (carried into the
 * next plan), those cancelled, those this year's scores cannot judge. Nothing is said of a
 * verdict no measure has.
 *
 * @example
 * followUpText(followUp, "เทศบาลตำบลคลองใหญ่", "th")
 * //=> "เทศบาลตำบลคลองใหญ่ได้ติดตามผลการดำเนินงานตามแผนพัฒนา ... ดำเนินการแล้ว 4 จาก 6 มาตรการ ..."
 */
export function followUpText(followUp: FollowUp, unit: string | null, lang: Lang): string {
  const y = followUp.planYear;
  const all = followUp.rows.length;
  const numbers = (v: Verdict) =>
    joinList(
      followUp.rows.flatMap((r, i) => (r.verdict === v ? [String(i + 1)] : [])),
      lang,
    );
  const count = (v: Verdict) => followUp.rows.filter((r) => r.verdict === v).length;
  const measures = (n: number, which: string) => `Measure${n > 1 ? "s" : ""} ${which}`;
  const done = followUp.rows.filter((r) => DONE_VERDICTS.includes(r.verdict)).length;
  const sentences: Partial<Record<Verdict, (n: number, which: string) => string>> =
    lang === "th"
      ? {
          effective: (n, which) =>
            `มาตรการที่ได้ผล คือข้อที่มุ่งแก้ไขมีคะแนนผ่านเกณฑ์ในปี ${y} แล้ว จำนวน ${n} มาตรการ (ลำดับที่ ${which})`,
          improving: (n, which) =>
            `มาตรการที่ทำให้คะแนนดีขึ้นแต่ยังต่ำกว่าเกณฑ์ จำนวน ${n} มาตรการ (ลำดับที่ ${which}) ต้องดำเนินการต่อ`,
          noEffect: (n, which) =>
            `มาตรการที่ดำเนินการแล้วแต่คะแนนไม่ดีขึ้นและยังมีคะแนนต่ำกว่าเกณฑ์ จำนวน ${n} มาตรการ (ลำดับที่ ${which}) ต้องเปลี่ยนแนวทางการดำเนินการในแผนปี ${y + 1}`,
          notDone: (n, which) =>
            `มาตรการที่ยังไม่ได้ดำเนินการหรือยังไม่แล้วเสร็จ จำนวน ${n} มาตรการ (ลำดับที่ ${which}) ยกไปดำเนินการต่อในแผนพัฒนาประจำปีงบประมาณ พ.ศ. ${y + 1}`,
          cancelled: (n, which) => `ยกเลิก จำนวน ${n} มาตรการ (ลำดับที่ ${which})`,
          noData: (n, which) =>
            `มาตรการที่ดำเนินการแล้วแต่ยังไม่มีคะแนนปี ${y} ให้ประเมินผล จำนวน ${n} มาตรการ (ลำดับที่ ${which})`,
        }
      : {
          effective: (n, which) =>
            `${measures(n, which)} worked: what ${n > 1 ? "they" : "it"} aimed at is at or above the floor in ${yearEn(y)}.`,
          improving: (n, which) =>
            `${measures(n, which)} raised the score, but not yet over the floor, and ${n > 1 ? "continue" : "continues"}.`,
          noEffect: (n, which) =>
            `${measures(n, which)} ${n > 1 ? "were" : "was"} done without effect (the score did not rise and a score is still under its floor): the ${yearEn(y + 1)} plan takes a different approach.`,
          notDone: (n, which) =>
            `${measures(n, which)} ${n > 1 ? "were" : "was"} not done or not finished and ${n > 1 ? "are" : "is"} carried into the plan for ${fiscalYearEn(y + 1)}.`,
          cancelled: (n, which) => `${measures(n, which)} ${n > 1 ? "were" : "was"} cancelled.`,
          noData: (n, which) =>
            `${measures(n, which)} ${n > 1 ? "were" : "was"} done, but ${yearEn(y)} has no score to judge ${n > 1 ? "them" : "it"} by.`,
        };
  const parts = (Object.keys(sentences) as Verdict[]).flatMap((v) => {
    const n = count(v);
    const say = sentences[v];
    return n > 0 && say ? [say(n, numbers(v))] : [];
  });
  if (statusesUnreported(followUp)) {
    const intro =
      lang === "th"
        ? `${unit ?? "หน่วยงาน"}ได้ติดตามผลการดำเนินงานตามแผนพัฒนาเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${y} ซึ่งจัดทำจากผลการประเมินปี ${y - 1} จำนวน ${all} มาตรการ`
        : `${unit ?? "The agency"} followed up the ${all} measure${all === 1 ? "" : "s"} of its ITA development plan for ${fiscalYearEn(y)}, made from the results of ${yearEn(y - 1)}.`;
    const rest =
      lang === "th"
        ? `ยังไม่ได้รายงานสถานะการดำเนินงาน จึงยังสรุปผลการดำเนินงานตามแผนไม่ได้ มาตรการทั้งหมดยกไปไว้ในแผนพัฒนาประจำปีงบประมาณ พ.ศ. ${y + 1}`
        : `The statuses of the measures have not been reported, so what was done cannot yet be stated; every measure is carried into the plan for ${fiscalYearEn(y + 1)}.`;
    return `${intro} ${rest}`;
  }
  const head =
    lang === "th"
      ? `${unit ?? "หน่วยงาน"}ได้ติดตามผลการดำเนินงานตามแผนพัฒนาเพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${y} ซึ่งจัดทำจากผลการประเมินปี ${y - 1} โดยเทียบกับผลการประเมินปี ${y} พบว่าดำเนินการแล้ว ${done} จาก ${all} มาตรการ`
      : `${unit ?? "The agency"} followed up the ${all} measure${all === 1 ? "" : "s"} of its ITA development plan for ${fiscalYearEn(y)}, made from the results of ${yearEn(y - 1)}, against the results of ${yearEn(y)}: ${done} of ${all} ${done === 1 ? "was" : "were"} done.`;
  return [head, ...parts].join(" ");
}
