/**
 * The Office code on its own, driven through Microsoft's office.js (npm @microsoft/office-js) in
 * Chromium, against the fake Excel behind the stand-ins for Excel on Windows and Excel on the
 * web (README.md beside this file). Every request and response is measured in the bytes of its
 * body on the wire.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Frame } from "playwright-core";
import { launch } from "../browser/harness";
import type { FakeExcel } from "../fakeExcel/fakeExcel";
import { mixedTable } from "../fixtures/layouts";
import { threeYears2569 } from "../fixtures/threeYears";
import { addPlanRows, fakeWith, withNoise } from "../office/helpers";
import { generate as generateSpec } from "../../src/domain/generate";
import { toGrids } from "../fixtures/toGrids";
import { differences, officeLooks, specLooks } from "../specLooks";
import { openInExcel, sheetsOfPdf, type ExcelHostOptions, type OpenedInExcel } from "./host";
import { writeOfficeCodePage } from "./pages";

/** Excel on the web's limit, per request and per response. */
const FIVE_MB = 5 * 1024 * 1024;

let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-real-client-"));
  await writeOfficeCodePage(dir);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

interface Done {
  kind: "done";
  sheets: string[];
  warnings: { en: string }[];
  total: number;
  printable: string[];
  estimates: number[];
}
type Outcome = Done | { kind: "failed"; code: string } | { kind: "rejected"; findings: string[] };

/** What the page exposes (officeCode.entry.ts). */
interface Ita {
  ready(): Promise<{ host: string; platform: string; excelApi: number[] }>;
  read(): Promise<{
    sheets: { name: string; rows: number; merges: string[] }[];
    findings: string[];
  }>;
  generate(options?: Record<string, unknown>): Promise<Outcome>;
  pdfSupported(): boolean;
  print(pdf: boolean): Promise<{
    kind: string;
    printSetup: string;
    pdf?: string;
    bytes?: number[];
  }>;
}

const ita = (frame: Frame) => ({
  call: <K extends keyof Ita>(name: K, ...args: unknown[]) =>
    frame.evaluate(
      ([n, a]) =>
        (
          (window as unknown as { __ita: Record<string, (...x: unknown[]) => unknown> }).__ita[
            n as string
          ] as (...x: unknown[]) => unknown
        )(...(a as unknown[])),
      [name, args] as const,
    ) as ReturnType<Ita[K]>,
});

async function open(fake: FakeExcel, options: ExcelHostOptions): Promise<OpenedInExcel> {
  const opened = await openInExcel(browser, dir, "code.html", fake, options);
  await opened
    .addin()
    .waitForFunction(() => "__ita" in window, null, { timeout: 30_000 })
    .catch(async (e) => {
      throw new Error(`${e}\n${opened.errors.join("\n")}`);
    });
  return opened;
}

/** The requests made since `from`, and what must hold of every one of them. */
function expectWithinLimits(opened: OpenedInExcel, from = 0): void {
  const records = opened.host.wire.records.slice(from);
  for (const r of records) {
    expect(r.requestBytes).toBeLessThanOrEqual(FIVE_MB);
    expect(r.responseBytes).toBeLessThanOrEqual(FIVE_MB);
    expect(r.error).toBeUndefined();
  }
  expect(opened.host.wire.missing).toEqual([]);
  expect(opened.host.unknownCalls).toEqual([]);
  expect(opened.errors.filter((e) => /PropertyNotLoaded|not available/.test(e))).toEqual([]);
}

const syncsSince = (opened: OpenedInExcel, from: number) =>
  opened.host.wire.records.slice(from).filter((r) => r.kind === "sync");

const HOSTS: [string, ExcelHostOptions][] = [
  ["Excel 2019 on Windows (ExcelApi 1.7)", { platform: "win32", apiVersion: 7 }],
  ["Excel on Windows with ExcelApi 1.9", { platform: "win32", apiVersion: 9 }],
  ["Microsoft 365 on Windows (ExcelApi 1.17)", { platform: "win32", apiVersion: 17 }],
  ["Excel on the web", { platform: "web", apiVersion: 17 }],
];

