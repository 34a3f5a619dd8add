import { parseWorkbook } from "../parse/parseWorkbook";
import { toGrids } from "../../../test/fixtures/toGrids";
import { LAYOUTS, mixedTable, type Layout } from "../../../test/fixtures/layouts";
import { analyse } from "./analyse";
import type { Analysis } from "./types";

function run(layout: Layout, options = {}): Analysis {
  const result = analyse(parseWorkbook(toGrids(layout)), options);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.analysis;
}

describe("analyse, on the seed's tables", () => {
  const a = run(mixedTable());
  const ind = (n: number) => a.indicators.find((i) => i.number === n)!;
  const rules = (rule: string) => a.findings.filter((f) => f.rule === rule);

  it("takes 2568 against 2567 and names the agency", () => {
    expect([a.year, a.previousYear]).toEqual([2568, 2567]);
    expect(a.unit).toEqual({
      name: "เทศบาลตำบลคลองใหญ่",
      cell: "'ITA'!B2",
      place: "อำเภอตะโหมด จังหวัดพัทลุง",
    });
  });
  it("reports the total 94.50, computes 94.49, previous 86.71, change 7.79, level ผ่านดี", () => {
    expect(a.total).toMatchObject({
      score: 94.5,
      reported: 94.5,
      computed: 94.49,
      previous: 86.71,
      delta: 7.79,
    });
    expect(a.total.level?.label.th).toBe("ผ่านดี");
    expect(a.total.levelHeldBy).toEqual([]);
    const total = rules("rounding").find((f) => f.cell === a.total.cell);
    expect(total).toMatchObject({ severity: "info", expected: 94.49, found: 94.5 });
  });
  it("gives 2567 its own level: 86.71 is ผ่าน, held down by EIT 83.41 and OIT 81.67 under 85", () => {
    expect(a.total.previousLevel?.label.th).toBe("ผ่าน");
    expect(a.total.previousLevelHeldBy).toEqual(["EIT", "OIT"]);
  });
  it("computes the tools from the indicators", () => {
    expect(a.tools.map((t) => [t.tool, t.score, t.computed, t.previous, t.delta])).toEqual([
      ["IIT", 93.96, 93.96, 96.73, -2.77],
      ["EIT", 96.52, 96.53, 83.41, 13.11],
      ["OIT", 93.37, 93.38, 81.67, 11.7],
    ]);
  });
  it("finds indicator 7's wrong change: 3.09 typed, 6.07 correct", () => {
    expect(rules("delta-mismatch")).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: "'ITA'!D29",
        expected: 6.07,
        found: 3.09,
      }),
    ]);
    expect(ind(7).delta).toBe(6.07);
  });
  it("warns, and says why, where EIT and OIT indicators are not the mean of their items", () => {
    expect(rules("eit-part2").map((f) => [f.cell, f.found, f.expected])).toEqual([
      ["'ITA'!C25", 98.03, 98.59],
      ["'ITA'!C29", 95.82, 96.71],
      ["'ITA'!C33", 95.73, 96.53],
    ]);
    expect(rules("eit-part2")[0]?.message.th).toContain("ส่วนที่ 2");
    expect(rules("oit-subindicators")).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: "'ITA'!C37",
        found: 86.75,
        expected: 90,
      }),
    ]);
    expect(rules("oit-subindicators")[0]?.message.en).toContain("sub-indicators");
    expect(rules("indicator-mismatch")).toEqual([]);
  });
  it("flags 4 and 9 improve, 1, 2, 5 develop, the rest maintain", () => {
    expect(Object.fromEntries(a.indicators.map((i) => [i.number, i.flag]))).toEqual({
      1: "develop",
      2: "develop",
      3: "maintain",
      4: "improve",
      5: "develop",
      6: "maintain",
      7: "maintain",
      8: "maintain",
      9: "improve",
      10: "maintain",
    });
  });
  it("names i10 (55.00) for indicator 4 and o12–o15 for indicator 9", () => {
    expect(ind(4).causes).toEqual([{ code: "i10", score: 55 }]);
    expect(ind(9).causes.map((c) => c.code)).toEqual(["o12", "o13", "o14", "o15"]);
  });
  it("keeps every item with its cell and the indicator's delta with its sign", () => {
    expect(ind(4).items.map((i) => [i.code, i.score, i.cell, i.belowFloor])).toEqual([
      ["i10", 55, "'ITA'!C18", true],
      ["i11", 98.13, "'ITA'!C19", false],
      ["i12", 92.5, "'ITA'!C20", false],
    ]);
    expect(ind(4).delta).toBe(-11.76);
    expect(ind(10).delta).toBe(0);
    expect(ind(10).items.map((i) => i.code)).toEqual([
      "o21",
      "o22",
      "o23",
      "o24",
      "o25",
      "o26",
      "o27",
      "o28",
    ]);
  });
  it("lists errors first, then warnings, then info", () => {
    const order = a.findings.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort(
        (x, y) => ["error", "warning", "info"].indexOf(x) - ["error", "warning", "info"].indexOf(y),
      ),
    );
  });
});

