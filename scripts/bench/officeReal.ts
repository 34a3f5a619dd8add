/**
 * The Office host through Microsoft's own office.js (npm @microsoft/office-js) in Chromium, in
 * front of the fake Excel (test/realClient): every request and response measured in the bytes
 * of its body on the wire, on Excel on Windows at ExcelApi 1.7, 1.9 and 1.17 and on the web.
 *   office.real.syncs.N×            requests of a Generate of the scores table N× as long (the
 *                                   same on every host)
 *   office.real.maxRequestBytes.N×  the largest request of that Generate, over the four hosts
 *   office.real.maxResponseBytes.N× the largest response
 *   office.real.plan5000.*          a regeneration over a plan with 5,000 staff rows
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch } from "../../test/browser/harness";
import { mixedTable } from "../../test/fixtures/layouts";
import { addPlanRows, fakeWith, withNoise } from "../../test/office/helpers";
import { openInExcel, type ExcelHostOptions } from "../../test/realClient/host";
import { writeOfficeCodePage } from "../../test/realClient/pages";

const HOSTS: [string, ExcelHostOptions][] = [
  ["Windows, ExcelApi 1.7", { platform: "win32", apiVersion: 7 }],
  ["Windows, ExcelApi 1.9", { platform: "win32", apiVersion: 9 }],
  ["Windows, ExcelApi 1.17", { platform: "win32", apiVersion: 17 }],
  ["Excel on the web", { platform: "web", apiVersion: 17 }],
];

type Fake = ReturnType<typeof fakeWith>;

export async function officeRealFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-bench-real-"));
  const browser = await launch();
  try {
    await writeOfficeCodePage(dir);
    /** One Generate (after `before`, if given) through office.js: its syncs and sizes. */
    const measure = async (
      fake: Fake,
      options: ExcelHostOptions,
      before?: (fake: Fake) => void,
    ) => {
      const opened = await openInExcel(browser, dir, "code.html", fake, options);
      const frame = opened.addin();
      await frame.waitForFunction(() => "__ita" in window, null, { timeout: 60_000 });
      const generate = () =>
        frame.evaluate(() =>
          (
            window as unknown as { __ita: { generate(): Promise<{ kind: string }> } }
          ).__ita.generate(),
        );
      if (before) {
        await generate();
        before(fake);
      }
      const from = opened.host.wire.records.length;
      const outcome = await generate();
      if (outcome.kind !== "done")
        throw new Error(
          `Generate ${JSON.stringify(outcome)} ${opened.errors.join(" ")} ${opened.host.wire.missing.join(" ")}`,
        );
      const records = opened.host.wire.records.slice(from);
      await opened.page.context().close();
      return {
        syncs: records.filter((r) => r.kind === "sync").length,
        maxRequest: Math.max(...records.map((r) => r.requestBytes)),
        maxResponse: Math.max(...records.map((r) => r.responseBytes)),
      };
    };
    const report = async (
      key: string,
      label: string,
      make: (v: number) => Fake,
      before?: (f: Fake) => void,
    ) => {
      const rows = [];
      for (const [name, options] of HOSTS)
        rows.push({ name, ...(await measure(make(options.apiVersion), options, before)) });
      figures[`office.real.syncs.${key}`] = Math.max(...rows.map((r) => r.syncs));
      figures[`office.real.maxRequestBytes.${key}`] = Math.max(...rows.map((r) => r.maxRequest));
      figures[`office.real.maxResponseBytes.${key}`] = Math.max(...rows.map((r) => r.maxResponse));
      for (const r of rows)
        console.log(
          `office.js: ${label}, ${r.name} → ${r.syncs} syncs, largest request ${r.maxRequest} bytes, response ${r.maxResponse}`,
        );
    };
    for (const factor of [1, 10, 100])
      await report(`${factor}x`, `input ${factor}×`, (v) =>
        fakeWith(withNoise(mixedTable(), factor), v),
      );
    await report(
      "plan5000",
      "regeneration over a 5,000-row plan",
      (v) => fakeWith(mixedTable(), v),
      (f) => addPlanRows(f, 5000),
    );
  } finally {
    await browser.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
  return figures;
}
