import type { Analysis } from "../analyse/types";
import { openDataSteps, planIssueText, sameIssueText } from "../prose/planIssueText";
import type { PlanRow } from "../layout/planSheet";
import { adjustByFollowUp, carryForward } from "../followup/nextPlan";
import type { EarlierPlan } from "../followup/readEarlierPlan";
import type { Lang } from "../types";
import { agencyOf } from "../agency/agencyOf";
import { sayAgencyWords } from "../agency/words";
import { yearIn } from "../prose/format";
import { indicatorText, planChoices, type PlanChoice } from "./planChoices";
import { STATUSES, STATUS_KEYS } from "./statuses";
import { beforeCheckPeriod, fiscalYearPeriod } from "./period";
import { responsibleFor } from "./responsible";

/** One row of the action plan: its columns are the plan's column definition's (planSheet.ts). */
export type { PlanRow };

export { STATUSES, STATUS_KEYS, indicatorText };

/**
 * The action plan, for the next fiscal year: per indicator the measures by topic
 * (measuresFor.ts), each row with the weak items it answers. The issue says in words what is
 * weak and why, for the row's own items; a row whose issue an earlier row already states points
 * at that row. An OIT row publishes what is missing: its items' fixes (the year file's, with
 * the year each must cover) are its steps. The ITA-results measure is this very report, done
 * before the next OIT check. The responsible unit follows the measure's area and the kind of
 * agency, unless `responsible` names one unit for every row.
 *
 * Built on the earlier plan (`earlier`, with `analysis.followUp`'s verdicts): a measure done
 * without effect gives way to a different one for its topics, one done that worked is not
 * repeated unless the indicator still needs it, and the unfinished rows are carried forward
 * with staff's text (followup/nextPlan.ts).
 */
export function buildPlan(
  analysis: Analysis,
  lang: Lang,
  responsible?: string,
  earlier?: EarlierPlan | null,
): PlanRow[] {
  const write = planRowWriter(analysis, lang, responsible);
  const followUp = earlier ? analysis.followUp : null;
  if (!earlier || !followUp) return pointRepeats(planChoices(analysis).map(write.row), lang);
  const fresh = planChoices(analysis, adjustByFollowUp(followUp)).map((choice) => ({
    choice,
    row: write.row(choice),
  }));
  return pointRepeats(
    carryForward(fresh, analysis, earlier, followUp, lang, write.period, write.fill),
    lang,
  );
}

/**
 * Writes the plan's rows of an analysis: `row` a chosen measure's, with the year and the
 * agency's own words (every division, whom it serves…) in the library's text (`fill`).
 */
export function planRowWriter(analysis: Analysis, lang: Lang, responsible?: string) {
  const planYear = analysis.year + 1;
  const period = fiscalYearPeriod(planYear, lang);
  const agency = agencyOf(analysis);
  const kind = agency.kind;
  const fill = (text: string) =>
    sayAgencyWords(
      text
        .replace(/\{year\}/g, yearIn(analysis.year, lang))
        .replace(/\{planYear\}/g, yearIn(planYear, lang)),
      agency,
      lang,
    );
  const row = ({ id, measure: m, indicator: ind, items }: PlanChoice): PlanRow => {
    const codes = items.length > 0 ? items : undefined;
    const publish =
      ind.tool === "OIT" && codes && !m.ownSteps ? openDataSteps(ind, analysis, lang, codes) : [];
    return {
      id,
      measure: fill(m.title[lang]),
      indicator: indicatorText(ind, lang),
      issue: fill(planIssueText(ind, analysis, lang, codes)),
      steps: (publish.length > 0 ? publish.map(fill) : m.steps.map((s) => fill(s[lang])))
        .map((s, n) => `${n + 1}. ${s}`)
        .join("\n"),
      period: m.dated ? beforeCheckPeriod(planYear, lang) : period,
      responsible: responsible ?? responsibleFor(m.domain, kind, lang),
      status: STATUSES[lang][0] as string,
    };
  };
  return { row, fill, period };
}

/** A row whose issue an earlier row already states points at that row instead. */
export function pointRepeats(rows: PlanRow[], lang: Lang): PlanRow[] {
  return rows.map((row, i) => {
    const first = rows.findIndex((r) => r.issue === row.issue);
    return first < i ? { ...row, issue: sameIssueText(first + 1, lang) } : row;
  });
}
