/**
 * The built task pane in a real Chromium (Debian's). Standalone: served over plain HTTP on
 * 127.0.0.1, end to end. Inside Excel: opened as Office opens it, with Microsoft's office.js
 * (npm @microsoft/office-js, at its CDN address) in front of the fake Excel, on Windows at
 * ExcelApi 1.7, 1.9 and 1.17 and on the web (test/realClient). Both languages, and a record of
 * every request the page makes.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page, Worker } from "playwright-core";
import { SAMPLE, editLikeExcel } from "../helpers";
import { OFFICE_JS, buildPane, holdWorkers, launch, release, serve } from "./harness";
import type { FakeExcel } from "../fakeExcel/fakeExcel";
import { mixedTable } from "../fixtures/layouts";
import { fakeWith } from "../office/helpers";
import {
  ADDIN_ORIGIN,
  CDN,
  WEB_HOST_URL,
  openInExcel,
  sheetsOfPdf,
  type ExcelHostOptions,
  type OpenedInExcel,
} from "../realClient/host";
import { byHeader, findCell } from "../sheetText";
import { SAMPLE_SHEETS } from "../sampleSheets";

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
const shots = process.env.SCREENSHOTS_DIR;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-pane-"));
  await buildPane(dir);
  server = await serve(dir);
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const SHEETS = ["ITA", ...SAMPLE_SHEETS];

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

/**
 * The standalone page 320 px wide, recording every request and every Content-Security-Policy
 * violation; office.js is never asked for (the test fails if it is).
 */
async function openPane(
  mode: "standalone",
  lang = "th-TH",
  userAgent?: string,
  before?: (context: BrowserContext) => Promise<void>,
): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 900 },
    locale: lang,
    acceptDownloads: true,
    ...(userAgent ? { userAgent } : {}),
  });
  await before?.(context);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route(OFFICE_JS, (route) => route.abort());
  await page.addInitScript({
    content: `window.__displayLanguage=${JSON.stringify(lang)};
window.__csp=[];document.addEventListener("securitypolicyviolation",function(e){window.__csp.push(e.violatedDirective+" "+e.blockedURI)});`,
  });
  await page.goto(`${server.url}/taskpane.html`);
  return { page, requests };
}

