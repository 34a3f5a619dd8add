import { a1 } from "../address";
import type { SheetSpec } from "./spec";

/**
 * Groups a sheet's cells by style name into rectangular areas (runs of a row, stacked where the
 * runs repeat), so writers format per style over range areas, never per cell.
 *
 * @example styleAreas(sheet).get("header") //=> ["A3:E3"]
 */
export function styleAreas(sheet: Pick<SheetSpec, "rows">): Map<string, string[]> {
  // Horizontal runs per row.
  type Run = { style: string; left: number; right: number; top: number; bottom: number };
  const open = new Map<string, Run>();
  const done: Run[] = [];
  sheet.rows.forEach((row, r) => {
    const runs: Run[] = [];
    row.forEach((cell, c) => {
      if (!cell?.s) return;
      const prev = runs[runs.length - 1];
      if (prev && prev.style === cell.s && prev.right === c) prev.right = c + 1;
      else runs.push({ style: cell.s, left: c + 1, right: c + 1, top: r + 1, bottom: r + 1 });
    });
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.style}|${run.left}|${run.right}`;
      seen.add(key);
      const above = open.get(key);
      if (above && above.bottom === r) above.bottom = r + 1;
      else {
        if (above) done.push(above);
        open.set(key, run);
      }
    }
    for (const [key, run] of open) {
      if (!seen.has(key) && run.bottom < r + 1) {
        done.push(run);
        open.delete(key);
      }
    }
  });
  done.push(...open.values());
  const out = new Map<string, string[]>();
  for (const run of done.sort((x, y) => x.top - y.top || x.left - y.left)) {
    const range = `${a1(run.top, run.left)}:${a1(run.bottom, run.right)}`;
    const list = out.get(run.style) ?? [];
    list.push(range);
    out.set(run.style, list);
  }
  return out;
}
