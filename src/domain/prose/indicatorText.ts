import type { IndicatorResult, Analysis } from "../analyse/types";
import { f2 } from "../messages";
import { measuresFor } from "../plan/measuresFor";
import type { Lang } from "../types";
import type { IndicatorText } from "./types";

const T = {
  th: {
    none: "- ไม่มี -",
    under: (code: string, score: number, floor: number) =>
      `ข้อ ${code} ได้ ${f2(score)} ต่ำกว่าเกณฑ์ ${floor}`,
    indicatorUnder: (score: number, floor: number) =>
      `คะแนนตัวชี้วัด ${f2(score)} ต่ำกว่าเกณฑ์ผ่าน ${floor}`,
    fell: (delta: number, year: number) => `คะแนนลดลง ${f2(Math.abs(delta))} คะแนนจากปี ${year}`,
    lowest: (items: string) => `ข้อที่ควรพัฒนา: ${items}`,
    keepItems: (items: string) => `ข้อที่ได้ตามเกณฑ์: ${items}`,
    keepMany: (n: number, all: boolean) =>
      all ? `ได้ตามเกณฑ์ทุกข้อ (${n} ข้อ)` : `ข้ออื่นอีก ${n} ข้อได้ตามเกณฑ์`,
    keepScore: (score: number) => `คะแนน ${f2(score)} ผ่านเกณฑ์ ควรรักษามาตรฐานการปฏิบัติงานไว้`,
    found: "ข้อบกพร่องที่ตรวจพบ",
    fix: "ข้อที่ต้องแก้ไขปรับปรุง",
    keep: "ข้อที่ต้องรักษาระดับไว้",
  },
  en: {
    none: "- none -",
    under: (code: string, score: number, floor: number) =>
      `${code} scored ${f2(score)}, under ${floor}`,
    indicatorUnder: (score: number, floor: number) =>
      `the indicator scored ${f2(score)}, under the pass mark ${floor}`,
    fell: (delta: number, year: number) => `down ${f2(Math.abs(delta))} points from ${year}`,
    lowest: (items: string) => `items to develop: ${items}`,
    keepItems: (items: string) => `items at standard: ${items}`,
    keepMany: (n: number, all: boolean) =>
      all ? `all ${n} items meet the standard` : `the other ${n} items meet the standard`,
    keepScore: (score: number) =>
      `${f2(score)} meets the standard; keep the practice that earned it`,
    found: "Weakness found",
    fix: "What must be fixed",
    keep: "What must be kept",
  },
};

/** The three parts' headings. */
export function sectionTitles(lang: Lang) {
  return { found: T[lang].found, fix: T[lang].fix, keep: T[lang].keep };
}

/** Writes the analysis of one indicator in the chosen language. */
export function indicatorText(ind: IndicatorResult, analysis: Analysis, lang: Lang): IndicatorText {
  const t = T[lang];
  const floor = analysis.floors.item[ind.tool];
  const list = (items: { code: string; score: number }[]) =>
    items.map((i) => `${i.code} ${f2(i.score)}`).join(", ");
  const strong = ind.items.filter(
    (i): i is typeof i & { score: number } => i.score !== null && i.score >= floor,
  );
  const keepList =
    strong.length > 6
      ? t.keepMany(strong.length, strong.length === ind.items.length)
      : strong.length > 0
        ? t.keepItems(list(strong))
        : null;
  const keep = [keepList, ind.score !== null ? t.keepScore(ind.score) : null]
    .filter(Boolean)
    .join("; ");
  const fixes = measuresFor(ind).map((m) => m.title[lang]);
  if (ind.flag === "improve") {
    const found = [
      ind.score !== null && ind.score < analysis.floors.indicator
        ? t.indicatorUnder(ind.score, analysis.floors.indicator)
        : null,
      ...ind.causes.map((c) => t.under(c.code, c.score, floor)),
    ].filter(Boolean);
    return { found: found.join("; "), fix: fixes.join("; "), keep: keepList ?? t.none };
  }
  if (ind.flag === "develop") {
    const found = [
      ind.delta !== null && analysis.previousYear !== null
        ? t.fell(ind.delta, analysis.previousYear)
        : null,
      ind.causes.length > 0 ? t.lowest(list(ind.causes)) : null,
    ]
      .filter(Boolean)
      .join("; ");
    return { found, fix: fixes.join("; "), keep };
  }
  return { found: t.none, fix: t.none, keep };
}
