import type { Analysis, IndicatorResult } from "../analyse/types";
import { dec, toScore, type Dec } from "../decimal";
import type { Lang } from "../types";
import { contributions } from "./contributions";
import { agencyOf } from "../agency/agencyOf";
import { fiscalYearEn, joinList, num, signed, yearEn } from "./format";
import { inLevelTh, levelAdvice, levelText, previousLevelText } from "./levelText";
import type { Contribution } from "./types";

const indName = (ind: IndicatorResult | undefined, lang: Lang) =>
  ind ? `${lang === "th" ? "ตัวชี้วัดที่" : "indicator"} ${ind.number} ${ind.name[lang]}` : "";

function unitName(analysis: Analysis, lang: Lang): string {
  const agency = agencyOf(analysis);
  return (
    (lang === "en" ? agency.nameEn : agency.name) || (lang === "th" ? "หน่วยงาน" : "the agency")
  );
}

/** "เพิ่มขึ้น 7.79 คะแนน" / "up 7.79": a change in words. */
function change(delta: number, lang: Lang): string {
  if (lang === "th")
    return delta > 0
      ? `เพิ่มขึ้น ${num(delta)} คะแนน`
      : delta < 0
        ? `ลดลง ${num(-delta)} คะแนน`
        : "เท่าเดิม";
  return delta > 0 ? `up ${num(delta)}` : delta < 0 ? `down ${num(-delta)}` : "unchanged";
}

/** The total, its level (and why it was held down), and the change against last year. */
function resultParagraph(analysis: Analysis, lang: Lang): string {
  const { total, year, previousYear } = analysis;
  const unit = unitName(analysis, lang);
  const level = levelText(analysis, lang);
  const th = lang === "th";
  const advice = levelAdvice(analysis, lang);
  const because = level.reason
    ? th
      ? ` เนื่องจาก ${level.reason}${advice ? ` (${advice})` : ""}`
      : `, because ${level.reason}${advice ? ` (${advice})` : ""}`
    : "";
  const head = th
    ? `ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year} ของ${unit} ได้คะแนนรวม ${num(total.score)} คะแนน อยู่ใน${inLevelTh(level.label)}${because}`
    : `In the ITA of ${fiscalYearEn(year)}, ${unit} scored ${num(total.score)} in total, level "${level.label}"${because}`;
  if (previousYear === null) return th ? head : `${head}.`;
  if (total.delta === null || total.previous === null)
    return th
      ? `${head} ส่วนปีงบประมาณ พ.ศ. ${previousYear} ไม่มีคะแนนรวม จึงไม่มีผลต่างของคะแนนรวม`
      : `${head}. ${yearEn(previousYear)} has no total, so there is no change to report.`;
  const before = th
    ? ` ${change(total.delta, lang)}จากปีงบประมาณ พ.ศ. ${previousYear} ซึ่งได้ ${num(total.previous)} คะแนน`
    : `, ${change(total.delta, lang)} on ${yearEn(previousYear)}'s ${num(total.previous)}`;
  return `${head}${before}${th ? "" : "."}${previousLevelSentence(analysis, lang)}`;
}

/** The previous year's level in its own scale; across the change of scale, said so. */
function previousLevelSentence(analysis: Analysis, lang: Lang): string {
  const prev = previousLevelText(analysis, lang);
  const year = analysis.previousYear;
  if (!prev || year === null) return "";
  const otherScale =
    (analysis.previousFramework ?? analysis.framework).letterScale !==
    analysis.framework.letterScale;
  const reason = prev.reason
    ? lang === "th"
      ? ` เนื่องจาก ${prev.reason}`
      : `, because ${prev.reason}`
    : "";
  if (lang === "th")
    return otherScale
      ? ` ส่วนปี ${year} อยู่ในระดับ ${prev.label} ตามเกณฑ์ระดับของปีนั้นซึ่งเป็นคนละแบบกับปี ${analysis.year} จึงไม่เทียบระดับของสองปีโดยตรง`
      : ` โดยปี ${year} อยู่ใน${inLevelTh(prev.label)}${reason}`;
  return otherScale
    ? ` ${yearEn(year)} was at level "${prev.label}" on that year's own scale, which differs from ${yearEn(analysis.year)}'s, so the two levels are not compared directly.`
    : ` ${yearEn(year)} was at level "${prev.label}"${reason}.`;
}

