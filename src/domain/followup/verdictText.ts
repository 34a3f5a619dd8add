import { yearEn } from "../prose/format";
import { STATUSES } from "../plan/buildPlan";
import type { Lang } from "../types";
import type { PlanStatus, Verdict } from "./types";

/** The verdicts of a measure that was carried out (`notDone` and `cancelled` were not). */
export const DONE_VERDICTS: readonly Verdict[] = ["effective", "improving", "noEffect", "noData"];

/**
 * Each verdict in a word or two, as the pane counts them and the JSON report names them:
 * one definition for every place that shows a verdict.
 */
export const VERDICT_LABELS: Record<Lang, Record<Verdict, string>> = {
  th: {
    effective: "ได้ผล",
    improving: "ดีขึ้นแต่ยังต่ำกว่าเกณฑ์",
    noEffect: "ยังไม่เกิดผล",
    notDone: "ยังไม่แล้วเสร็จ",
    cancelled: "ยกเลิก",
    noData: "ไม่มีคะแนนให้ประเมินผล",
  },
  en: {
    effective: "Effective",
    improving: "Improving, still under the floor",
    noEffect: "No effect",
    notDone: "Not done",
    cancelled: "Cancelled",
    noData: "No score to judge by",
  },
};

/**
 * A verdict as the follow-up sheet states it, with what follows from it: the next plan (for
 * `nextYear`, BE) takes another approach for a measure without effect and carries on one not done.
 *
 * @example verdictText("notDone", 2570, "th") //=> "ยังไม่แล้วเสร็จ ยกไปดำเนินการต่อในแผนปี 2570"
 * @example verdictText("notDone", 2570, "en") //=> "Not done: carried into the 2027 plan"
 */
export function verdictText(verdict: Verdict, nextYear: number, lang: Lang): string {
  if (lang === "th")
    return {
      effective: "ได้ผล ข้อที่มุ่งแก้ไขผ่านเกณฑ์แล้ว",
      improving: "ดีขึ้น แต่ยังต่ำกว่าเกณฑ์ ต้องดำเนินการต่อ",
      noEffect: `ยังไม่เกิดผล ต้องเปลี่ยนแนวทางในแผนปี ${nextYear}`,
      notDone: `ยังไม่แล้วเสร็จ ยกไปดำเนินการต่อในแผนปี ${nextYear}`,
      cancelled: "ยกเลิก",
      noData: "ยังประเมินผลไม่ได้ ไม่มีคะแนนของปีนี้",
    }[verdict];
  return {
    effective: "Effective: the floor is met",
    improving: "Improving, still under the floor: continued",
    noEffect: `No effect: a new approach in the ${yearEn(nextYear)} plan`,
    notDone: `Not done: carried into the ${yearEn(nextYear)} plan`,
    cancelled: "Cancelled",
    noData: "Not judged: no score this year",
  }[verdict];
}

/** The plan's statuses in the order of its drop-down list (plan/buildPlan.ts, `STATUSES`). */
const STATUS_ORDER: readonly PlanStatus[] = ["notStarted", "inProgress", "done", "cancelled"];

/**
 * A status in the plan's own words, as its drop-down list offers them.
 *
 * @example statusLabel("done", "th") //=> "ดำเนินการแล้ว"
 */
export function statusLabel(status: PlanStatus, lang: Lang): string {
  return STATUSES[lang][STATUS_ORDER.indexOf(status)] ?? status;
}