describe.each(HOSTS)("%s, through office.js", (_name, options) => {
  it("starts as Excel, reads the sample, generates it in 4 requests and again in place", async () => {
    const fake = fakeWith(mixedTable(), options.apiVersion);
    const opened = await open(fake, options);
    const page = ita(opened.addin());
    const ready = await page.call("ready");
    expect(ready.host).toBe("Excel");
    expect(ready.platform).toBe(options.platform === "web" ? "OfficeOnline" : "PC");
    expect(Math.max(...ready.excelApi)).toBe(options.apiVersion);

    const read = await page.call("read");
    expect(read.sheets.map((s) => s.name)).toEqual(["ITA"]);
    expect(read.sheets[0]?.rows).toBeGreaterThan(30);

    const from = opened.host.wire.records.length;
    const first = (await page.call("generate")) as Done;
    expect(first).toMatchObject({ kind: "done", total: 94.5, warnings: [] });
    expect(first.sheets).toHaveLength(5);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["ITA", ...first.sheets]);
    // list, read, content, cosmetics: one wire request each
    expect(syncsSince(opened, from)).toHaveLength(4);
    expectWithinLimits(opened, from);
    // through office.js too, each cell as the spec says (no indent before ExcelApi 1.9)
    const spec = generateSpec(toGrids(mixedTable()), {});
    if (!spec.ok) throw new Error("the sample did not analyse");
    for (const p of spec.placements) {
      const expected = specLooks(spec.spec.sheets[p.index]!, spec.spec);
      if (options.apiVersion < 9) for (const look of expected.values()) look.indent = 0;
      expect(differences(expected, officeLooks(fake.sheet(p.name)!))).toEqual([]);
    }

    const again = opened.host.wire.records.length;
    const second = (await page.call("generate")) as Done;
    expect(second.kind).toBe("done");
    expect(second.sheets).toEqual(first.sheets);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["ITA", ...first.sheets]);
    expect(syncsSince(opened, again)).toHaveLength(4);
    expectWithinLimits(opened, again);
    await opened.page.context().close();
  }, 120_000);

  it("three years: the trend's Line chart and its series' lines and markers, through office.js", async () => {
    const fake = fakeWith(threeYears2569(), options.apiVersion);
    const opened = await open(fake, options);
    const page = ita(opened.addin());
    await page.call("ready");
    const from = opened.host.wire.records.length;
    const done = (await page.call("generate")) as Done;
    expect(done).toMatchObject({ kind: "done", total: 96.53, warnings: [] });
    expect(syncsSince(opened, from)).toHaveLength(4);
    expectWithinLimits(opened, from);
    const charts = fake.sheet("สรุปผล ITA 2569")!.charts as Record<string, unknown>[];
    expect(charts.map((c) => [c.type, c.source, c.position])).toEqual([
      ["ColumnClustered", "G8:G17", "A24:I30"],
      ["Line", "C33:C35", "H31:I36"],
    ]);
    const series = charts[1]!.series as Record<string, unknown>[];
    expect(series.map((s) => [s.name, s.values, s.line, s.marker, s.markerSize])).toEqual([
      ["รวม", "C33:C35", "#1F3864", "Circle", 7],
      ["IIT", "D33:D35", "#5B9BD5", "Square", 7],
      ["EIT", "E33:E35", "#70AD47", "Triangle", 7],
      ["OIT", "F33:F35", "#ED7D31", "Diamond", 7],
    ]);
    await opened.page.context().close();
  }, 120_000);

  it("the print step sets the print setup only where Excel has the API, and says so", async () => {
    const fake = fakeWith(mixedTable(), options.apiVersion);
    fake.addSheet("บันทึกของฉัน", [["ของผู้ใช้"]]);
    const opened = await open(fake, options);
    const page = ita(opened.addin());
    const outcome = (await page.call("generate")) as Done;
    expect(outcome.printable).toHaveLength(4);
    expect(await page.call("pdfSupported")).toBe(true);
    const print = await page.call("print", true);
    const layoutApi = options.apiVersion >= 9;
    expect(print.printSetup).toBe(layoutApi ? "set" : "unsupported");
    for (const name of outcome.printable) {
      const layout = fake.sheet(name)?.pageLayout ?? {};
      if (layoutApi) expect(layout).toMatchObject({ paperSize: "A4" });
      else expect(layout).toEqual({});
    }
    // The PDF was made with only the four public sheets visible; all are visible again.
    expect(print.kind).toBe("pdf");
    expect(sheetsOfPdf(new Uint8Array(print.bytes ?? []))).toEqual(opened.host.pdfExports[0]);
    expect([...(opened.host.pdfExports[0] ?? [])].sort()).toEqual([...outcome.printable].sort());
    expect(fake.state.sheets.every((s) => s.visibility === "Visible")).toBe(true);
    expect(fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name).toBe(
      outcome.printable[0],
    );
    expectWithinLimits(opened);
    await opened.page.context().close();
  }, 120_000);

  it("the 100× input: the same 4 requests, each under 5 MB on the wire", async () => {
    const fake = fakeWith(withNoise(mixedTable(), 100), options.apiVersion);
    const opened = await open(fake, options);
    const outcome = (await ita(opened.addin()).call("generate")) as Done;
    expect(outcome).toMatchObject({ kind: "done", total: 94.5 });
    expect(syncsSince(opened, 0)).toHaveLength(4);
    expectWithinLimits(opened);
    await opened.page.context().close();
  }, 120_000);

  it.each(options.platform === "web" || options.apiVersion === 7 ? [5000, 15000] : [5000])(
    "a %d-row action plan: written in as few requests as 5 MB allows, each under it",
    async (n) => {
      const fake = fakeWith(mixedTable(), options.apiVersion);
      const opened = await open(fake, options);
      const page = ita(opened.addin());
      expect((await page.call("generate")).kind).toBe("done");
      addPlanRows(fake, n);
      const from = opened.host.wire.records.length;
      const outcome = (await page.call("generate")) as Done;
      expect(outcome.kind).toBe("done");
      const plan = fake.state.sheets.find((s) => s.name.startsWith("แผนพัฒนา"));
      const rows = new Set(Object.keys(plan?.cells ?? {}).map((k) => k.split(",")[0]));
      expect(rows.size).toBeGreaterThan(n);
      expectWithinLimits(opened, from);
      // The writer's estimate of each write request is never below what office.js sent, and
      // close to it; the requests are as few as its 4 MB budget allows.
      const syncs = syncsSince(opened, from);
      const writes = syncs.slice(syncs.length - outcome.estimates.length);
      writes.forEach((w, i) => {
        const estimate = outcome.estimates[i] as number;
        expect(estimate).toBeGreaterThanOrEqual(w.requestBytes);
        expect(estimate).toBeLessThan(w.requestBytes * 1.4);
      });
      const content = outcome.estimates.slice(0, -1);
      const bytes = content.reduce((a, b) => a + b, 0);
      expect(content.length).toBeLessThanOrEqual(Math.ceil(bytes / 4_000_000) + 1);
      if (n > 5000) expect(content.length).toBeGreaterThan(1);
      await opened.page.context().close();
    },
    180_000,
  );
});

