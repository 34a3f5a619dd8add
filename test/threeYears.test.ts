/**
 * Three years and more (issue #22): a table of 2567, 2568 and 2569 gives the trend in the
 * analysis and the JSON report, a trend table and a native line chart on the summary (through
 * the file writer and the Office writer alike), and the items weak two years running and those
 * that recovered in the analysis. Two years or one: no trend, no trend chart.
 */
import JSZip from "jszip";
import { promises as fs } from "node:fs";
import path from "node:path";
import { generate } from "../src/domain/generate";
import type { SheetSpec } from "../src/domain/layout/spec";
import { buildReport } from "../src/domain/report";
import { mixedTable } from "./fixtures/layouts";
import { longThreeYears, threeYears2569, twoYears2569 } from "./fixtures/threeYears";
import { toGrids } from "./fixtures/toGrids";
import { toWorkbook } from "./fixtures/toWorkbook";
import { cliJson, openXlsx, tempDir } from "./helpers";
import { fakeWith, generate as generateInFake } from "./office/helpers";
import type { Layout } from "./fixtures/layouts";

const SUMMARY = "สรุปผล ITA 2569";
const ANALYSIS = "วิเคราะห์ผล ITA 2569";

function run(layout: Layout, lang: "th" | "en" = "th") {
  const r = generate(toGrids(layout), { lang });
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r;
}
const sheetOf = (r: ReturnType<typeof run>, kind: SheetSpec["kind"]) =>
  r.spec.sheets.find((s) => s.kind === kind) as SheetSpec;
const rowValues = (sheet: SheetSpec, row: number) =>
  (sheet.rows[row - 1] ?? []).map((c) => c?.v ?? null);
const texts = (sheet: SheetSpec) =>
  sheet.rows.flat().flatMap((c) => (typeof c?.v === "string" ? [c.v] : []));

const TREND_REPORT = [
  {
    year: 2567,
    total: 86.71,
    level: "ผ่าน",
    passed: true,
    tools: { IIT: 96.73, EIT: 83.41, OIT: 81.67 },
  },
  {
    year: 2568,
    total: 94.5,
    level: "ผ่านดี",
    passed: true,
    tools: { IIT: 93.96, EIT: 96.52, OIT: 93.37 },
  },
  {
    year: 2569,
    total: 96.53,
    level: "ผ่านดีเยี่ยม",
    passed: true,
    tools: { IIT: 95.25, EIT: 96.53, OIT: 97.5 },
  },
];

const WEAK_TH =
  "ข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อติดต่อกัน 2 ปี (ปีงบประมาณ พ.ศ. 2568 และ 2569) มี 2 ข้อ ได้แก่ รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุและความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี (o12 ได้ 50.00 คะแนนทั้ง 2 ปี) และหลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคลของปี 2569 (o14 ได้ 50.00 คะแนนทั้ง 2 ปี)";
const RECOVERED_TH =
  "ข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อในปีงบประมาณ พ.ศ. 2568 และได้คะแนนไม่ต่ำกว่าเกณฑ์ในปีงบประมาณ พ.ศ. 2569 มี 3 ข้อ ได้แก่ การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานตามขั้นตอน (i10 จาก 55.00 เป็น 90.00 คะแนน) รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2568 (o13 จาก 50.00 เป็น 100.00 คะแนน) และรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี 2568 (o15 จาก 50.00 เป็น 100.00 คะแนน)";

