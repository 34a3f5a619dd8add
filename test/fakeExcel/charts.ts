/** ChartCollection and Chart: recorded, not drawn. */
import { ClientObject, loadedItems, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { guardProtected, recordingProxy, type FakeRange } from "./range";
import type { SheetState } from "./state";
import type { FakeWorksheet } from "./worksheets";

type ChartRecord = Record<string, unknown>;

export class FakeChart extends ClientObject<ChartRecord> {
  protected read(c: ChartRecord, prop: string): unknown {
    if (prop === "name") return c.name;
    throw new FakeOfficeError("InvalidArgument", "Chart properties are not readable in the fake");
  }
  get name(): string {
    return this.get("name");
  }
  get title() {
    return recordingProxy(this.ctx, "Chart.title", this.record(), "title");
  }
  get legend() {
    return recordingProxy(this.ctx, "Chart.legend", this.record(), "legend");
  }
  get axes() {
    return recordingProxy(this.ctx, "Chart.axes", this.record(), "axes");
  }
  get dataLabels() {
    return recordingProxy(this.ctx, "Chart.dataLabels", this.record(), "dataLabels");
  }
  setPosition(from: string, to: string): void {
    this.write("Chart.setPosition", 1, [from, to], (c) => {
      c.position = `${from}:${to}`;
    });
  }
  delete(): void {
    this.write("Chart.delete", 1, undefined, (c) => {
      for (const s of this.ctx.state.sheets) {
        const at = s.charts.indexOf(c);
        if (at >= 0) s.charts.splice(at, 1);
      }
    });
  }
  get series() {
    const write = this.write.bind(this);
    const item = (c: ChartRecord, index: number) =>
      (c.series as ChartRecord[])[index] as ChartRecord;
    const seriesProxy = (index: () => number) => ({
      set name(value: string) {
        write("ChartSeries.name.set", 1, value, (c) => (item(c, index()).name = value));
      },
      setValues(range: FakeRange) {
        write(
          "ChartSeries.setValues",
          7,
          undefined,
          (c) => (item(c, index()).values = range.areaAddress()),
        );
      },
      setXAxisValues(range: FakeRange) {
        write(
          "ChartSeries.setXAxisValues",
          7,
          undefined,
          (c) => (item(c, index()).categories = range.areaAddress()),
        );
      },
      // A line's look (ExcelApi 1.7 for the markers, 1.1 for the line's colour): recorded on
      // the series as set, not drawn.
      set markerStyle(value: string) {
        write("ChartSeries.markerStyle.set", 7, value, (c) => (item(c, index()).marker = value));
      },
      set markerSize(value: number) {
        write("ChartSeries.markerSize.set", 7, value, (c) => (item(c, index()).markerSize = value));
      },
      set markerBackgroundColor(value: string) {
        write(
          "ChartSeries.markerBackgroundColor.set",
          7,
          value,
          (c) => (item(c, index()).markerFill = value),
        );
      },
      set markerForegroundColor(value: string) {
        write(
          "ChartSeries.markerForegroundColor.set",
          7,
          value,
          (c) => (item(c, index()).markerLine = value),
        );
      },
      format: {
        fill: {
          setSolidColor(color: string) {
            write("ChartFill.setSolidColor", 1, color, (c) => (item(c, index()).color = color));
          },
        },
        line: {
          set color(value: string) {
            write("ChartLineFormat.color.set", 1, value, (c) => (item(c, index()).line = value));
          },
        },
      },
    });
    return {
      getItemAt: (i: number) => seriesProxy(() => i),
      add: (name: string) => {
        let at = -1;
        this.write("ChartSeriesCollection.add", 7, name, (c) => {
          const list = c.series as ChartRecord[];
          list.push({ name });
          at = list.length - 1;
        });
        return seriesProxy(() => at);
      },
    };
  }
  private record(): ChartRecord {
    const must = () => this.must();
    return new Proxy({} as ChartRecord, {
      set: (_t, prop: string, value) => {
        must()[prop] = value;
        return true;
      },
    });
  }
}

export class FakeChartCollection extends ClientObject<SheetState> {
  constructor(ctx: FakeContext, owner: FakeWorksheet) {
    super(ctx, () => owner.sheetFor("charts"));
    this.owner = owner;
  }
  private readonly owner: FakeWorksheet;
  protected read(s: SheetState, prop: string): unknown {
    if (prop.startsWith("items/")) return [...s.charts];
    throw new FakeOfficeError("InvalidArgument", `unknown property ${prop}`);
  }
  get items(): FakeChart[] {
    return loadedItems(this.loaded, (c: ChartRecord) => new FakeChart(this.ctx, () => c));
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.ctx, () => {
      const c = this.must().charts.find((x) => x.name === name);
      if (!c) throw new FakeOfficeError("ItemNotFound", `no chart ${name}`);
      return c;
    });
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    const chart = new FakeChart(this.ctx, () => null);
    this.owner.writeSheet("ChartCollection.add", 1, [type, seriesBy], (s) => {
      guardProtected(s);
      const record: ChartRecord = {
        name: `Chart ${this.ctx.state.nextId++}`,
        type,
        source: source.areaAddress(),
        seriesBy,
        series: [{ values: source.areaAddress() }],
      };
      s.charts.push(record);
      chart.bind(record);
    });
    return chart;
  }
}