describe("analyse, on every layout of the same data", () => {
  const reference = run(mixedTable());
  const essence = (a: Analysis) => ({
    year: a.year,
    previousYear: a.previousYear,
    total: [a.total.score, a.total.computed, a.total.previous, a.total.delta],
    tools: a.tools.map((t) => [t.score, t.previous, t.delta]),
    indicators: a.indicators.map((i) => [
      i.number,
      i.score,
      i.previous,
      i.delta,
      i.flag,
      i.causes,
      i.items.map((it) => [it.code, it.score]),
    ]),
  });
  it.each(Object.keys(LAYOUTS))("%s gives the same scores, deltas and flags", (name) => {
    const layout = LAYOUTS[name]!;
    expect(essence(run(layout()))).toEqual(essence(reference));
  });
  it("has at least eight layouts", () => {
    expect(Object.keys(LAYOUTS).length).toBeGreaterThanOrEqual(8);
  });
});

describe("analyse options and edge cases", () => {
  it("compares with a chosen previous year", () => {
    const a = run(LAYOUTS.threeYears!(), { previousYear: 2566 });
    expect(a.previousYear).toBe(2566);
    expect(a.indicators[0]?.previous).toBe(80);
    expect(a.indicators[0]?.delta).toBe(16.88);
  });
  it("fails with a finding when the year asked for is absent", () => {
    const r = analyse(parseWorkbook(toGrids(mixedTable())), { year: 2570 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.findings.at(-1)).toMatchObject({ rule: "year-not-found", severity: "error" });
  });
  it("gives no delta (null, not 0) with only one year, and says so", () => {
    const rows = mixedTable()[0]!.rows.map((row, r) =>
      r < 4 ? row : [row[0] ?? null, null, row[2] ?? null],
    );
    const a = run([{ name: "ITA", rows }]);
    expect(a.previousYear).toBeNull();
    expect(a.indicators.every((i) => i.delta === null && i.previous === null)).toBe(true);
    expect(a.total.delta).toBeNull();
    expect(a.findings.some((f) => f.rule === "one-year")).toBe(true);
    // no longer lower than last year: 1, 2, 5 are maintain now
    expect(a.indicators.filter((i) => i.flag === "develop")).toEqual([]);
  });
  it("uses configurable floors", () => {
    const a = run(mixedTable(), { floors: { indicator: 97, item: { OIT: 50 } } });
    expect(a.indicators.find((i) => i.number === 9)?.flag).toBe("improve"); // 86.75 < 97
    expect(a.indicators.find((i) => i.number === 10)?.flag).toBe("maintain");
    expect(a.indicators.find((i) => i.number === 3)?.flag).toBe("maintain"); // 99.59
    expect(a.indicators.find((i) => i.number === 6)?.flag).toBe("maintain"); // 98.03
    expect(a.indicators.find((i) => i.number === 7)?.flag).toBe("improve"); // 95.82 < 97
  });
  it("reports an IIT indicator that is not the mean of its items as an error", () => {
    const rows = mixedTable()[0]!.rows.map((row) =>
      String(row[0]).startsWith("i11 ") ? [row[0] ?? null, null, 88] : row,
    );
    const a = run([{ name: "ITA", rows }]);
    expect(a.findings.find((f) => f.rule === "indicator-mismatch")).toMatchObject({
      severity: "error",
      cell: "'ITA'!C17",
      found: 81.88,
      expected: 78.5,
    });
  });
  it("reports a tool that is not the mean of its indicators as an error", () => {
    const rows = mixedTable()[0]!.rows.map((row) => (row[0] === "IIT" ? ["IIT", null, 90] : row));
    const a = run([{ name: "ITA", rows }]);
    expect(a.findings.find((f) => f.rule === "tool-mismatch")).toMatchObject({
      cell: "'ITA'!C68",
      found: 90,
      expected: 93.96,
    });
  });
  it("bands totals of 2566 and before as AA–F", () => {
    const rows = mixedTable()[0]!.rows.map((row) =>
      row.map((v) => (v === "คะแนน 2568" ? "คะแนน 2566" : v === "คะแนน 2567" ? "คะแนน 2565" : v)),
    );
    const a = run([{ name: "ITA", rows }]);
    expect([a.year, a.total.level?.label.th]).toEqual([2566, "A"]);
    expect([a.previousYear, a.total.previousLevel?.label.th]).toEqual([2565, "A"]);
  });
});
