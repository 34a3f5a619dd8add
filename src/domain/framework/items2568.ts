import type { ItemSpec } from "./types";

const range = (prefix: string, count: number, indicator: (n: number) => number): ItemSpec[] =>
  Array.from({ length: count }, (_, i) => ({
    code: `${prefix}${i + 1}`,
    indicator: indicator(i + 1),
  }));

/** IIT i1–i15 and EIT e1–e9, three per indicator in order [S: seed 2568]. */
export const SURVEY_ITEMS: ItemSpec[] = [
  ...range("i", 15, (n) => Math.ceil(n / 3)),
  ...range("e", 9, (n) => 5 + Math.ceil(n / 3)),
];

/** OIT items of 2568: o1–o20 → indicator 9, o21–o28 → indicator 10 [S: seed 2568]. */
export const OIT_ITEMS_2568: ItemSpec[] = range("o", 28, (n) => (n <= 20 ? 9 : 10));
