import { absDiff, dec, mean, round2, toScore, type Dec } from "../decimal";
import { frameworkFor, levelFor, type Level } from "../framework/frameworkFor";
import { topicOf } from "../framework/topicOf";
import type { Framework } from "../framework/types";
import { msg } from "../messages";
import { keyString } from "../parse/classifyLabel";
import { describeKey } from "../parse/describeKey";
import type { ParsedItem, ParsedWorkbook } from "../parse/types";
import type { TrendPoint } from "../followup/types";
import type { Finding, RowKey, ToolCode } from "../types";
import { checkLine } from "./checkLine";
import { flagIndicator } from "./flagIndicator";
import type {
  AnalyseOptions,
  AnalyseResult,
  Floors,
  IndicatorResult,
  ItemResult,
  ScoreLine,
  ToolResult,
  TotalResult,
} from "./types";

/** A year's value of one score: reported, computed (exact), and the used value (exact). */
interface YearValue {
  reported: Dec | null;
  computed: Dec | null;
  used: Dec | null;
  cell: string | null;
}

/** The fewest years of a table that give the analysis a trend. */
export const TREND_YEARS = 3;

/**
 * Computes tool scores, total, level, deltas and flags from what the parser found, and checks
 * the workbook's own arithmetic. Bad data comes back as findings; a workbook that cannot be
 * analysed at all gives `ok: false` with the findings that say why. A table of three years or
 * more up to the year analysed also gives the trend: each of them analysed on its own, in its
 * own framework (its findings are the main analysis's already, or of years it does not use).
 */
export function analyse(parsed: ParsedWorkbook, options: AnalyseOptions = {}): AnalyseResult {
  const result = analyseYear(parsed, options);
  if (!result.ok) return result;
  // The years up to the one analysed: a later year of the table is not part of its story.
  const years = parsed.years.filter((y) => y <= result.analysis.year);
  if (years.length < TREND_YEARS) return result;
  return { ok: true, analysis: { ...result.analysis, trend: trendOf(parsed, years, options) } };
}

/**
 * Every year given, oldest first: its total, level and tools as the same computation
 * gives them when that year is the one analysed (its own framework, its own level scale).
 */
function trendOf(parsed: ParsedWorkbook, years: number[], options: AnalyseOptions): TrendPoint[] {
  const { frameworks, floors } = options;
  return years.map((year) => {
    const earlier = parsed.years.filter((y) => y < year);
    const r = analyseYear(parsed, {
      year,
      ...(earlier.length > 0 ? { previousYear: earlier[earlier.length - 1] as number } : {}),
      ...(frameworks ? { frameworks } : {}),
      ...(floors ? { floors } : {}),
    });
    const tools = { IIT: null, EIT: null, OIT: null } as Record<ToolCode, number | null>;
    if (!r.ok) return { year, total: null, level: null, tools };
    for (const t of r.analysis.tools) tools[t.tool] = t.score;
    return { year, total: r.analysis.total.score, level: r.analysis.total.level, tools };
  });
}

