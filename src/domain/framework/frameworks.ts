import { INDICATORS, TOOLS } from "./indicators";
import { OIT_ITEMS_2568, SURVEY_ITEMS } from "./items2568";
import type { Band, Framework } from "./types";

/** Bands up to 2566 [V]. */
const BANDS_AA_F: Band[] = [
  { min: 95, label: { th: "AA", en: "AA" }, passed: true },
  { min: 85, label: { th: "A", en: "A" }, passed: true },
  { min: 75, label: { th: "B", en: "B" }, passed: false },
  { min: 65, label: { th: "C", en: "C" }, passed: false },
  { min: 55, label: { th: "D", en: "D" }, passed: false },
  { min: 50, label: { th: "E", en: "E" }, passed: false },
  { min: 0, label: { th: "F", en: "F" }, passed: false },
];

/** Bands from 2567 on [S]. */
const BANDS_PASS: Band[] = [
  { min: 95, label: { th: "ผ่านดีเยี่ยม", en: "Passed, excellent" }, passed: true },
  { min: 85, label: { th: "ผ่านดี", en: "Passed, good" }, passed: true },
  { min: 0, label: { th: "ไม่ผ่าน", en: "Not passed" }, passed: false },
];

function framework(year: number, extra: Partial<Framework>): Framework {
  return {
    year,
    tools: TOOLS,
    indicators: INDICATORS,
    items: [],
    bands: year <= 2566 ? BANDS_AA_F : BANDS_PASS,
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

/** The frameworks we know, by fiscal year (BE). See README.md beside this file to add one. */
export const FRAMEWORKS: Record<number, Framework> = {
  2563: framework(2563, {}),
  2564: framework(2564, {}),
  2565: framework(2565, {}),
  2566: framework(2566, {}),
  2567: framework(2567, { items: SURVEY_ITEMS }),
  2568: framework(2568, {
    items: [...SURVEY_ITEMS, ...OIT_ITEMS_2568],
    status: { indicators: "V", weights: "U", bands: "S", items: "S" },
  }),
  // 2569: 26 OIT items for a general agency, numbering differs for local governments [V/U]:
  // only the survey items are given; the workbook's own OIT list is used.
  2569: framework(2569, { items: SURVEY_ITEMS }),
};
