import type { Analysis } from "./analyse/types";
import type { FollowUpItem, PlanStatus, Verdict } from "./followup/types";
import type { Finding, Lang } from "./types";

/** The JSON report, schemaVersion 2 (README, "JSON report"). */
export interface Report {
  schemaVersion: 2;
  unit: string | null;
  year: number | null;
  previousYear: number | null;
  total: ReportLine & {
    level: string | null;
    passed: boolean | null;
    /** Tools that held the level down (2567 on: a tool under the band's tool floor). */
    levelHeldBy: string[];
    /** The previous year's level in its own year's scale (AA–F up to 2566). */
    previousLevel: string | null;
  };
  tools: (ReportLine & { tool: string })[];
  indicators: (ReportLine & {
    number: number;
    name: string;
    tool: string;
    flag: string | null;
    causes: { code: string; score: number }[];
    cell: string | null;
    items: {
      code: string;
      score: number | null;
      previous: number | null;
      delta: number | null;
      cell: string | null;
    }[];
  })[];
  /** The report on the earlier plan (the follow-up sheet), or null when there is none. */
  followUp: ReportFollowUp | null;
  findings: ReportFinding[];
  sheets: string[];
}

/** The follow-up of the earlier plan as the JSON report gives it (README, "JSON report"). */
export interface ReportFollowUp {
  /** The fiscal year the earlier plan was for (the assessed year). */
  planYear: number;
  /** The earlier plan's sheet. */
  sheet: string;
  /** Measures by verdict, every verdict present (0 when none). */
  counts: Record<Verdict, number>;
  measures: {
    /** The measure's code in the earlier plan; null for a row staff added to it. */
    id: string | null;
    measure: string;
    /** Its indicator's number, when known. */
    indicator: number | null;
    status: PlanStatus | null;
    /** What staff wrote in the plan's result column, or null. */
    result: string | null;
    indicatorChange: { previous: number | null; score: number | null; delta: number | null } | null;
    items: FollowUpItem[];
    verdict: Verdict;
  }[];
}

interface ReportLine {
  score: number | null;
  reported: number | null;
  computed: number | null;
  previous: number | null;
  delta: number | null;
}

export interface ReportFinding {
  severity: Finding["severity"];
  rule: string;
  cell: string | null;
  message: string;
  messages: { th: string; en: string };
  expected?: number | null;
  found?: number | string | null;
}

const lineOf = (l: ReportLine): ReportLine => ({
  score: l.score,
  reported: l.reported,
  computed: l.computed,
  previous: l.previous,
  delta: l.delta,
});

/** Turns findings into their report form, in the chosen language (both kept in `messages`). */
export function reportFindings(findings: readonly Finding[], lang: Lang): ReportFinding[] {
  return findings.map((f) => ({
    severity: f.severity,
    rule: f.rule,
    cell: f.cell,
    message: f.message[lang],
    messages: f.message,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.found !== undefined ? { found: f.found } : {}),
  }));
}

/** Builds the JSON report of an analysis. */
export function buildReport(analysis: Analysis, lang: Lang, sheets: string[]): Report {
  return {
    schemaVersion: 2,
    unit: analysis.unit?.name ?? null,
    year: analysis.year,
    previousYear: analysis.previousYear,
    total: {
      ...lineOf(analysis.total),
      level: analysis.total.level?.label[lang] ?? null,
      passed: analysis.total.level?.passed ?? null,
      levelHeldBy: analysis.total.levelHeldBy,
      previousLevel: analysis.total.previousLevel?.label[lang] ?? null,
    },
    tools: analysis.tools.map((t) => ({ tool: t.tool, ...lineOf(t) })),
    indicators: analysis.indicators.map((ind) => ({
      number: ind.number,
      name: ind.name[lang],
      tool: ind.tool,
      ...lineOf(ind),
      flag: ind.flag,
      causes: ind.causes,
      cell: ind.cell,
      items: ind.items.map((it) => ({
        code: it.code,
        score: it.score,
        previous: it.previous,
        delta: it.delta,
        cell: it.cell,
      })),
    })),
    followUp: analysis.followUp
      ? {
          planYear: analysis.followUp.planYear,
          sheet: analysis.followUp.sheet,
          counts: analysis.followUp.counts,
          measures: analysis.followUp.rows.map((r) => ({
            id: r.id,
            measure: r.measure,
            indicator: r.indicator,
            status: r.status,
            result: r.result,
            indicatorChange: r.indicatorChange,
            items: r.items.map((it) => ({ ...it })),
            verdict: r.verdict,
          })),
        }
      : null,
    findings: reportFindings(analysis.findings, lang),
    sheets,
  };
}

/** The report of a workbook that could not be analysed. */
export function failureReport(findings: readonly Finding[], lang: Lang): Report {
  return {
    schemaVersion: 2,
    unit: null,
    year: null,
    previousYear: null,
    total: {
      score: null,
      reported: null,
      computed: null,
      previous: null,
      delta: null,
      level: null,
      passed: null,
      levelHeldBy: [],
      previousLevel: null,
    },
    tools: [],
    indicators: [],
    followUp: null,
    findings: reportFindings(findings, lang),
    sheets: [],
  };
}
