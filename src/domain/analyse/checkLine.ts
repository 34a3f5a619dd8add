import { absDiff, dec, round2, toScore, type Dec } from "../decimal";
import { msg } from "../messages";
import type { Bilingual, Finding } from "../types";

type Rule = "mean" | "mean-with-part2" | "subindicators" | "tool" | "total";

/**
 * Compares a reported value with the one recomputed from the level below. A difference of at
 * most 0.01 is rounding (`info`); beyond that it is an `error`, except where the table cannot
 * hold everything the published figure is made of (EIT part 2, OIT sub-indicators): a `warning`.
 */
export function checkLine(
  findings: Finding[],
  what: Bilingual,
  value: { reported: Dec | null; computed: Dec | null; cell: string | null },
  rule: Rule,
  /** The year's weighting of the tools in words, for a total that does not add up. */
  weights = "",
): void {
  if (!value.reported || !value.computed) return;
  const found = toScore(value.reported);
  const expected = toScore(round2(value.computed));
  const diff = absDiff(dec(found), dec(expected));
  if (diff === 0) return;
  const base = { cell: value.cell, expected, found };
  if (diff <= 0.01) {
    findings.push({
      ...base,
      severity: "info",
      rule: "rounding",
      message: msg.rounding(what, found, expected),
    });
    return;
  }
  switch (rule) {
    case "mean":
      findings.push({
        ...base,
        severity: "error",
        rule: "indicator-mismatch",
        message: msg.indicatorNotMean(what, found, expected),
      });
      return;
    case "mean-with-part2":
      findings.push({
        ...base,
        severity: "warning",
        rule: "eit-part2",
        message: msg.eitPart2(what, found, expected),
      });
      return;
    case "subindicators":
      findings.push({
        ...base,
        severity: "warning",
        rule: "oit-subindicators",
        message: msg.oitSubindicators(what, found, expected),
      });
      return;
    case "tool":
      findings.push({
        ...base,
        severity: "error",
        rule: "tool-mismatch",
        message: msg.toolMismatch(what, found, expected),
      });
      return;
    case "total":
      findings.push({
        ...base,
        severity: "error",
        rule: "total-mismatch",
        message: msg.totalMismatch(found, expected, weights),
      });
      return;
  }
}
