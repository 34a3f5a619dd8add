import type { Analysis } from "../analyse/types";
import type { Band, Framework } from "../framework/types";
import { f2 } from "../messages";
import type { Lang, ToolCode } from "../types";
import type { LevelText } from "./types";

/** One year's level and what it was computed from. */
interface YearLevel {
  band: Band | null;
  heldBy: ToolCode[];
  total: number | null;
  framework: Framework;
  toolScore: (t: ToolCode) => number | null;
}

const PASSED = { th: ["ผ่าน", "ไม่ผ่าน"], en: ["passed", "not passed"] } as const;

/** The tool floor a held-down level failed: the one of the band just above it. */
function failedFloor(y: YearLevel): number | null {
  if (y.band === null || y.total === null) return null;
  const total = y.total;
  const reached = y.framework.bands.filter((b) => total >= b.min);
  const at = reached.indexOf(y.band);
  return at > 0 ? (reached[at - 1]?.toolFloor ?? null) : null;
}

/** "IIT 75.40 และ EIT 80.35 ต่ำกว่า 85 คะแนน" / "IIT 75.40 and EIT 80.35 are under 85". */
function reasonText(y: YearLevel, floor: number, lang: Lang): string {
  const parts = y.heldBy.map((t) => `${t} ${f2(y.toolScore(t))}`);
  if (lang === "th") return `${parts.join(" และ ")} ต่ำกว่า ${floor} คะแนน`;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `${list} ${parts.length > 1 ? "are" : "is"} under ${floor}`;
}

function describe(y: YearLevel, lang: Lang): LevelText {
  if (y.band === null) return { label: "-", heldBy: [], reason: null, full: "-" };
  const floor = y.heldBy.length > 0 ? failedFloor(y) : null;
  const reason = floor === null ? null : reasonText(y, floor, lang);
  const passWord = PASSED[lang][y.band.passed ? 0 : 1];
  const label = y.framework.letterScale
    ? `${y.band.label[lang]} (${passWord})`
    : y.band.label[lang];
  return { label, heldBy: y.heldBy, reason, full: reason ? `${label} — ${reason}` : label };
}

function yearLevel(analysis: Analysis, which: "current" | "previous"): YearLevel {
  const { total } = analysis;
  const now = which === "current";
  return {
    band: now ? total.level : total.previousLevel,
    heldBy: now ? total.levelHeldBy : total.previousLevelHeldBy,
    total: now ? total.score : total.previous,
    framework: now ? analysis.framework : (analysis.previousFramework ?? analysis.framework),
    toolScore: (t) => {
      const tool = analysis.tools.find((x) => x.tool === t);
      return (now ? tool?.score : tool?.previous) ?? null;
    },
  };
}

/**
 * The assessment year's level in its own words, with the reason when a tool held it down;
 * letter levels (AA–F) say whether they passed.
 *
 * @example "ผ่าน — IIT 75.40 และ EIT 80.35 ต่ำกว่า 85 คะแนน", "ผ่านดี", "A (ผ่าน)"
 */
export function levelText(analysis: Analysis, lang: Lang): LevelText {
  return describe(yearLevel(analysis, "current"), lang);
}

/**
 * The previous year's level in its own year's scale ("A (ผ่าน)" for 2566, "ผ่านดี" for 2567),
 * or null when there is no previous total.
 */
export function previousLevelText(analysis: Analysis, lang: Lang): LevelText | null {
  if (analysis.previousYear === null || analysis.total.previousLevel === null) return null;
  return describe(yearLevel(analysis, "previous"), lang);
}

/**
 * What to raise when tools held the level down: the tools and the floor that gives the band
 * just above, or null when nothing held it down.
 *
 * @example "ต้องยกคะแนน EIT ให้ถึง 85 คะแนนขึ้นไป จึงจะได้ระดับผ่านดี"
 */
export function levelAdvice(analysis: Analysis, lang: Lang): string | null {
  const y = yearLevel(analysis, "current");
  const floor = failedFloor(y);
  if (y.heldBy.length === 0 || floor === null || y.total === null) return null;
  const total = y.total;
  const reached = y.framework.bands.filter((b) => total >= b.min);
  const above = reached[reached.indexOf(y.band as Band) - 1];
  if (!above) return null;
  const tools = y.heldBy.join(lang === "th" ? " และ " : " and ");
  return lang === "th"
    ? `ต้องยกคะแนน ${tools} ให้ถึง ${floor} คะแนนขึ้นไป จึงจะได้ระดับ${above.label.th}`
    : `raising ${tools} to at least ${floor} would give the level "${above.label.en}"`;
}

/**
 * "ระดับ" and a level's label as Thai writes them: joined to a Thai word, a space before a
 * letter level.
 *
 * @example inLevelTh("ผ่านดี") //=> "ระดับผ่านดี"; inLevelTh("A (ผ่าน)") //=> "ระดับ A (ผ่าน)"
 */
export function inLevelTh(label: string): string {
  return /^[A-Za-z]/.test(label) ? `ระดับ ${label}` : `ระดับ${label}`;
}