describe("through office.js, what a host refuses is never claimed", () => {
  it("Excel refusing the page layout: the print step reports it refused", async () => {
    const fake = fakeWith(mixedTable(), 17);
    const opened = await open(fake, { platform: "win32", apiVersion: 17 });
    const page = ita(opened.addin());
    const outcome = (await page.call("generate")) as Done;
    expect(outcome.kind).toBe("done");
    fake.failKind = "PageLayout.paperSize.set";
    const print = await page.call("print", false);
    expect(print).toEqual({ kind: "manual", printSetup: "refused" });
    await opened.page.context().close();
  }, 120_000);

  it("Excel on the web returning an empty PDF: no PDF claimed", async () => {
    const fake = fakeWith(mixedTable(), 17);
    const opened = await open(fake, { platform: "web", apiVersion: 17, pdf: "empty" });
    const page = ita(opened.addin());
    expect((await page.call("generate")).kind).toBe("done");
    expect(await page.call("print", true)).toEqual({
      kind: "manual",
      printSetup: "set",
      pdf: "empty",
    });
    await opened.page.context().close();
  }, 120_000);

  it("a host without the PdfFile set (Excel on iPad) is offered no PDF, though getFileAsync exists", async () => {
    const fake = fakeWith(mixedTable(), 17);
    const opened = await open(fake, { platform: "win32", apiVersion: 17, pdf: "none" });
    const frame = opened.addin();
    await ita(frame).call("ready");
    expect(
      await frame.evaluate(() => typeof Office.context.document.getFileAsync === "function"),
    ).toBe(true);
    expect(await ita(frame).call("pdfSupported")).toBe(false);
    await opened.page.context().close();
  }, 120_000);

  it("a sheet of more than 512 merged areas does not fail the read", async () => {
    const fake = fakeWith(mixedTable(), 17);
    fake.sheet("ITA")?.merges.push("A1:E1");
    const form = fake.addSheet(
      "แบบฟอร์ม",
      Array.from({ length: 600 }, (_, r) => [`ช่อง ${r + 1}`]),
    );
    for (let r = 1; r <= 600; r++) form.merges.push(`A${r}:C${r}`);
    const opened = await open(fake, { platform: "web", apiVersion: 17 });
    const page = ita(opened.addin());
    const read = await page.call("read");
    const merges = new Map(read.sheets.map((s) => [s.name, s.merges]));
    expect(merges.get("ITA")).toEqual(["A1:E1"]);
    expect(merges.get("แบบฟอร์ม")).toEqual([]);
    // Refused: the look with the merged areas, then both sheets' merged areas at once, then
    // แบบฟอร์ม's alone; the look again and ITA's merged areas were answered.
    expect(opened.host.wire.records.filter((r) => r.error)).toHaveLength(3);
    expect((await page.call("generate")).kind).toBe("done");
    await opened.page.context().close();
  }, 120_000);
});

