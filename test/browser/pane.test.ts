/**
 * The task pane in a real Chromium (Debian's), served over plain HTTP on 127.0.0.1: standalone
 * mode end to end, in-Office mode with the fake Excel in place of office.js, both languages, and
 * a record of every request the page makes.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { SAMPLE } from "../helpers";
import { OFFICE_JS, buildPane, launch, serve } from "./harness";

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

/** A page 320 px wide that records every request; office.js is answered as absent (offline) or by the shim. */
async function openPane(
  mode: "standalone" | "office",
  lang = "th-TH",
): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 320, height: 900 },
    locale: lang,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route(OFFICE_JS, (route) =>
    mode === "office" ? route.fulfill({ contentType: "text/javascript", body: "" }) : route.abort(),
  );
  if (mode === "office")
    await page.addInitScript({
      content: `window.__displayLanguage=${JSON.stringify(lang)};\n${shim}`,
    });
  await page.goto(`${server.url}/taskpane.html`);
  return { page, requests };
}

function expectOnlyOwnOrigin(requests: string[]): void {
  const outside = requests.filter(
    (u) =>
      !u.startsWith(server.url) &&
      !OFFICE_JS.test(u) &&
      !u.startsWith("blob:") &&
      !u.startsWith("data:"),
  );
  expect(outside).toEqual([]);
}

describe("standalone mode (not in Office)", () => {
  it("opens the sample from disk, generates, and the download holds the three sheets", async () => {
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
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "ITA",
      "สรุปผล ITA 2568",
      "วิเคราะห์ผล ITA 2568",
      "แผนพัฒนา ITA 2569",
    ]);
    expect(wb.getWorksheet("สรุปผล ITA 2568")!.getCell("B4").value).toBe(94.5);
    expect(download.suggestedFilename()).toBe("sample-ita-2568-analysis.xlsx");
    expectOnlyOwnOrigin(requests);
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

  it("says clearly when the file is not a workbook", async () => {
    const { page } = await openPane("standalone");
    const bad = path.join(dir, "bad.xlsx");
    await fs.writeFile(bad, "not a workbook");
    await page.getByLabel("เปิดสมุดงาน (.xlsx)").first().setInputFiles(bad);
    await page.getByText("อ่านไฟล์ไม่ได้").waitFor();
    await page.context().close();
  }, 60_000);
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
    expect(names).toEqual(["ITA", "สรุปผล ITA 2568", "วิเคราะห์ผล ITA 2568", "แผนพัฒนา ITA 2569"]);
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
    expect(selection).toBe("'ITA'!D29:D29");
    expectOnlyOwnOrigin(requests);
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