function expectOnlyOwnOrigin(requests: string[], officeJs = false): void {
  const outside = requests.filter(
    (u) =>
      !u.startsWith(server.url) &&
      !(officeJs && OFFICE_JS.test(u)) &&
      !u.startsWith("blob:") &&
      !u.startsWith("data:"),
  );
  expect(outside).toEqual([]);
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe("standalone mode (not in Office)", () => {
  it("opens the sample from disk, generates, and the download holds the five sheets", async () => {
    const { page, requests } = await openPane("standalone");
    await page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).waitFor();
    if (shots)
      await page.screenshot({ path: path.join(shots, "pane-standalone-th.png"), fullPage: true });
    await page.getByLabel("เปิดสมุดงาน (.xlsx)").first().setInputFiles(SAMPLE);
    await page.getByText("พบตารางคะแนน").waitFor();
    await expect(page.getByText("เทศบาลตำบลคลองใหญ่").count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    const link = page.getByRole("link", { name: "ดาวน์โหลดสมุดงานพร้อมชีตผลลัพธ์" });
    await link.waitFor({ timeout: 60_000 });
    await expect(page.getByRole("status").textContent()).resolves.toBe("94.50");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const saved = path.join(dir, "downloaded.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const summary = wb.getWorksheet("สรุปผล ITA 2568")!;
    expect(summary.getCell(findCell(summary, "คะแนนรวม ITA ปี 2568").row, 3).value).toBe(94.5);
    expect(download.suggestedFilename()).toBe("sample-ita-2568-analysis.xlsx");

    // Staff type in the downloaded plan and open it again: what they typed is kept, and the
    // new download keeps the file's name.
    await editLikeExcel(saved, (book) => {
      byHeader(book.getWorksheet("แผนพัฒนา ITA 2569")!, "รหัสมาตรการ (ไม่พิมพ์)", "4D").cell(
        "สถานะ (ไม่พิมพ์)",
      ).value = "ดำเนินการแล้ว";
    });
    const again = path.join(dir, "sample-ita-2568-analysis.xlsx");
    await fs.copyFile(saved, again);
    await page.getByLabel("เปิดสมุดงาน (.xlsx)").first().setInputFiles(again);
    await page.getByText("ไฟล์: sample-ita-2568-analysis.xlsx").waitFor();
    await page.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    await link.waitFor({ timeout: 60_000 });
    const [second] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(second.suggestedFilename()).toBe("sample-ita-2568-analysis.xlsx");
    const regenerated = path.join(dir, "regenerated.xlsx");
    await second.saveAs(regenerated);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(regenerated);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(
      byHeader(wb2.getWorksheet("แผนพัฒนา ITA 2569")!, "รหัสมาตรการ (ไม่พิมพ์)", "4D").value(
        "สถานะ (ไม่พิมพ์)",
      ),
    ).toBe("ดำเนินการแล้ว");
    expectOnlyOwnOrigin(requests);
    expect(requests.some((u) => OFFICE_JS.test(u))).toBe(false);
    await expect(violations(page)).resolves.toEqual([]);
    await page.context().close();
  }, 120_000);

  it("reads a large file once in a worker while the page stays responsive to clicks", async () => {
    const { toWorkbook } = await import("../fixtures/toWorkbook");
    const wb = toWorkbook(mixedTable());
    const ws = wb.getWorksheet("ITA")!;
    for (let r = 1; r <= 60_000; r++) {
      ws.getCell(r, 8).value = `บันทึก ${r}`;
      ws.getCell(r, 9).value = r;
    }
    const big = path.join(dir, "big.xlsx");
    await wb.xlsx.writeFile(big);
    const { page } = await openPane("standalone");
    await page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).waitFor();
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.getByLabel("เปิดสมุดงาน (.xlsx)").first().setInputFiles(big);
    const t0 = Date.now();
    // While the worker reads: the page answers a timer promptly and a click changes the language.
    let worst = 0;
    let probes = 0;
    let switched = false;
    while (!(await page.getByText(/พบตารางคะแนน|Score tables found/).count())) {
      const lag = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            setTimeout(() => resolve(performance.now() - start), 0);
          }),
      );
      worst = Math.max(worst, lag);
      probes++;
      if (!switched && Date.now() - t0 > 300) {
        await page.getByLabel("ภาษาของหน้าจอ").selectOption("en");
        await page.getByRole("heading", { name: "ITA analysis" }).waitFor({ timeout: 1_000 });
        switched = await page
          .getByText("Score tables found")
          .count()
          .then((n) => n === 0);
      }
      if (Date.now() - t0 > 90_000) throw new Error("the file was not read in 90 s");
    }
    const elapsed = Date.now() - t0;
    expect(switched).toBe(true);
    expect(elapsed).toBeGreaterThan(1_000);
    expect(probes).toBeGreaterThan(5);
    expect(worst).toBeLessThan(250);
    expect(workers).toHaveLength(1);
    await page.context().close();
  }, 180_000);

  it("reads one file at a time: a file chosen while another is read replaces it, with its own name and download", async () => {
    const { toWorkbook } = await import("../fixtures/toWorkbook");
    // A large file of another agency.
    const layout = mixedTable();
    layout[0]!.rows[1] = ["หน่วยงาน", "องค์การบริหารส่วนตำบลบ้านใหญ่"];
    const wb = toWorkbook(layout);
    const ws = wb.getWorksheet("ITA")!;
    for (let r = 1; r <= 60_000; r++) {
      ws.getCell(r, 8).value = `บันทึก ${r}`;
      ws.getCell(r, 9).value = r;
    }
    const big = path.join(dir, "big4.xlsx");
    await wb.xlsx.writeFile(big);

    // Each worker reads its file but keeps its answer until the test lets it go: the large
    // file is still being read, for certain, when the second is chosen.
    const { page } = await openPane("standalone", "th-TH", undefined, (context) =>
      holdWorkers(context, server.url),
    );
    await page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).waitFor();
    const closed = new Set<Worker>();
    page.on("worker", (w) => w.on("close", () => closed.add(w)));
    const input = page.getByLabel("เปิดสมุดงาน (.xlsx)").first();
    const [first] = await Promise.all([page.waitForEvent("worker"), input.setInputFiles(big)]);
    // While it is read, the page says which file and where the reading is: here the last step,
    // its result about to come.
    await page
      .getByRole("progressbar", { name: "กำลังอ่าน big4.xlsx: 3/3 ตรวจตารางคะแนน" })
      .waitFor({ timeout: 90_000 });

    const [second] = await Promise.all([page.waitForEvent("worker"), input.setInputFiles(SAMPLE)]);
    // The first read is stopped: its worker ends, so its answer can never come.
    if (!closed.has(first)) await first.waitForEvent("close");
    await page.getByRole("progressbar", { name: /^กำลังอ่าน sample-ita-2568\.xlsx: / }).waitFor();
    await expect(page.getByText(/big4/).count()).resolves.toBe(0);
    await release(second);

    await page.getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    await expect(page.getByText("องค์การบริหารส่วนตำบลบ้านใหญ่").count()).resolves.toBe(0);
    await expect(page.getByText("เทศบาลตำบลคลองใหญ่").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText("ไฟล์: sample-ita-2568.xlsx").count()).resolves.toBe(1);
    await expect(page.getByText(/big4/).count()).resolves.toBe(0);
    await expect(page.getByRole("progressbar").count()).resolves.toBe(0);
    expect(closed.has(first)).toBe(true);
    expect(closed.has(second)).toBe(false);

    await page.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    const link = page.getByRole("link", { name: "ดาวน์โหลดสมุดงานพร้อมชีตผลลัพธ์" });
    await link.waitFor({ timeout: 60_000 });
    await expect(page.getByRole("status").textContent()).resolves.toBe("94.50");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("sample-ita-2568-analysis.xlsx");
    const saved = path.join(dir, "raced.xlsx");
    await download.saveAs(saved);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(saved);
    const summary = out.getWorksheet("สรุปผล ITA 2568")!;
    const title = String(summary.getCell("A1").value);
    expect(title).toContain("เทศบาลตำบลคลองใหญ่");
    expect(title).not.toContain("บ้านใหญ่");
    expect(summary.getCell(findCell(summary, "คะแนนรวม ITA ปี 2568").row, 3).value).toBe(94.5);
    await page.context().close();
  }, 240_000);

  it("names each wrong kind of file and says what to do, as the command line does", async () => {
    const { WRONG_DIR, WRONG_FILES } = await import("../fixtures/wrongFiles");
    const { wrongFile } = await import("../../src/hosts/xlsx/fileKind");
    for (const lang of ["th", "en"] as const) {
      const { page } = await openPane("standalone", lang === "th" ? "th-TH" : "en-US");
      const input = page.getByLabel(
        lang === "th" ? "เปิดสมุดงาน (.xlsx)" : "Open a workbook (.xlsx)",
      );
      await input.first().waitFor();
      for (const [name, kind] of Object.entries(WRONG_FILES)) {
        await input.first().setInputFiles(path.join(WRONG_DIR, name));
        const title = lang === "th" ? `อ่านไฟล์ ${name} ไม่ได้` : `Cannot read ${name}`;
        await page.getByText(title).waitFor({ timeout: 30_000 });
        await page.getByText(wrongFile(kind)[lang]).waitFor();
      }
      // A workbook without scores: advice for a file, not Excel's selection.
      await input
        .first()
        .setInputFiles(path.join(__dirname, "..", "fixtures", "bad", "headers-only.xlsx"));
      await page
        .getByText(lang === "th" ? "คัดลอกตารางไปไว้ในชีตใหม่" : "copy it to a sheet of its own", {
          exact: false,
        })
        .waitFor();
      await expect(page.getByText(/ช่วงที่เลือก|selection/i).count()).resolves.toBe(0);
      await page.context().close();
    }
  }, 120_000);
});

