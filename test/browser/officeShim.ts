/**
 * Runs in the page before anything else (bundled by the browser tests): a fake Excel holding
 * the sample's table, exposed as `Office` and `Excel` in place of office.js.
 */
import { FakeExcel } from "../fakeExcel/fakeExcel";
import { mixedTable } from "../fixtures/layouts";

const fake = new FakeExcel();
for (const sheet of mixedTable()) {
  fake.addSheet(
    sheet.name,
    sheet.rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v.error : v))),
  );
}
const settings = new Map<string, unknown>();
const w = window as unknown as Record<string, unknown>;
w.__fake = fake;
w.Excel = { run: fake.run };
w.Office = {
  HostType: { Excel: "Excel" },
  onReady: (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    setTimeout(() => cb?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: (w.__displayLanguage as string) ?? "th-TH",
    requirements: { isSetSupported: (_set: string, version: string) => fake.supports(version) },
    document: {
      settings: {
        get: (k: string) => settings.get(k) ?? null,
        set: (k: string, v: unknown) => settings.set(k, v),
        saveAsync: (cb?: () => void) => cb?.(),
      },
    },
  },
};