/** The analysis of one year against its previous one (`analyse` without the trend). */
function analyseYear(parsed: ParsedWorkbook, options: AnalyseOptions): AnalyseResult {
  const findings: Finding[] = [...parsed.findings];
  for (const y of parsed.years) {
    if (options.currentYear !== undefined && y > options.currentYear) {
      findings.push({
        severity: "warning",
        rule: "year-in-future",
        cell: firstCellOfYear(parsed, y),
        message: msg.yearInFuture(y, options.currentYear),
      });
    }
  }
  if (parsed.years.length === 0) {
    return { ok: false, findings: [...findings, fatal("no-scores", msg.noScores())] };
  }
  const year = options.year ?? (parsed.years[parsed.years.length - 1] as number);
  if (!parsed.years.includes(year)) {
    return {
      ok: false,
      findings: [...findings, fatal("year-not-found", msg.yearNotFound(year, parsed.years))],
    };
  }
  const earlier = parsed.years.filter((y) => y < year);
  const previousYear = options.previousYear ?? earlier[earlier.length - 1] ?? null;
  if (previousYear !== null && previousYear >= year) {
    return {
      ok: false,
      findings: [
        ...findings,
        fatal("previous-not-earlier", msg.previousNotEarlier(previousYear, year, earlier)),
      ],
    };
  }
  if (previousYear !== null && !parsed.years.includes(previousYear)) {
    return {
      ok: false,
      findings: [
        ...findings,
        fatal("year-not-found", msg.yearNotFound(previousYear, parsed.years)),
      ],
    };
  }
  if (previousYear === null) {
    findings.push({
      severity: "warning",
      rule: "one-year",
      cell: null,
      message: msg.onlyOneYear(year),
    });
  }
  const extra = options.frameworks ?? [];
  const framework = frameworkFor(year, extra);
  if (framework.basedOn !== undefined)
    findings.push({
      severity: "warning",
      rule: "framework-year-unknown",
      cell: null,
      message: msg.frameworkYearUnknown(year, framework.basedOn),
    });
  const previousFramework = previousYear === null ? null : frameworkFor(previousYear, extra);
  const floors = resolveFloors(framework, options);
  const years = previousYear === null ? [year] : [previousYear, year];
  const itemsOf = groupItems(parsed, framework, findings);

  const reported = (key: RowKey, y: number) => parsed.scores[keyString(key)]?.[y] ?? null;
  const values = new Map<string, YearValue>();
  const valueOf = (key: RowKey, y: number): YearValue =>
    values.get(`${keyString(key)}@${y}`) ?? empty();
  const store = (key: RowKey, y: number, computed: Dec | null) => {
    const r = reported(key, y);
    const rep = r ? dec(r.value) : null;
    const v: YearValue = { reported: rep, computed, used: rep ?? computed, cell: r?.cell ?? null };
    values.set(`${keyString(key)}@${y}`, v);
    return v;
  };

  for (const y of years) {
    for (const ind of framework.indicators) {
      const items = itemsOf.get(ind.number) ?? [];
      const itemScores = items.map((it) => reported({ kind: "item", code: it.code }, y));
      const all = items.length > 0 && itemScores.every((s) => s !== null);
      const computed = all
        ? mean(itemScores.map((s) => dec((s as { value: number }).value)))
        : null;
      const v = store({ kind: "indicator", number: ind.number }, y, computed && round2(computed));
      if (v.used === null && y === year) {
        findings.push({
          severity: "warning",
          rule: "missing-indicator",
          cell: null,
          message: msg.missingIndicator(ind.name, y),
        });
      }
    }
    for (const tool of framework.tools) {
      const inds = tool.indicators.map((n) => valueOf({ kind: "indicator", number: n }, y).used);
      const computed = inds.every((s) => s !== null)
        ? mean(inds.map((s) => round2(s as Dec)))
        : null;
      store({ kind: "tool", tool: tool.code }, y, computed);
    }
    const toolValues = framework.tools.map((t) => ({
      weight: dec(t.weight),
      v: valueOf({ kind: "tool", tool: t.code }, y).used,
    }));
    const total = toolValues.every((t) => t.v !== null)
      ? toolValues.reduce((acc, t) => acc.plus(t.weight.times(t.v as Dec)), dec(0))
      : null;
    store({ kind: "total" }, y, total);
  }

  const line = (key: RowKey): ScoreLine => {
    const now = valueOf(key, year);
    const before = previousYear === null ? empty() : valueOf(key, previousYear);
    const score = now.used ? toScore(now.used) : null;
    const previous = before.used ? toScore(before.used) : null;
    const delta =
      score !== null && previous !== null ? toScore(dec(score).minus(dec(previous))) : null;
    const typed = parsed.deltas.find((d) => keyString(d.key) === keyString(key) && d.year === year);
    return {
      score,
      reported: now.reported ? toScore(now.reported) : null,
      computed: now.computed ? toScore(now.computed) : null,
      previous,
      delta,
      cell: now.cell,
      previousCell: before.cell,
      reportedDelta: typed ? { value: typed.value, cell: typed.cell } : null,
    };
  };

  const indicators: IndicatorResult[] = framework.indicators.map((ind) => {
    const items: ItemResult[] = (itemsOf.get(ind.number) ?? []).map((it) =>
      itemResult(it, ind.tool, year, previousYear, parsed, framework, floors),
    );
    const base = line({ kind: "indicator", number: ind.number });
    const { flag, causes } = flagIndicator(base, items, floors);
    return { ...base, number: ind.number, name: ind.name, tool: ind.tool, flag, causes, items };
  });
  const tools: ToolResult[] = framework.tools.map((t) => ({
    ...line({ kind: "tool", tool: t.code }),
    tool: t.code,
    name: t.name,
    weight: Number(t.weight),
  }));
  const totalLine = line({ kind: "total" });
  const now = levelOf(framework, totalLine.score, tools, (t) => t.score);
  const before =
    previousYear === null
      ? { band: null, heldBy: [] }
      : levelOf(previousFramework as Framework, totalLine.previous, tools, (t) => t.previous);
  const total: TotalResult = {
    ...totalLine,
    level: now.band,
    levelHeldBy: now.heldBy,
    previousLevel: before.band,
    previousLevelHeldBy: before.heldBy,
  };

  // The workbook's own arithmetic, for every year analysed.
  for (const y of years) {
    for (const ind of framework.indicators) {
      const tool = framework.tools.find((t) => t.code === ind.tool);
      const v = valueOf({ kind: "indicator", number: ind.number }, y);
      checkLine(
        findings,
        describeKey({ kind: "indicator", number: ind.number }),
        v,
        tool?.indicatorRule ?? "mean",
      );
    }
    for (const t of framework.tools)
      checkLine(
        findings,
        describeKey({ kind: "tool", tool: t.code }),
        valueOf({ kind: "tool", tool: t.code }, y),
        "tool",
      );
    checkLine(
      findings,
      describeKey({ kind: "total" }),
      valueOf({ kind: "total" }, y),
      "total",
      framework.tools.map((t) => `${t.weight}·${t.code}`).join(" + "),
    );
  }
  for (const d of parsed.deltas) {
    const now = valueOf(d.key, d.year).used;
    const before = valueOf(d.key, d.previousYear).used;
    if (!now || !before) continue;
    const expected = toScore(round2(now).minus(round2(before)));
    const diff = absDiff(dec(expected), dec(d.value));
    if (diff === 0) continue;
    const what = describeKey(d.key);
    findings.push(
      diff > 0.01
        ? {
            severity: "error",
            rule: "delta-mismatch",
            cell: d.cell,
            message: msg.deltaMismatch(what, d.value, expected),
            expected,
            found: d.value,
          }
        : {
            severity: "info",
            rule: "rounding",
            cell: d.cell,
            message: msg.rounding(what, d.value, expected),
            expected,
            found: d.value,
          },
    );
  }

  return {
    ok: true,
    analysis: {
      unit: parsed.unit,
      year,
      previousYear,
      years: parsed.years,
      framework,
      previousFramework,
      total,
      tools,
      indicators,
      findings: sortFindings(findings),
      floors,
    },
  };
}

