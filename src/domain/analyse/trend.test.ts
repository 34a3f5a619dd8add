import { parseWorkbook } from "../parse/parseWorkbook";
import { toGrids } from "../../../test/fixtures/toGrids";
import { mixedTable, threeYears, type Layout } from "../../../test/fixtures/layouts";
import { threeYears2569, twoYears2569 } from "../../../test/fixtures/threeYears";
import { analyse } from "./analyse";
import type { Analysis } from "./types";

function run(layout: Layout, options = {}): Analysis {
  const result = analyse(parseWorkbook(toGrids(layout)), options);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.analysis;
}
const brief = (a: Analysis) =>
  a.trend?.map((t) => ({ ...t, level: t.level?.label.th ?? null })) ?? null;

describe("analyse: the trend of three years and more", () => {
  it("gives 2567, 2568 and 2569 oldest first, each in its own framework", () => {
    const a = run(threeYears2569());
    expect([a.year, a.previousYear]).toEqual([2569, 2568]);
    expect(brief(a)).toEqual([
      { year: 2567, total: 86.71, level: "ผ่าน", tools: { IIT: 96.73, EIT: 83.41, OIT: 81.67 } },
      { year: 2568, total: 94.5, level: "ผ่านดี", tools: { IIT: 93.96, EIT: 96.52, OIT: 93.37 } },
      {
        year: 2569,
        total: 96.53,
        level: "ผ่านดีเยี่ยม",
        tools: { IIT: 95.25, EIT: 96.53, OIT: 97.5 },
      },
    ]);
    // The year analysed is the trend's last point: the same computation, not a second one.
    expect(a.total.score).toBe(96.53);
    expect(a.tools.map((t) => t.score)).toEqual([95.25, 96.53, 97.5]);
  });
  it("rates 2566 on its own scale (AA–F) and 2568 on the levels with tool floors", () => {
    const a = run(threeYears());
    expect(brief(a)?.map((t) => [t.year, t.total, t.level])).toEqual([
      [2566, 80, "B"],
      [2567, 86.71, "ผ่าน"],
      [2568, 94.5, "ผ่านดี"],
    ]);
  });
  it("keeps to the years up to the one analysed", () => {
    const a = run(threeYears2569(), { year: 2568 });
    expect(a.trend).toBeUndefined();
  });
  it("gives none for two years or one", () => {
    expect(run(twoYears2569()).trend).toBeUndefined();
    expect(run(mixedTable()).trend).toBeUndefined();
    const one = mixedTable()[0]!.rows.map((row, r) =>
      r < 4 ? row : [row[0] ?? null, null, row[2] ?? null],
    );
    expect(run([{ name: "ITA", rows: one }]).trend).toBeUndefined();
  });
});