/** The most a part can give the total, as a whole number when it is one ("40", "6.67"). */
const most = (n: number) => (Number.isInteger(n) ? String(n) : num(n));

/** A score's points in the total: its weight times its score, out of the weight times 100. */
function points(weight: Dec, score: number) {
  return { got: toScore(weight.times(dec(score))), of: toScore(weight.times(100)) };
}

/**
 * A total under the pass mark explained: the tools under it, the one that lost the total most
 * first, each with its score, its weight and the points it gave the total out of those it
 * could, and the indicators that pulled it down (under their floor, weakest first).
 */
function lowTotalParagraph(analysis: Analysis, lang: Lang): string {
  const { total, framework } = analysis;
  if (total.score === null || !total.level || total.level.passed) return "";
  const th = lang === "th";
  const low = analysis.tools
    .filter(
      (t): t is typeof t & { score: number } => t.score !== null && t.score < framework.passMark,
    )
    .map((t) => ({ t, spec: framework.tools.find((s) => s.code === t.tool) }))
    .filter((x) => x.spec !== undefined)
    .map(({ t, spec }) => ({
      t,
      weight: dec(spec!.weight),
      share: dec(spec!.weight).div(spec!.indicators.length),
    }))
    .sort((a, b) => b.weight.times(100 - b.t.score).cmp(a.weight.times(100 - a.t.score)));
  if (low.length === 0) return "";
  const pct = (w: Dec) => toScore(w.times(100));
  const toolPart = ({ t, weight, share }: (typeof low)[number]) => {
    const p = points(weight, t.score);
    const inds = analysis.indicators
      .filter((i): i is typeof i & { score: number } => i.tool === t.tool && i.score !== null)
      .filter((i) => i.score < analysis.floors.indicator)
      .sort((a, b) => a.score - b.score)
      .map((i) => {
        const q = points(share, i.score);
        return th
          ? `${indName(i, lang)} (${num(i.score)} คะแนน ได้ ${num(q.got)} จาก ${most(q.of)})`
          : `${indName(i, lang)} (${num(i.score)}, giving ${num(q.got)} of ${most(q.of)})`;
      });
    const head = th
      ? `${t.tool} ได้ ${num(t.score)} คะแนน (น้ำหนักร้อยละ ${pct(weight)}) จึงให้คะแนนรวมเพียง ${num(p.got)} จาก ${most(p.of)} คะแนน`
      : `${t.tool}: at ${num(t.score)} with a weight of ${pct(weight)} %, it gives the total only ${num(p.got)} of its ${most(p.of)} points`;
    if (inds.length === 0) return head;
    return th
      ? `${head} โดยเฉพาะ${joinList(inds, lang)}`
      : `${head}, above all ${joinList(inds, lang)}`;
  };
  const [first, ...rest] = low.map(toolPart);
  return th
    ? `คะแนนรวมต่ำกว่าเกณฑ์ผ่าน ${framework.passMark} คะแนน เพราะ ${first}${rest.length > 0 ? ` รองลงมาคือ ${joinList(rest, lang)}` : ""}`
    : `The total is under the pass mark of ${framework.passMark} mostly because of ${first}${rest.length > 0 ? `; then ${joinList(rest, lang)}` : ""}.`;
}

/** Missing previous scores stated in words: a partial previous year. */
function partialSentence(analysis: Analysis, lang: Lang): string {
  const year = analysis.previousYear;
  if (year === null) return "";
  const missing = analysis.indicators
    .filter((i) => i.previous === null)
    .map((i) => String(i.number));
  if (missing.length === 0) return "";
  if (missing.length === analysis.indicators.length)
    return lang === "th"
      ? `ปีงบประมาณ พ.ศ. ${year} ไม่มีคะแนนรายตัวชี้วัด จึงไม่มีผลต่างรายตัวชี้วัด`
      : `${yearEn(year)} has no indicator scores, so indicators show no change.`;
  return lang === "th"
    ? `ปีงบประมาณ พ.ศ. ${year} มีคะแนนไม่ครบทุกตัวชี้วัด (ไม่มีคะแนนตัวชี้วัดที่ ${joinList(missing, "th")}) ตัวชี้วัดดังกล่าวจึงไม่มีผลต่าง`
    : `${yearEn(year)} is partial: indicator${missing.length > 1 ? "s" : ""} ${joinList(missing, "en")} ha${missing.length > 1 ? "ve" : "s"} no score, so no change is shown for ${missing.length > 1 ? "them" : "it"}.`;
}