/** Excel on the web's limit, per request and per response. */
const FIVE_MB = 5 * 1024 * 1024;

/** Waits until something the page does reaches the test's side (the host). */
async function until(done: () => boolean, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!done()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The built pane inside Excel, as Office opens it (the manifest's address, ?office=1), with
 * Microsoft's office.js from npm answering at its CDN address and the fake Excel behind the
 * stand-in for the host (test/realClient).
 */
async function openOffice(
  options: ExcelHostOptions,
  fake: FakeExcel = fakeWith(mixedTable(), options.apiVersion),
  lang = "th-TH",
  userAgent?: string,
): Promise<OpenedInExcel> {
  return openInExcel(
    browser,
    dir,
    "taskpane.html?office=1",
    fake,
    { ...options, locale: lang },
    {
      viewport: { width: 320, height: 900 },
      locale: lang,
      acceptDownloads: true,
      ...(userAgent ? { userAgent } : {}),
    },
  );
}

/** What must hold of every request of the session: under 5 MB each way, nothing the fake lacks,
 *  no property read before it was loaded, no Content-Security-Policy violation. */
async function expectClean(opened: OpenedInExcel): Promise<void> {
  for (const r of opened.host.wire.records) {
    expect(r.requestBytes).toBeLessThanOrEqual(FIVE_MB);
    expect(r.responseBytes).toBeLessThanOrEqual(FIVE_MB);
  }
  expect(opened.host.wire.missing).toEqual([]);
  expect(opened.host.unknownCalls).toEqual([]);
  expect(opened.errors.filter((e) => /PropertyNotLoaded|not available/.test(e))).toEqual([]);
  await expect(opened.violations()).resolves.toEqual([]);
  // the pane asks nothing of any other origin than its own and office.js's folder
  const outside = opened.requests.filter(
    (u) =>
      !u.startsWith(ADDIN_ORIGIN) &&
      !u.startsWith(CDN) &&
      !u.startsWith(WEB_HOST_URL) &&
      !u.startsWith("blob:") &&
      !u.startsWith("data:"),
  );
  expect(outside).toEqual([]);
}

const HOSTS: [string, ExcelHostOptions][] = [
  ["Excel 2019 on Windows (ExcelApi 1.7)", { platform: "win32", apiVersion: 7 }],
  ["Excel on Windows with ExcelApi 1.9", { platform: "win32", apiVersion: 9 }],
  ["Microsoft 365 on Windows (ExcelApi 1.17)", { platform: "win32", apiVersion: 17 }],
  ["Excel on the web", { platform: "web", apiVersion: 17 }],
];

describe.each(HOSTS)("the built pane in %s, through office.js", (_name, options) => {
  it("reads on open, generates, and generates again in place", async () => {
    const opened = await openOffice(options);
    const pane = opened.addin();
    await pane.getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    // Settings.saveAsync keeps the options in the document; the file keeps them once saved
    await pane.getByText(/เมื่อท่านบันทึกสมุดงาน \(Ctrl\+S\) แล้วเท่านั้น/).waitFor();
    const before = opened.host.wire.syncs;
    await pane.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    await pane.getByRole("button", { name: "เปิดชีต สรุปผล ITA 2568" }).waitFor({ timeout: 60_000 });
    await expect(pane.getByRole("status").textContent()).resolves.toBe("94.50");
    const fake = opened.host.fake;
    expect(fake.state.sheets.map((s) => s.name)).toEqual(SHEETS);
    expect(opened.host.wire.syncs - before).toBe(4);
    // the options went to the document's settings
    expect(Object.keys(opened.host.settings)).toContain("itaAnalyzer.options");
    const again = opened.host.wire.syncs;
    await pane.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    await pane
      .getByText("จะเขียนทับชีตเดิม")
      .waitFor({ state: "detached" })
      .catch(() => undefined);
    await until(() => opened.host.wire.syncs - again >= 4);
    await pane.getByRole("button", { name: "เปิดชีต สรุปผล ITA 2568" }).waitFor({ timeout: 60_000 });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(SHEETS);
    await expectClean(opened);
    await opened.page.context().close();
  }, 180_000);

  it("the print step: the print setup only where Excel has the API, the PDF of the four public sheets", async () => {
    const opened = await openOffice(options);
    const pane = opened.addin();
    await pane.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click({ timeout: 60_000 });
    await pane.getByRole("button", { name: "เปิดชีต สรุปผล ITA 2568" }).waitFor({ timeout: 60_000 });
    const layoutApi = options.apiVersion >= 9;
    const button = layoutApi ? "ตั้งค่าการพิมพ์และสร้าง PDF" : "เปิดชีตแรกและสร้าง PDF";
    if (!layoutApi) await pane.getByText(/ไม่ให้ Add-in ตั้งค่าหน้ากระดาษ จึงยังไม่ได้ตั้งค่าการพิมพ์/).waitFor();
    await pane.getByRole("button", { name: button }).click();
    const link = pane.getByRole("link", { name: "ดาวน์โหลด PDF ของชีตสาธารณะ" });
    await link.waitFor({ timeout: 60_000 });
    const claim = pane.getByText(/ตั้งค่าการพิมพ์ของชีตสาธารณะ 4 ชีตแล้ว/);
    await expect(claim.count()).resolves.toBe(layoutApi ? 1 : 0);
    const fake = opened.host.fake;
    const printed = SHEETS.slice(1, 5);
    for (const name of printed) {
      const layout = fake.sheet(name)?.pageLayout ?? {};
      if (layoutApi) expect(layout).toMatchObject({ paperSize: "A4" });
      else expect(layout).toEqual({});
    }
    const [download] = await Promise.all([opened.page.waitForEvent("download"), link.click()]);
    const saved = path.join(dir, `print-${options.platform}-${options.apiVersion}.pdf`);
    await download.saveAs(saved);
    expect(sheetsOfPdf(await fs.readFile(saved))).toEqual(printed);
    expect(fake.state.sheets.every((s) => s.visibility === "Visible")).toBe(true);
    await expectClean(opened);
    await opened.page.context().close();
  }, 180_000);
});

describe("the built pane in Office, through office.js", () => {
  it("reads on open, generates, and a finding's button selects its cell", async () => {
    const opened = await openOffice({ platform: "win32", apiVersion: 17 });
    const pane = opened.addin();
    await pane.getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    if (shots)
      await opened.page.screenshot({
        path: path.join(shots, "pane-th-before.png"),
        fullPage: true,
      });
    await pane.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    await pane.getByRole("button", { name: "เปิดชีต สรุปผล ITA 2568" }).waitFor({ timeout: 60_000 });
    if (shots)
      await opened.page.screenshot({ path: path.join(shots, "pane-th-after.png"), fullPage: true });
    await pane.getByRole("button", { name: "ไปที่เซลล์ 'ITA'!D29" }).click();
    await until(() => opened.host.fake.state.selection !== null);
    expect(opened.host.fake.state.selection).toBe("'ITA'!D29");
    // office.js and the Excel script for Windows came from office.js's folder, let through by
    // the page's Content-Security-Policy
    expect(
      opened.requests.filter((u) => u.startsWith(CDN)).map((u) => u.slice(CDN.length)),
    ).toEqual(expect.arrayContaining(["office.js", "excel-win32-16.01.js"]));
    await expectClean(opened);
    await opened.page.context().close();
  }, 180_000);

  it("follows Office's display language (English) and can switch to Thai", async () => {
    const opened = await openOffice({ platform: "win32", apiVersion: 17 }, undefined, "en-US");
    const pane = opened.addin();
    await pane.getByText("Score tables found").waitFor({ timeout: 60_000 });
    if (shots)
      await opened.page.screenshot({
        path: path.join(shots, "pane-en-before.png"),
        fullPage: true,
      });
    await pane.getByRole("button", { name: "Generate the analysis sheets" }).click();
    await pane.getByRole("status").waitFor({ timeout: 60_000 });
    if (shots)
      await opened.page.screenshot({ path: path.join(shots, "pane-en-after.png"), fullPage: true });
    await pane.getByLabel("Pane language").selectOption("th");
    await pane.getByText("พบตารางคะแนน").waitFor();
    await opened.page.context().close();
  }, 180_000);

  it("the options saved in the workbook come back when it is opened again", async () => {
    const first = await openOffice({ platform: "web", apiVersion: 17 });
    let pane = first.addin();
    await pane.getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    await pane.getByLabel("ภาษาของชีตผลลัพธ์").selectOption("en");
    await pane.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    await pane.getByRole("status").waitFor({ timeout: 60_000 });
    const saved = first.host.settings;
    expect(JSON.parse(saved["itaAnalyzer.options"] ?? "{}")).toMatchObject({ lang: "en" });
    const fake = first.host.fake;
    await first.page.context().close();
    const second = await openOffice({ platform: "web", apiVersion: 17, settings: saved }, fake);
    pane = second.addin();
    await pane.getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    await expect(pane.getByLabel("ภาษาของชีตผลลัพธ์").inputValue()).resolves.toBe("en");
    await second.page.context().close();
  }, 180_000);
});

describe("loading office.js", () => {
  it("the built pane ships no copy of office.js: it loads Microsoft's, from the CDN", async () => {
    const files = await fs.readdir(dir, { recursive: true });
    expect(files.filter((f) => /office(\.debug)?\.js$|excel-.*\.js$/i.test(String(f)))).toEqual([]);
    for (const f of files.filter((x) => String(x).endsWith(".js")))
      expect(await fs.readFile(path.join(dir, String(f)), "utf8")).not.toContain(
        "OSF._OfficeAppFactory",
      );
    expect(await fs.readFile(path.join(dir, "guard.js"), "utf8")).toContain(`${CDN}office.js`);
  });

  // guard.js adds office.js as a script element and the bundle waits for it (guard.test.ts: no
  // document.write, which Chromium may refuse for a cross-site script on a slow link).
  it("a slow office.js still comes before the pane decides it is in Office", async () => {
    const opened = await openOffice({ platform: "win32", apiVersion: 17, officeJsDelayMs: 3000 });
    await opened.addin().getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    await expect(opened.addin().getByLabel("เปิดสมุดงาน (.xlsx)").count()).resolves.toBe(0);
    await opened.page.context().close();
  }, 120_000);

  it("office.js out of reach: once it has failed, the pane offers the saved file instead", async () => {
    const opened = await openOffice({ platform: "win32", apiVersion: 17, officeJsFails: true });
    await opened.addin().getByLabel("เปิดสมุดงาน (.xlsx)").first().waitFor({ timeout: 60_000 });
    await opened.page.context().close();
  }, 120_000);
});

describe("Excel on the web on a host office.js does not trust (Office Online Server)", () => {
  it("frames office.js's own trust page, allowed by the page's policy, and works once the user trusts the host", async () => {
    const opened = await openOffice({
      platform: "web",
      apiVersion: 17,
      webHostUrl: "https://oos.example.org/x/_layouts/xlembed.aspx",
    });
    const dialogs: string[] = [];
    opened.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    const pane = opened.addin();
    await pane.getByText("พบตารางคะแนน").waitFor({ timeout: 60_000 });
    expect(opened.requests.some((u) => /AgaveErrorUX\/index\.html/i.test(u))).toBe(true);
    expect(dialogs.join(" ")).toContain("oos.example.org");
    await expect(opened.violations()).resolves.toEqual([]);
    await opened.page.context().close();
  }, 120_000);
});

describe("the page's Content-Security-Policy", () => {
  it("refuses a script from any other origin", async () => {
    const { page } = await openPane("standalone");
    await page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).waitFor();
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.src = "https://cdn.example.org/evil.js";
      document.head.appendChild(s);
    });
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    await expect(violations(page)).resolves.toEqual([
      "script-src-elem https://cdn.example.org/evil.js",
    ]);
    await page.context().close();
  }, 60_000);
});

