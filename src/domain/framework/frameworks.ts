import { INDICATORS, TOOLS } from "./indicators";
import { OIT_ITEMS_2568, SURVEY_ITEMS } from "./items2568";
import type { Band, Framework } from "./types";

/** Bands up to 2566: letters on the total alone [V]. */
const BANDS_AA_F: Band[] = [
  { min: 95, label: { th: "AA", en: "AA" }, passed: true, evidence: "V" },
  { min: 85, label: { th: "A", en: "A" }, passed: true, evidence: "V" },
  { min: 75, label: { th: "B", en: "B" }, passed: false, evidence: "V" },
  { min: 65, label: { th: "C", en: "C" }, passed: false, evidence: "V" },
  { min: 55, label: { th: "D", en: "D" }, passed: false, evidence: "V" },
  { min: 50, label: { th: "E", en: "E" }, passed: false, evidence: "V" },
  { min: 0, label: { th: "F", en: "F" }, passed: false, evidence: "V" },
];

/**
 * Levels from 2567 on: five levels, the top two with a floor on every tool (ITA-FACTS.md,
 * "Levels"). ผ่านดีเยี่ยม's tool floor is the least certain part [U: agencies' code only];
 * ผ่านดี's [S: NACC's statement of August 2568 and agencies' published levels].
 */
const BANDS_2567: Band[] = [
  {
    min: 95,
    toolFloor: 95,
    label: { th: "ผ่านดีเยี่ยม", en: "Excellent" },
    passed: true,
    evidence: "U",
  },
  {
    min: 85,
    toolFloor: 85,
    label: { th: "ผ่านดี", en: "Good" },
    passed: true,
    evidence: "S",
  },
  { min: 85, label: { th: "ผ่าน", en: "Pass" }, passed: true, evidence: "S" },
  { min: 70, label: { th: "ต้องปรับปรุง", en: "Needs improvement" }, passed: false, evidence: "S" },
  {
    min: 0,
    label: { th: "ต้องปรับปรุงโดยด่วน", en: "Needs urgent improvement" },
    passed: false,
    evidence: "S",
  },
];

const NEWS = "news reports of NACC's announcement";

function framework(year: number, extra: Partial<Framework>): Framework {
  return {
    year,
    tools: TOOLS,
    indicators: INDICATORS,
    items: [],
    bands: year <= 2566 ? BANDS_AA_F : BANDS_2567,
    letterScale: year <= 2566,
    passMark: 85,
    indicatorFloor: 85,
    status: {
      indicators: "V",
      weights: year <= 2566 ? "V" : "U",
      bands: year <= 2566 ? "V" : "S",
      items: "U",
    },
    ...extra,
  };
}

/**
 * The frameworks we know, by fiscal year (BE). Their keys are the supported years: nothing
 * else in the project lists them (see `knownYears`). README.md beside this file says how to
 * add one.
 */
export const FRAMEWORKS: Record<number, Framework> = {
  2563: framework(2563, {}),
  2564: framework(2564, {}),
  2565: framework(2565, {}),
  2566: framework(2566, {}),
  2567: framework(2567, {
    items: SURVEY_ITEMS,
    nationalAverage: { value: 93.05, evidence: "S", source: NEWS },
  }),
  2568: framework(2568, {
    items: [...SURVEY_ITEMS, ...OIT_ITEMS_2568],
    nationalAverage: { value: 93.82, evidence: "S", source: NEWS },
    status: { indicators: "V", weights: "U", bands: "S", items: "S" },
  }),
  // 2569: 26 OIT items for a general agency, numbering differs for local governments [V/U]:
  // only the survey items are given; the workbook's own OIT list is used.
  2569: framework(2569, { items: SURVEY_ITEMS }),
};