type Known = Contribution & { contribution: number; delta: number };

/** Contributions with and against the total's change, each largest first. */
function movers(parts: Contribution[], delta: number): { same: Known[]; against: Known[] } {
  const known = parts.filter(
    (p): p is Known => p.contribution !== null && p.delta !== null && p.contribution !== 0,
  );
  const bySize = (a: Known, b: Known) => Math.abs(b.contribution) - Math.abs(a.contribution);
  const sign = Math.sign(delta);
  return {
    same: known.filter((p) => Math.sign(p.contribution) === sign).sort(bySize),
    against: known.filter((p) => Math.sign(p.contribution) === -sign).sort(bySize),
  };
}

/** Indicators summed: "ตัวชี้วัดอื่นอีก 2 ตัวชี้วัดรวมกัน (+0.45 คะแนน)". */
function others(rest: Known[], lang: Lang): string {
  const sum = signed(toScore(rest.reduce((s, p) => s.plus(dec(p.contribution)), dec(0))));
  return lang === "th"
    ? `ตัวชี้วัดอื่นอีก ${rest.length} ตัวชี้วัดรวมกัน (${sum} คะแนน)`
    : `${rest.length} other indicators together (${sum})`;
}

/** The runners-up by name, and the rest of them summed. */
function runnersUp(same: Known[], tagged: (p: Known) => string, lang: Lang): string[] {
  // One more is named rather than summed ("another 1 indicator together" says less).
  if (same.length <= 4) return same.slice(1).map(tagged);
  return [...same.slice(1, 3).map(tagged), others(same.slice(3), lang)];
}

/** The indicators that moved the total, largest first, with and against its change. */
function movedParagraph(analysis: Analysis, parts: Contribution[], lang: Lang): string {
  const delta = analysis.total.delta;
  if (delta === null || delta === 0) return "";
  const { same, against } = movers(parts, delta);
  const top = same[0];
  if (!top) return "";
  const th = lang === "th";
  const name = (n: number) =>
    indName(
      analysis.indicators.find((i) => i.number === n),
      lang,
    );
  const tagged = (p: Known) => `${name(p.number)} (${signed(p.contribution)}${th ? " คะแนน" : ""})`;
  const next = runnersUp(same, tagged, lang);
  const out = [
    th
      ? // A sentence of its own after the total's, not read on from it.
        `ทั้งนี้ คะแนนรวมที่${change(delta, lang)} มาจาก${name(top.number)}มากที่สุด ซึ่งคะแนน${change(top.delta, lang)} และมีผลต่อคะแนนรวม ${signed(top.contribution)} คะแนน`
      : `The total's change of ${signed(delta)} came most from ${name(top.number)}, which moved ${signed(top.delta)} and so moved the total ${signed(top.contribution)}`,
  ];
  if (next.length > 0)
    out.push(th ? ` รองลงมาคือ${joinList(next, lang)}` : `, then ${joinList(next, lang)}`);
  // A long list against the change names the three largest and sums the rest.
  const opposed =
    against.length > 4
      ? [...against.slice(0, 3).map(tagged), others(against.slice(3), lang)]
      : against.map(tagged);
  if (against.length > 0)
    out.push(
      th
        ? ` ส่วนที่ทำให้คะแนนรวม${delta > 0 ? "ลดลง" : "เพิ่มขึ้น"} ได้แก่ ${joinList(opposed, lang)}`
        : `; against it moved ${joinList(opposed, lang)}`,
    );
  return out.join("") + weightsSentence(analysis, lang) + (th ? "" : ".");
}