describe("the harness itself", () => {
  it("fails where office.js would: a property read before it is loaded", async () => {
    const fake = fakeWith(mixedTable(), 17);
    const opened = await open(fake, { platform: "win32", apiVersion: 17 });
    const error = await opened.addin().evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("ITA").getRange("A1");
        await context.sync();
        return String(range.values);
      }).then(
        () => null,
        (e: { code?: string }) => e.code ?? String(e),
      ),
    );
    expect(error).toBe("PropertyNotLoaded");
    await opened.page.context().close();
  }, 120_000);

  it("Excel on the web refuses a request over 5 MB, as the host call fails (office.js code 5103)", async () => {
    const fake = fakeWith(mixedTable(), 17);
    const opened = await open(fake, { platform: "web", apiVersion: 17 });
    const error = await opened.addin().evaluate(() =>
      Excel.run(async (context) => {
        const big = Array.from({ length: 6000 }, () => ["ข้อความยาว".repeat(50)]);
        context.workbook.worksheets.getItem("ITA").getRange("H1:H6000").values = big;
        await context.sync();
      }).then(
        () => null,
        (e: { code?: string }) => e.code ?? String(e),
      ),
    );
    expect(error).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheet("ITA")?.cells["1,8"]).toBeUndefined();
    expect(opened.host.wire.maxRequestBytes).toBeGreaterThan(FIVE_MB);
    await opened.page.context().close();
  }, 120_000);
});