describe("three years: the trend through generate", () => {
  const r = run(threeYears2569());
  const summary = sheetOf(r, "summary");

  it("gives the report's trend, oldest first, each year on its own scale (schemaVersion 3)", () => {
    const report = buildReport(r.analysis, "th", []);
    expect(report.schemaVersion).toBe(3);
    expect(report.trend).toEqual(TREND_REPORT);
    expect(buildReport(r.analysis, "en", []).trend.map((t) => t.level)).toEqual([
      "Pass",
      "Good",
      "Excellent",
    ]);
  });

  it("puts the trend table on the summary: year, total, IIT, EIT, OIT, level", () => {
    expect(rowValues(summary, 31)[0]).toBe(
      "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567–2569 (คะแนนรวมและคะแนนรายเครื่องมือ)",
    );
    expect(rowValues(summary, 32).slice(0, 7)).toEqual([
      "ปีงบประมาณ",
      null,
      "รวม",
      "IIT",
      "EIT",
      "OIT",
      "ระดับ",
    ]);
    expect([33, 34, 35].map((row) => rowValues(summary, row).slice(0, 7))).toEqual([
      ["ปี 2567", null, 86.71, 96.73, 83.41, 81.67, "ผ่าน"],
      ["ปี 2568", null, 94.5, 93.96, 96.52, 93.37, "ผ่านดี"],
      ["ปี 2569", null, 96.53, 95.25, 96.53, 97.5, "ผ่านดีเยี่ยม"],
    ]);
    expect(summary.merges).toEqual(expect.arrayContaining(["A31:G31", "A32:B32", "A35:B35"]));
  });

  it("draws the line chart of the total and the three tools beside the table, after the chart of what moved the total", () => {
    expect(summary.charts?.map((c) => [c.kind, c.from, c.to])).toEqual([
      ["clusteredColumn", "A24", "I30"],
      ["line", "H31", "I36"],
    ]);
    expect(summary.charts?.[1]).toEqual({
      kind: "line",
      title: "คะแนนรวมและคะแนนรายเครื่องมือ",
      categories: "A33:A35",
      series: [
        { name: "รวม", values: "C33:C35", color: "1F3864", marker: "circle" },
        { name: "IIT", values: "D33:D35", color: "5B9BD5", marker: "square" },
        { name: "EIT", values: "E33:E35", color: "70AD47", marker: "triangle" },
        { name: "OIT", values: "F33:F35", color: "ED7D31", marker: "diamond" },
      ],
      axis: { min: 80, max: 100, majorUnit: 5 },
      legend: true,
      legendAt: "right",
      from: "H31",
      to: "I36",
    });
    // the block (heading, table, chart rows) on one page: the summary keeps to two pages
    expect(summary.print.blocks).toContainEqual({ top: 31, bottom: 36 });
    expect(summary.pageBreaks).toEqual([18]);
  });

  it("in English, the same table and chart in English words", () => {
    const en = sheetOf(run(threeYears2569(), "en"), "summary");
    const at = en.rows.findIndex((row) => row[0]?.v === "Fiscal year") + 1;
    expect(rowValues(en, at - 1)[0]).toBe(
      "ITA results, fiscal years 2024–2026 (B.E. 2567–2569): total and tool scores",
    );
    expect(rowValues(en, at).slice(0, 7)).toEqual([
      "Fiscal year",
      null,
      "Total",
      "IIT",
      "EIT",
      "OIT",
      "Level",
    ]);
    expect(rowValues(en, at + 3).slice(0, 7)).toEqual([
      "2026",
      null,
      96.53,
      95.25,
      96.53,
      97.5,
      "Excellent",
    ]);
    expect(en.charts?.[1]).toMatchObject({ kind: "line", title: "Total and tool scores" });
    expect(en.charts?.[1]?.series.map((s) => s.name)).toEqual(["Total", "IIT", "EIT", "OIT"]);
  });

  it("names in the analysis the items weak two years running and those that recovered", () => {
    const analysis = sheetOf(r, "analysis");
    const all = texts(analysis);
    const at = all.indexOf("ผลคะแนนรายข้อเทียบกับปีงบประมาณ พ.ศ. 2568");
    expect(at).toBeGreaterThan(0);
    expect(all.slice(at + 1, at + 3)).toEqual([WEAK_TH, RECOVERED_TH]);
    // i13 fell under its floor this year only: in neither list
    expect(WEAK_TH + RECOVERED_TH).not.toContain("i13");
    const en = texts(sheetOf(run(threeYears2569(), "en"), "analysis"));
    expect(en).toContain("Items compared with 2025");
    expect(en.find((t) => t.startsWith("3 items under the item floor in 2025"))).toBe(
      "3 items under the item floor in 2025 are at or above it in 2026: borrowing the agency's assets by the procedure (i10: from 55.00 to 90.00), the annual procurement report for 2025 (o13: from 50.00 to 100.00) and the HR report for 2025 (o15: from 50.00 to 100.00).",
    );
  });
});