/** A year's level from its total and its tools' scores, in that year's own scale. */
function levelOf(
  framework: Framework,
  total: number | null,
  tools: ToolResult[],
  pick: (t: ToolResult) => number | null,
): Level {
  if (total === null) return { band: null, heldBy: [] };
  return levelFor(framework, total, Object.fromEntries(tools.map((t) => [t.tool, pick(t)])));
}

function firstCellOfYear(parsed: ParsedWorkbook, year: number): string | null {
  for (const byYear of Object.values(parsed.scores)) if (byYear[year]) return byYear[year].cell;
  return null;
}

function empty(): YearValue {
  return { reported: null, computed: null, used: null, cell: null };
}

function fatal(rule: string, message: Finding["message"]): Finding {
  return { severity: "error", rule, cell: null, message };
}

function resolveFloors(framework: Framework, options: AnalyseOptions): Floors {
  const item = Object.fromEntries(
    framework.tools.map((t) => [t.code, options.floors?.item?.[t.code] ?? t.itemFloor]),
  ) as Record<ToolCode, number>;
  return { indicator: options.floors?.indicator ?? framework.indicatorFloor, item };
}

/** Items per indicator: the workbook's placement first, else the framework's list. */
function groupItems(
  parsed: ParsedWorkbook,
  framework: Framework,
  findings: Finding[],
): Map<number, ParsedItem[]> {
  const groups = new Map<number, ParsedItem[]>();
  for (const item of parsed.items) {
    const indicator =
      item.indicator ?? framework.items.find((i) => i.code === item.code)?.indicator ?? null;
    if (indicator === null) {
      findings.push({
        severity: "warning",
        rule: "item-unassigned",
        cell: item.cell,
        message: msg.itemUnassigned(item.code),
      });
      continue;
    }
    const list = groups.get(indicator) ?? [];
    list.push({ ...item, indicator });
    groups.set(indicator, list);
  }
  return groups;
}

function itemResult(
  item: ParsedItem,
  tool: ToolCode,
  year: number,
  previousYear: number | null,
  parsed: ParsedWorkbook,
  framework: Framework,
  floors: Floors,
): ItemResult {
  const byYear = parsed.scores[`item:${item.code}`] ?? {};
  const now = byYear[year] ?? null;
  const before = previousYear === null ? null : (byYear[previousYear] ?? null);
  const score = now ? now.value : null;
  const previous = before ? before.value : null;
  return {
    code: item.code,
    label: item.label,
    indicator: item.indicator as number,
    score,
    previous,
    delta: score !== null && previous !== null ? toScore(dec(score).minus(dec(previous))) : null,
    cell: now?.cell ?? item.cell,
    belowFloor: score !== null && score < floors.item[tool],
    topic: topicOf(
      { code: item.code, label: item.label, indicator: item.indicator as number },
      framework,
    ),
  };
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;
function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
