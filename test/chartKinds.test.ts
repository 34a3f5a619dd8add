/**
 * Every kind of chart the spec may ask for is drawn by both writers: the file writer's DrawingML
 * (`XLSX_CHARTS`, chartXml.ts) and the Office writer's chart type (`OFFICE_CHART_TYPES`,
 * renderSheet.ts). A kind added to `CHART_KINDS` and taught to one writer only fails here.
 */
import { CHART_KINDS, type ChartKind, type SheetSpec } from "../src/domain/layout/spec";
import { detectFeatures } from "../src/hosts/office/features";
import { OFFICE_CHART_TYPES, renderCosmetics } from "../src/hosts/office/renderSheet";
import { XLSX_CHARTS, chartXml } from "../src/hosts/xlsx/chartXml";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const sorted = (keys: string[]) => [...keys].sort();

/** A sheet of three years and two series, with one chart of the kind over them. */
function sheetWith(kind: ChartKind): SheetSpec {
  return {
    kind: "summary",
    year: 2569,
    name: "S",
    tag: "ITAAnalyzer_summary_2569",
    mark: "0123456789abcdef:01234567",
    rows: [
      [{ v: "ปี" }, { v: "คะแนนรวม" }, { v: "OIT" }],
      [{ v: 2567 }, { v: 86.71 }, { v: 81.67 }],
      [{ v: 2568 }, { v: 94.5 }, { v: 93.37 }],
      [{ v: 2569 }, { v: 96.53 }, { v: 97.5 }],
    ],
    widths: [10, 10, 10],
    heights: {},
    merges: [],
    conditionalFormats: [],
    validations: [],
    charts: [
      {
        kind,
        title: "แนวโน้ม",
        categories: "A2:A4",
        series: [
          { name: "คะแนนรวม", values: "B2:B4", color: "1F3864", marker: "circle" },
          { name: "OIT", values: "C2:C4", color: "C55A11", marker: "square" },
        ],
        axis: { min: 80, max: 100, majorUnit: 5 },
        from: "A6",
        to: "C20",
      },
    ],
    print: {
      paper: "A4",
      orientation: "landscape",
      scale: 100,
      margins: { left: 1, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      header: {},
      footer: {},
    },
    tabColor: "FFFFFF",
  };
}

async function officeChart(sheet: SheetSpec) {
  const fake = new FakeExcel();
  fake.addSheet("S");
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    renderCosmetics(ws, sheet, { styles: {}, sheets: [sheet] }, detectFeatures(fake.supports), [
      "chart",
    ]);
    await context.sync();
  });
  return fake.sheet("S")!.charts;
}

describe("chart kinds: both writers draw every kind of the spec", () => {
  it("the two writers' tables hold exactly the spec's kinds", () => {
    expect(sorted(Object.keys(XLSX_CHARTS))).toEqual(sorted([...CHART_KINDS]));
    expect(sorted(Object.keys(OFFICE_CHART_TYPES))).toEqual(sorted([...CHART_KINDS]));
  });

  const PLOT: Record<ChartKind, [string, string]> = {
    clusteredBar: ['<c:barChart><c:barDir val="bar"/>', "BarClustered"],
    clusteredColumn: ['<c:barChart><c:barDir val="col"/>', "ColumnClustered"],
    line: ['<c:lineChart><c:grouping val="standard"/>', "Line"],
  };
  it.each([...CHART_KINDS])("%s: the file gets its plot, Excel its chart type", async (kind) => {
    const sheet = sheetWith(kind);
    const chart = sheet.charts![0]!;
    const [plot, type] = PLOT[kind];
    const xml = chartXml(chart, sheet, "S");
    expect(xml).toContain(plot);
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
    expect(xml).toContain("<c:f>'S'!$B$2:$B$4</c:f>");
    const charts = await officeChart(sheet);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type,
      source: "B2:B4",
      seriesBy: "Columns",
      position: "A6:C20",
      "title.text": "แนวโน้ม",
      "axes.valueAxis.minimum": 80,
      "axes.valueAxis.maximum": 100,
    });
    const series = (charts[0] as { series: Record<string, unknown>[] }).series;
    expect(series.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["คะแนนรวม", "B2:B4", "A2:A4"],
      ["OIT", "C2:C4", "A2:A4"],
    ]);
  });

  it("a line: stroke and markers in its colour, in the file and in Excel", async () => {
    const sheet = sheetWith("line");
    const xml = chartXml(sheet.charts![0]!, sheet, "S");
    expect(xml).toContain(
      '<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/>',
    );
    expect(xml).toContain('<c:symbol val="square"/>');
    const series = ((await officeChart(sheet))[0] as { series: Record<string, unknown>[] }).series;
    expect(series.map((s) => [s.line, s.marker, s.markerFill, s.color])).toEqual([
      ["#1F3864", "Circle", "#1F3864", undefined],
      ["#C55A11", "Square", "#C55A11", undefined],
    ]);
  });

  it("refuses, in each writer, a kind it does not draw", async () => {
    const sheet = sheetWith("line");
    const odd = { ...sheet, charts: [{ ...sheet.charts![0]!, kind: "pie" as ChartKind }] };
    expect(() => chartXml(odd.charts[0]!, odd, "S")).toThrow(RangeError);
    await expect(officeChart(odd)).rejects.toThrow(RangeError);
  });
});