describe("three years of the longest report", () => {
  it("names more than four items by their codes, indicator by indicator", () => {
    const all = texts(sheetOf(run(longThreeYears()), "analysis"));
    const at = all.indexOf("ผลคะแนนรายข้อเทียบกับปีงบประมาณ พ.ศ. 2567");
    expect(all.slice(at + 1, at + 3)).toEqual([
      "ข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อติดต่อกัน 2 ปี (ปีงบประมาณ พ.ศ. 2567 และ 2568) มี 20 ข้อ ได้แก่ ตัวชี้วัดที่ 1 (i3) ตัวชี้วัดที่ 2 (i6) ตัวชี้วัดที่ 3 (i9) ตัวชี้วัดที่ 4 (i10, i12) ตัวชี้วัดที่ 5 (i15) ตัวชี้วัดที่ 6 (e3) ตัวชี้วัดที่ 7 (e6) ตัวชี้วัดที่ 8 (e9) ตัวชี้วัดที่ 9 (o3, o6, o9, o12–o15, o18) และตัวชี้วัดที่ 10 (o21, o24, o27)",
      "ข้อที่ได้คะแนนต่ำกว่าเกณฑ์รายข้อในปีงบประมาณ พ.ศ. 2567 และได้คะแนนไม่ต่ำกว่าเกณฑ์ในปีงบประมาณ พ.ศ. 2568 มี 8 ข้อ ได้แก่ ตัวชี้วัดที่ 9 (o1, o2, o7, o11, o16, o17) และตัวชี้วัดที่ 10 (o22, o26)",
    ]);
  });
});

describe("two years and one: no trend, no trend chart", () => {
  it.each([
    ["two years (2568, 2569)", twoYears2569],
    ["the sample (2567, 2568)", mixedTable],
  ])(
    "%s: the report's trend is empty, the summary has only the chart of what moved the total",
    (_label, layout) => {
      const r = run(layout());
      expect(r.analysis.trend).toBeUndefined();
      expect(buildReport(r.analysis, "th", []).trend).toEqual([]);
      const summary = sheetOf(r, "summary");
      expect(summary.charts?.map((c) => c.kind)).toEqual(["clusteredColumn"]);
      expect(
        texts(summary).some(
          (t) => t.startsWith("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 25") && t.includes("–"),
        ),
      ).toBe(false);
    },
  );
  it("two years, though both have item scores: the analysis names neither kind (that needs a trend)", () => {
    const all = texts(sheetOf(run(twoYears2569()), "analysis"));
    expect(all).not.toContain(WEAK_TH);
    expect(all.some((t) => t.startsWith("ผลคะแนนรายข้อเทียบกับ"))).toBe(false);
  });
  it("says nothing of them without the previous year's item scores (the sample), nor with one year", () => {
    const sample = texts(sheetOf(run(mixedTable()), "analysis"));
    expect(sample.some((t) => t.startsWith("ผลคะแนนรายข้อเทียบกับ"))).toBe(false);
    const one = mixedTable()[0]!.rows.map((row, i) =>
      i < 4 ? row : [row[0] ?? null, null, row[2] ?? null],
    );
    const r = run([{ name: "ITA", rows: one }]);
    expect(r.analysis.trend).toBeUndefined();
    expect(texts(sheetOf(r, "analysis")).some((t) => t.startsWith("ผลคะแนนรายข้อเทียบกับ"))).toBe(
      false,
    );
    expect(sheetOf(r, "summary").charts ?? []).toEqual([]);
  });
});