describe.each([
  ["Internet Explorer (Trident)", TRIDENT],
  ["the old Edge (EdgeHTML)", EDGE_HTML],
])("in %s, as Office 2016/2019 shows add-ins", (_name, userAgent) => {
  it("inside Office: says why in Thai and English and opens the page in the default browser", async () => {
    const opened = await openOffice(
      { platform: "win32", apiVersion: 17 },
      undefined,
      "th-TH",
      userAgent,
    );
    const page = opened.addin();
    const box = page.locator("#unsupported");
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain("Internet Explorer หรือ Edge รุ่นเก่า");
    await expect(box.textContent()).resolves.toContain("cannot run the full ITA Analyzer pane");
    await expect(page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).count()).resolves.toBe(0);
    const link = page.locator("#standalone-link");
    await expect(link.getAttribute("href")).resolves.toBe(`${ADDIN_ORIGIN}/taskpane.html`);
    // office.js ready, the button asks Office to open the page in the default browser
    await page.waitForFunction(() => typeof Office !== "undefined" && !!Office.context?.ui, null, {
      timeout: 60_000,
    });
    await page.locator("#open-browser").click();
    await until(() => opened.host.opened.length > 0);
    expect(opened.host.opened).toEqual([`${ADDIN_ORIGIN}/taskpane.html`]);
    await expectClean(opened);
    await opened.page.context().close();
  }, 120_000);

  it("outside Office: the message and a plain link, no request beyond its own origin", async () => {
    const { page, requests } = await openPane("standalone", "th-TH", userAgent);
    await page.locator("#unsupported").waitFor();
    await expect(page.locator("#standalone-link").count()).resolves.toBe(1);
    await expect(page.locator("#root main").count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).count()).resolves.toBe(0);
    expectOnlyOwnOrigin(requests);
    await page.context().close();
  }, 60_000);
});
