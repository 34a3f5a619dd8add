import type { Analysis } from "../analyse/types";
import { dec, toScore } from "../decimal";
import type { Contribution } from "./types";

/**
 * Each indicator's share of the change of the total: its change times its weight in the total
 * (the tool's weight shared equally by the tool's indicators: IIT 0.3/5, EIT 0.3/3, OIT 0.4/2).
 *
 * @example seed 2568: indicator 9 changed +23.42 → contribution +4.68 of the total's +7.79
 */
export function contributions(analysis: Analysis): Contribution[] {
  return analysis.indicators.map((ind) => {
    const tool = analysis.framework.tools.find((t) => t.code === ind.tool);
    const share = tool ? dec(tool.weight).div(tool.indicators.length) : null;
    return {
      number: ind.number,
      tool: ind.tool,
      delta: ind.delta,
      contribution:
        ind.delta === null || share === null ? null : toScore(dec(ind.delta).times(share)),
    };
  });
}
