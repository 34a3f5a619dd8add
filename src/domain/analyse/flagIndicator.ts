import type { Flag } from "../types";
import type { Floors, ItemResult, ScoreLine } from "./types";

/**
 * Flags an indicator: `improve` when its score is under the floor or an item is under its
 * floor; `develop` when it is lower than last year; `maintain` otherwise. Returns the items
 * that caused the flag, weakest first.
 */
export function flagIndicator(
  line: ScoreLine,
  items: ItemResult[],
  floors: Floors,
): { flag: Flag | null; causes: { code: string; score: number }[] } {
  if (line.score === null) return { flag: null, causes: [] };
  const scored = items.filter((i): i is ItemResult & { score: number } => i.score !== null);
  const weakest = (list: typeof scored) =>
    [...list].sort((a, b) => a.score - b.score).map((i) => ({ code: i.code, score: i.score }));
  const weak = scored.filter((i) => i.belowFloor);
  if (line.score < floors.indicator || weak.length > 0)
    return { flag: "improve", causes: weakest(weak) };
  if (line.delta !== null && line.delta < 0) {
    const fell = scored.filter((i) => i.delta !== null && i.delta < 0);
    if (fell.length > 0) return { flag: "develop", causes: weakest(fell) };
    const low = Math.min(...scored.map((i) => i.score));
    return {
      flag: "develop",
      causes: weakest(scored.filter((i) => i.score === low && i.score < 100)),
    };
  }
  return { flag: "maintain", causes: [] };
}
