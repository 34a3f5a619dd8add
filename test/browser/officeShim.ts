/**
 * The stand-in for office.js (bundled by the browser tests and served at office.js's own CDN
 * address, so the page's Content-Security-Policy is tested against the real URL): a fake Excel
 * holding the sample's table, exposed as `Office` and `Excel`.
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
    requirements: {
      isSetSupported: (set: string, version: string) =>
        set === "OpenBrowserWindowApi" ? true : fake.supports(version),
    },
    ui: {
      openBrowserWindow: (url: string) => {
        ((w.__opened as string[] | undefined) ??= []).push(url);
      },
    },
    document: {
      settings: {
        get: (k: string) => settings.get(k) ?? null,
        set: (k: string, v: unknown) => settings.set(k, v),
        saveAsync: (cb?: () => void) => cb?.(),
      },
    },
  },
};