/** How much of an indicator's change reaches the total: the tool's weight over its indicators. */
function weightsSentence(analysis: Analysis, lang: Lang): string {
  const shares = analysis.framework.tools.map(
    (t) => `${t.code} ${dec(t.weight).div(t.indicators.length).toFixed(2)}`,
  );
  return lang === "th"
    ? ` (ผลต่างของแต่ละตัวชี้วัดมีผลต่อคะแนนรวมตามน้ำหนัก ตัวชี้วัดละ ${joinList(shares, "th")})`
    : ` (each indicator's change reaches the total by its weight: ${joinList(shares, "en")} per indicator)`;
}

/** The total against the national average of the same year, where it is known. */
function nationalSentence(analysis: Analysis, lang: Lang): string {
  const avg = analysis.framework.nationalAverage;
  const score = analysis.total.score;
  if (!avg || score === null) return "";
  const diff = toScore(dec(score).minus(dec(avg.value)));
  const th = lang === "th";
  if (diff === 0)
    return th
      ? `คะแนนรวมเท่ากับค่าเฉลี่ยของหน่วยงานภาครัฐทั้งประเทศในปีเดียวกัน (${num(avg.value)} คะแนน)`
      : `The total equals the national average of the same year (${num(avg.value)}).`;
  const where = th ? (diff > 0 ? "สูงกว่า" : "ต่ำกว่า") : diff > 0 ? "above" : "below";
  return th
    ? `คะแนนรวม${where}ค่าเฉลี่ยของหน่วยงานภาครัฐทั้งประเทศในปีเดียวกัน (${num(avg.value)} คะแนน) อยู่ ${num(Math.abs(diff))} คะแนน`
    : `The total is ${num(Math.abs(diff))} ${where} the national average of the same year (${num(avg.value)}).`;
}

/** The flags of the ten indicators in one sentence. */
function flagsSentence(analysis: Analysis, lang: Lang): string {
  const groups = (["improve", "develop", "maintain"] as const)
    .map((flag) => ({
      flag,
      list: analysis.indicators.filter((i) => i.flag === flag).map((i) => String(i.number)),
    }))
    .filter((g) => g.list.length > 0);
  if (groups.length === 0) return "";
  const th = lang === "th";
  const words = th
    ? { improve: "ต้องปรับปรุง", develop: "ต้องพัฒนา", maintain: "รักษาระดับ" }
    : { improve: "to improve", develop: "to develop", maintain: "to maintain" };
  const only = groups.length === 1 ? groups[0] : undefined;
  if (only && only.list.length === analysis.indicators.length && only.list.length > 1)
    return th
      ? `เมื่อพิจารณารายตัวชี้วัด ตัวชี้วัดทั้ง ${only.list.length} ตัวชี้วัดอยู่ในกลุ่ม${words[only.flag]} ดังรายละเอียดในการวิเคราะห์รายตัวชี้วัด`
      : `By indicator: all ${only.list.length} indicators are in the group ${words[only.flag]}, as the analysis by indicator details.`;
  const parts = groups.map((g) =>
    th
      ? `${words[g.flag]} ${g.list.length} ตัวชี้วัด (ตัวชี้วัดที่ ${joinList(g.list, "th")})`
      : `${g.list.length} ${words[g.flag]} (${g.list.length > 1 ? "indicators" : "indicator"} ${joinList(g.list, "en")})`,
  );
  return th
    ? `เมื่อพิจารณารายตัวชี้วัด มีตัวชี้วัดที่${joinList(parts, "th")} ดังรายละเอียดในการวิเคราะห์รายตัวชี้วัด`
    : `By indicator: ${joinList(parts, "en")}, as the analysis by indicator details.`;
}

/**
 * The overall paragraphs: the total, its level and change; below the pass mark, which tools and
 * indicators held it there and by how much of the weighted total; what moved it (each indicator's
 * contribution to the change, in words); the national average where known; a partial previous
 * year; the indicators' flags.
 */
export function overallParagraphs(analysis: Analysis, lang: Lang): string[] {
  const parts = contributions(analysis);
  // Why a low total is low follows the total itself, in the same paragraph.
  const result = [resultParagraph(analysis, lang), lowTotalParagraph(analysis, lang)]
    .filter(Boolean)
    .join(" ");
  return [
    result,
    movedParagraph(analysis, parts, lang),
    nationalSentence(analysis, lang),
    partialSentence(analysis, lang),
    flagsSentence(analysis, lang),
  ].filter(Boolean);
}
