import type { GenerateOptions } from "../domain/generate";
import { isoDateCE } from "../domain/layout/memoDate";
import { fiscalYearOf } from "../domain/plan/period";
import type { Lang } from "../domain/types";
import type { PaneSettings } from "./paneHost";

/**
 * The pane's saved options as the call the command line makes, on the day `now` (the plan's
 * current fiscal year, the memo's date when none is given).
 */
export function toOptions(s: PaneSettings, now: Date): GenerateOptions {
  const floors = {
    ...(s.indicatorFloor !== undefined ? { indicator: s.indicatorFloor } : {}),
    ...(s.itemFloors ? { item: s.itemFloors } : {}),
  };
  return {
    currentYear: fiscalYearOf(now),
    ...(s.year ? { year: s.year } : {}),
    ...(s.previousYear ? { previousYear: s.previousYear } : {}),
    lang: (s.lang ?? "th") as Lang,
    ...(s.responsible ? { responsible: s.responsible } : {}),
    ...(s.unit?.trim() ? { unit: s.unit.trim() } : {}),
    ...(s.unitEn?.trim() ? { unitEn: s.unitEn.trim() } : {}),
    ...(s.kind ? { kind: s.kind } : {}),
    ...(s.date && isoDateCE(s.date) ? { date: s.date } : {}),
    ...(s.digits ? { digits: s.digits } : {}),
    today: isoDate(now),
    ...(Object.keys(floors).length ? { floors } : {}),
    ...(s.yearFiles?.length ? { yearFiles: s.yearFiles } : {}),
  };
}

/** The local calendar date as `YYYY-MM-DD`, for the memo's date. */
function isoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
