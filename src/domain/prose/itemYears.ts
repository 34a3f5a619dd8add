import type { Analysis, IndicatorResult, ItemResult } from "../analyse/types";
import type { Lang } from "../types";
import { itemName } from "./clauses";
import { codeList, joinList, num, yearEn } from "./format";
import type { ItemYearsText } from "./types";

/** An item under its floor or above it, this year and the year before. */
interface Compared {
  item: ItemResult & { score: number; previous: number };
  ind: IndicatorResult;
}

/** A list of more items than this names them by their codes, indicator by indicator: the
 *  table above gives each one's question and both scores, and the analysis keeps its pages. */
const NAMED_AT_MOST = 4;

/**
 * With three years or more in the table (a trend), the items weak two years running (under
 * their item floor this year and the year before) and those that recovered (under it the year
 * before, at or above it now): a few each named by what it asks about with its code and both
 * scores, more by their codes indicator by indicator. Only items with a score in both years are
 * judged; without a trend, without the previous year's item scores, or with neither kind of
 * item, nothing is said (null).
 */
export function itemYearsText(analysis: Analysis, lang: Lang): ItemYearsText | null {
  const { previousYear, year, floors } = analysis;
  if (previousYear === null || (analysis.trend ?? []).length < 3) return null;
  const weak: Compared[] = [];
  const recovered: Compared[] = [];
  for (const ind of analysis.indicators)
    for (const item of ind.items) {
      if (item.score === null || item.previous === null) continue;
      const floor = floors.item[ind.tool];
      if (item.previous >= floor) continue;
      const compared = { item: { ...item, score: item.score, previous: item.previous }, ind };
      (item.score < floor ? weak : recovered).push(compared);
    }
  if (weak.length === 0 && recovered.length === 0) return null;
  const th = lang === "th";
  const named = ({ item, ind }: Compared) =>
    itemName(
      {
        code: item.code,
        score: item.score,
        delta: item.delta,
        label: item.label,
        topic: item.topic,
        indicator: item.indicator,
      },
      ind.tool,
      analysis,
      lang,
    );
  /** "<name> (o12 ได้ 50.00 คะแนนทั้ง 2 ปี)", "(o12 ได้ 50.00 และ 45.00 คะแนน ตามลำดับ)". */
  const name = ({ item, ind }: Compared) => {
    const same = item.previous === item.score;
    const scores = th
      ? same
        ? `ได้ ${num(item.score)} คะแนนทั้ง 2 ปี`
        : `ได้ ${num(item.previous)} และ ${num(item.score)} คะแนน ตามลำดับ`
      : same
        ? `${num(item.score)} both years`
        : `${num(item.previous)} and ${num(item.score)}`;
    return `${named({ item, ind })} (${item.code}${th ? " " : ": "}${scores})`;
  };
  /** "<name> (i10 จาก 55.00 เป็น 90.00 คะแนน)". */
  const rose = (c: Compared) =>
    th
      ? `${named(c)} (${c.item.code} จาก ${num(c.item.previous)} เป็น ${num(c.item.score)} คะแนน)`
      : `${named(c)} (${c.item.code}: from ${num(c.item.previous)} to ${num(c.item.score)})`;
  /** "ตัวชี้วัดที่ 1 (i1–i3) และตัวชี้วัดที่ 9 (o12, o14)". */
  const byIndicator = (list: Compared[]) => {
    const groups = new Map<number, string[]>();
    for (const c of list)
      groups.set(c.ind.number, [...(groups.get(c.ind.number) ?? []), c.item.code]);
    return joinList(
      [...groups].map(([n, codes]) => `${th ? "ตัวชี้วัดที่" : "indicator"} ${n} (${codeList(codes)})`),
      lang,
    );
  };
  const listOf = (list: Compared[], one: (c: Compared) => string) =>
    list.length > NAMED_AT_MOST ? byIndicator(list) : joinList(list.map(one), lang);
  const paragraphs: string[] = [];
  if (weak.length > 0)
    paragraphs.push(
      th
        ? `ข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อติดต่อกัน 2 ปี (ปีงบประมาณ พ.ศ. ${previousYear} และ ${year}) มี ${weak.length} ข้อ ได้แก่ ${listOf(weak, name)}`
        : `${weak.length === 1 ? "One item was" : `${weak.length} items were`} under the item floor two years running (${yearEn(previousYear)} and ${yearEn(year)}): ${listOf(weak, name)}.`,
    );
  if (recovered.length > 0)
    paragraphs.push(
      th
        ? `ข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อในปีงบประมาณ พ.ศ. ${previousYear} และได้คะแนนไม่ต่ำกว่าเกณฑ์ในปีงบประมาณ พ.ศ. ${year} มี ${recovered.length} ข้อ ได้แก่ ${listOf(recovered, rose)}`
        : `${recovered.length === 1 ? "One item" : `${recovered.length} items`} under the item floor in ${yearEn(previousYear)} ${recovered.length === 1 ? "is" : "are"} at or above it in ${yearEn(year)}: ${listOf(recovered, rose)}.`,
    );
  return {
    heading: th
      ? `ผลคะแนนรายข้อเทียบกับปีงบประมาณ พ.ศ. ${previousYear}`
      : `Items compared with ${yearEn(previousYear)}`,
    paragraphs,
    weak: weak.map((w) => w.item.code),
    recovered: recovered.map((r) => r.item.code),
  };
}
