/** A `YYYY-MM-DD` date with a Buddhist-era (2568) or Common-Era (2025) year, as `YYYY-MM-DD` CE; null if it is no such date. */
export function isoDateCE(text: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec((text ?? "").trim());
  if (!m) return null;
  const year = Number(m[1]) >= 2400 ? Number(m[1]) - 543 : Number(m[1]);
  const [month, day] = [Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two(day)}`;
}

/** The fiscal year (BE) of a `YYYY-MM-DD` CE date: 1 October starts the next one. */
export function fiscalYearOfIso(iso: string): number {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return y + 543 + (m >= 10 ? 1 : 0);
}

export interface MemoDate {
  /** The date printed (`YYYY-MM-DD` CE), or null: left for staff to fill. */
  iso: string | null;
  from: "option" | "today" | null;
}

/**
 * The memo's date: the one chosen in the options; else today, but only when today falls in the
 * plan's fiscal year (a 2565 report generated in 2569 is not dated 2569); else none, left for
 * staff to fill.
 *
 * @example memoDate({ today: "2025-11-24" }, 2569) //=> { iso: "2025-11-24", from: "today" }
 * @example memoDate({ today: "2026-12-03" }, 2566) //=> { iso: null, from: null }
 */
export function memoDate(
  options: { date?: string | null; today?: string | null },
  planYear: number,
): MemoDate {
  const chosen = isoDateCE(options.date);
  if (chosen) return { iso: chosen, from: "option" };
  const today = isoDateCE(options.today);
  if (today && fiscalYearOfIso(today) === planYear) return { iso: today, from: "today" };
  return { iso: null, from: null };
}