/** The charts of a sheet of a saved package, by reading its drawing's relationships. */
async function chartsIn(file: string, sheetName: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const read = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const wb = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  const sheetPath = `xl/${target.replace(/^\/?xl\//, "")}`;
  const sheetRels = await read(sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"));
  const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(sheetRels)?.[1];
  if (!drawing) return [];
  const drawingRels = await read(`xl/drawings/_rels/${drawing}.rels`);
  const charts = [...drawingRels.matchAll(/Target="\.\.\/charts\/([^"]+)"/g)].map((m) => m[1]);
  return Promise.all(charts.map((c) => read(`xl/charts/${c}`)));
}

describe("three years through the command line's file writer", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes the trend in the JSON report and both charts in the file, the line chart's series over the table", async () => {
    const input = path.join(dir, "three.xlsx");
    const output = path.join(dir, "three-analysis.xlsx");
    await toWorkbook(threeYears2569()).xlsx.writeFile(input);
    const { code, stdout } = await cliJson(input, output);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(3);
    expect(report.trend).toEqual(TREND_REPORT);

    const charts = await chartsIn(output, SUMMARY);
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain('<c:barChart><c:barDir val="col"/>');
    const line = charts[1] as string;
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    const series = [...line.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    expect(
      series.map((s) => [
        /<c:tx><c:v>([^<]*)</.exec(s)?.[1],
        /<c:val><c:numRef><c:f>([^<]*)</.exec(s)?.[1],
        [
          ...(/<c:numCache>([\s\S]*?)<\/c:numCache>/.exec(s)?.[1] ?? "").matchAll(/<c:v>([^<]*)</g),
        ].map((m) => Number(m[1])),
        /<c:symbol val="(\w+)"/.exec(s)?.[1],
      ]),
    ).toEqual([
      ["รวม", `'${SUMMARY}'!$C$33:$C$35`, [86.71, 94.5, 96.53], "circle"],
      ["IIT", `'${SUMMARY}'!$D$33:$D$35`, [96.73, 93.96, 95.25], "square"],
      ["EIT", `'${SUMMARY}'!$E$33:$E$35`, [83.41, 96.52, 96.53], "triangle"],
      ["OIT", `'${SUMMARY}'!$F$33:$F$35`, [81.67, 93.37, 97.5], "diamond"],
    ]);
    expect(line).toContain(`<c:cat><c:strRef><c:f>'${SUMMARY}'!$A$33:$A$35</c:f>`);
    expect(line).toContain('<c:max val="100"/><c:min val="80"/>');

    // the cells the chart reads, as ExcelJS reads the file back
    const ws = (await openXlsx(output)).getWorksheet(SUMMARY)!;
    expect(
      [33, 34, 35].map((r) => [
        ws.getCell(`A${r}`).value,
        ws.getCell(`C${r}`).value,
        ws.getCell(`G${r}`).value,
      ]),
    ).toEqual([
      ["ปี 2567", 86.71, "ผ่าน"],
      ["ปี 2568", 94.5, "ผ่านดี"],
      ["ปี 2569", 96.53, "ผ่านดีเยี่ยม"],
    ]);
    const analysis = (await openXlsx(output)).getWorksheet(ANALYSIS)!;
    const cells: string[] = [];
    analysis.eachRow((row) =>
      row.eachCell((c) => typeof c.value === "string" && cells.push(c.value)),
    );
    expect(cells).toContain(WEAK_TH);
    expect(cells).toContain(RECOVERED_TH);
  });

  it("writes for two years an empty trend and no line chart", async () => {
    const input = path.join(dir, "two.xlsx");
    const output = path.join(dir, "two-analysis.xlsx");
    await toWorkbook(twoYears2569()).xlsx.writeFile(input);
    const { code, stdout } = await cliJson(input, output);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).trend).toEqual([]);
    const charts = await chartsIn(output, SUMMARY);
    expect(charts).toHaveLength(1);
    expect(charts[0]).not.toContain("<c:lineChart>");
  });
});

describe("three years through the Office writer (fake Excel)", () => {
  it("adds the column chart, then a Line chart with each series over the trend table", async () => {
    const fake = fakeWith(threeYears2569());
    const outcome = await generateInFake(fake);
    expect(outcome).toMatchObject({ kind: "done" });
    const charts = fake.sheet(SUMMARY)!.charts as Record<string, unknown>[];
    expect(charts.map((c) => [c.type, c.position])).toEqual([
      ["ColumnClustered", "A24:I30"],
      ["Line", "H31:I36"],
    ]);
    expect(charts[1]).toMatchObject({
      source: "C33:C35",
      seriesBy: "Columns",
      "title.text": "คะแนนรวมและคะแนนรายเครื่องมือ",
      "legend.position": "Right",
      "axes.valueAxis.minimum": 80,
      "axes.valueAxis.maximum": 100,
      "axes.valueAxis.majorUnit": 5,
    });
    expect(charts[1]).not.toHaveProperty(["dataLabels.showValue"]);
    const series = charts[1]!.series as Record<string, unknown>[];
    expect(series.map((s) => [s.name, s.values, s.categories, s.line, s.marker])).toEqual([
      ["รวม", "C33:C35", "A33:A35", "#1F3864", "Circle"],
      ["IIT", "D33:D35", "A33:A35", "#5B9BD5", "Square"],
      ["EIT", "E33:E35", "A33:A35", "#70AD47", "Triangle"],
      ["OIT", "F33:F35", "A33:A35", "#ED7D31", "Diamond"],
    ]);
  });

  it("adds only the column chart for two years", async () => {
    const fake = fakeWith(twoYears2569());
    expect(await generateInFake(fake)).toMatchObject({ kind: "done" });
    const charts = fake.sheet(SUMMARY)!.charts as Record<string, unknown>[];
    expect(charts.map((c) => c.type)).toEqual(["ColumnClustered"]);
  });
});
