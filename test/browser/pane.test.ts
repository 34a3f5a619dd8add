/**
 * The task pane in a real Chromium (Debian's), served over plain HTTP on 127.0.0.1: standalone
 * mode end to end, in-Office mode with the fake Excel in place of office.js, both languages, and
 * a record of every request the page makes.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page, Worker } from "playwright-core";
import { SAMPLE, editLikeExcel } from "../helpers";
import { OFFICE_JS, buildPane, holdWorkers, launch, release, serve } from "./harness";
import { byHeader, findCell } from "../sheetText";
import { SAMPLE_SHEETS } from "../sampleSheets";

let dir: string;
let shim: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
const shots = process.env.SCREENSHOTS_DIR;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-pane-"));
  ({ shim } = await buildPane(dir));
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
 * A page 320 px wide that records every request and every Content-Security-Policy violation.
 * In Office mode the page is opened as the manifest opens it (?office=1) and office.js's CDN
 * address is answered with the stand-in (officeShim.ts); standalone, office.js is never asked for.
 */
async function openPane(
  mode: "standalone" | "office",
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
  await page.route(OFFICE_JS, (route) =>
    mode === "office"
      ? route.fulfill({ contentType: "text/javascript", body: shim })
      : route.abort(),
  );
  await page.addInitScript({
    content: `window.__displayLanguage=${JSON.stringify(lang)};
window.__csp=[];document.addEventListener("securitypolicyviolation",function(e){window.__csp.push(e.violatedDirective+" "+e.blockedURI)});`,
  });
  await page.goto(`${server.url}/taskpane.html${mode === "office" ? "?office=1" : ""}`);
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
    const { mixedTable } = await import("../fixtures/layouts");
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
    const { mixedTable } = await import("../fixtures/layouts");
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

describe("in Office (the fake Excel in place of office.js)", () => {
  it("reads on open, generates into the workbook, and a finding selects its cell", async () => {
    const { page, requests } = await openPane("office");
    await page.getByText("พบตารางคะแนน").waitFor();
    if (shots)
      await page.screenshot({ path: path.join(shots, "pane-th-before.png"), fullPage: true });
    await page.getByRole("button", { name: "สร้างชีตผลการวิเคราะห์" }).click();
    await page.getByRole("button", { name: "เปิดชีต สรุปผล ITA 2568" }).waitFor({ timeout: 60_000 });
    if (shots)
      await page.screenshot({ path: path.join(shots, "pane-th-after.png"), fullPage: true });
    const names = await page.evaluate(() =>
      (
        window as unknown as { __fake: { state: { sheets: { name: string }[] } } }
      ).__fake.state.sheets.map((s) => s.name),
    );
    expect(names).toEqual(SHEETS);
    await page.getByRole("button", { name: "ไปที่เซลล์ 'ITA'!D29" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fake: { state: { selection: string | null } } }).__fake.state
          .selection !== null,
    );
    const selection = await page.evaluate(
      () =>
        (window as unknown as { __fake: { state: { selection: string | null } } }).__fake.state
          .selection,
    );
    expect(selection).toBe("'ITA'!D29");
    // office.js came from its real address, let through by the page's CSP
    expect(requests.filter((u) => OFFICE_JS.test(u))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expectOnlyOwnOrigin(requests, true);
    await expect(violations(page)).resolves.toEqual([]);
    await page.context().close();
  }, 120_000);

  it("follows Office's display language (English) and can switch to Thai", async () => {
    const { page } = await openPane("office", "en-US");
    await page.getByText("Score tables found").waitFor();
    await page.getByRole("button", { name: "Generate the analysis sheets" }).waitFor();
    if (shots)
      await page.screenshot({ path: path.join(shots, "pane-en-before.png"), fullPage: true });
    await page.getByRole("button", { name: "Generate the analysis sheets" }).click();
    await page.getByRole("status").waitFor({ timeout: 60_000 });
    if (shots)
      await page.screenshot({ path: path.join(shots, "pane-en-after.png"), fullPage: true });
    await page.getByLabel("Pane language").selectOption("th");
    await page.getByText("พบตารางคะแนน").waitFor();
    await page.context().close();
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
    const { page, requests } = await openPane("office", "th-TH", userAgent);
    const box = page.locator("#unsupported");
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain("Internet Explorer หรือ Edge รุ่นเก่า");
    await expect(box.textContent()).resolves.toContain("cannot run the full ITA Analyzer pane");
    await expect(page.getByRole("heading", { name: "วิเคราะห์ผล ITA" }).count()).resolves.toBe(0);
    const link = page.locator("#standalone-link");
    await expect(link.getAttribute("href")).resolves.toBe(`${server.url}/taskpane.html`);
    await page.locator("#open-browser").click();
    const opened = await page.evaluate(
      () => (window as unknown as { __opened?: string[] }).__opened ?? [],
    );
    expect(opened).toEqual([`${server.url}/taskpane.html`]);
    expectOnlyOwnOrigin(requests, true);
    await expect(violations(page)).resolves.toEqual([]);
    await page.context().close();
  }, 60_000);

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
