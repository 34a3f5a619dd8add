import type { Analysis } from "../analyse/types";
import { openDataSteps, planIssueText, sameIssueText } from "../prose/planIssueText";
import type { PlanRow } from "../layout/planSheet";
import type { Lang } from "../types";
import { agencyOf } from "../agency/agencyOf";
import { sayAgencyWords } from "../agency/words";
import { yearIn } from "../prose/format";
import { measuresFor } from "./measuresFor";
import { beforeCheckPeriod, fiscalYearPeriod } from "./period";
import { responsibleFor } from "./responsible";

/** One row of the action plan: its columns are the plan's column definition's (planSheet.ts). */
export type { PlanRow };

export const STATUSES = {
  th: ["ยังไม่เริ่ม", "กำลังดำเนินการ", "ดำเนินการแล้ว", "ยกเลิก"],
  en: ["Not started", "In progress", "Done", "Cancelled"],
};

/**
 * The action plan, for the next fiscal year: per indicator the measures by topic
 * (measuresFor.ts), each row with the weak items it answers. The issue says in words what is
 * weak and why, for the row's own items; a row whose issue an earlier row already states points
 * at that row. An OIT row publishes what is missing: its items' fixes (the year file's, with
 * the year each must cover) are its steps. The ITA-results measure is this very report, done
 * before the next OIT check. The responsible unit follows the measure's area and the kind of
 * agency, unless `responsible` names one unit for every row.
 */
export function buildPlan(analysis: Analysis, lang: Lang, responsible?: string): PlanRow[] {
  const planYear = analysis.year + 1;
  const period = fiscalYearPeriod(planYear, lang);
  const agency = agencyOf(analysis);
  const kind = agency.kind;
  // The year and the agency's own words (every division, whom it serves…) in the library's text.
  const fill = (text: string) =>
    sayAgencyWords(
      text
        .replace(/\{year\}/g, yearIn(analysis.year, lang))
        .replace(/\{planYear\}/g, yearIn(planYear, lang)),
      agency,
      lang,
    );
  const seen = new Set<string>();
  const rows = analysis.indicators.flatMap((ind) =>
    measuresFor(ind, analysis.framework).map(({ measure: m, items }) => {
      const codes = items.length > 0 ? items : undefined;
      const publish =
        ind.tool === "OIT" && codes && !m.ownSteps ? openDataSteps(ind, analysis, lang, codes) : [];
      // A measure whose topics sit in two indicators this year appears under each.
      const id = seen.has(m.id) ? `${m.id}-${ind.number}` : m.id;
      seen.add(m.id);
      return {
        id,
        measure: fill(m.title[lang]),
        indicator: `${ind.number}. ${ind.name[lang]}`,
        issue: fill(planIssueText(ind, analysis, lang, codes)),
        steps: (publish.length > 0 ? publish.map(fill) : m.steps.map((s) => fill(s[lang])))
          .map((s, n) => `${n + 1}. ${s}`)
          .join("\n"),
        period: m.dated ? beforeCheckPeriod(planYear, lang) : period,
        responsible: responsible ?? responsibleFor(m.domain, kind, lang),
        status: STATUSES[lang][0] as string,
      };
    }),
  );
  return pointRepeats(rows, lang);
}

/** A row whose issue an earlier row already states points at that row instead. */
export function pointRepeats(rows: PlanRow[], lang: Lang): PlanRow[] {
  return rows.map((row, i) => {
    const first = rows.findIndex((r) => r.issue === row.issue);
    return first < i ? { ...row, issue: sameIssueText(first + 1, lang) } : row;
  });
}
