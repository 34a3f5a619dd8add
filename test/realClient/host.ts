/**
 * Excel, as the real office.js meets it in Chromium: Microsoft's own office.js and Excel scripts
 * (npm @microsoft/office-js, served at their CDN address), behind a stand-in for the host side
 * (Excel on Windows's `window.external`, windowsBridge.ts; Excel on the web's postMessage host,
 * webHost.ts), whose requests the fake Excel answers through the wire adapter (wire.ts).
 */
import { readFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { FakeExcel } from "../fakeExcel/fakeExcel";
import { ExcelWire, HostCallError } from "./wire";
import { installWindowsBridge } from "./windowsBridge";
import { webHostPage } from "./webHost";

/** Where npm put office.js (never committed, never shipped: the built pane loads the CDN's). */
export const OFFICE_JS_DIST = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist",
);
export const OFFICE_JS_VERSION = (
  JSON.parse(readFileSync(path.join(OFFICE_JS_DIST, "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The host page of Excel on the web (an address office.js trusts: *.officeapps.live.com). */
export const WEB_HOST_URL = "https://excel.officeapps.live.com/x/_layouts/xlembed.aspx";

const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
};

export interface ExcelHostOptions {
  /** ExcelApi minor version the host supports: 7 (Office 2019), 9, 17 (Microsoft 365). */
  apiVersion: number;
  /** Excel on the web (the postMessage host, 5 MB per request and response) or on Windows. */
  platform: "win32" | "web";
  /** What Document.getFileAsync(Pdf) gives: a file, an empty file (some web builds), or the
   *  host has no PdfFile requirement set at all (Excel on iPad). @default "pdf" */
  pdf?: "pdf" | "empty" | "none";
  locale?: string;
  /** The document's settings as stored. */
  settings?: Record<string, string>;
  /** Delay before office.js itself arrives from the CDN (a slow link). */
  officeJsDelayMs?: number;
  /** The CDN cannot be reached: office.js does not load. */
  officeJsFails?: boolean;
  /** Excel on the web served from a host office.js does not trust (e.g. Office Online Server). */
  webHostUrl?: string;
}

/** The requirement sets such a host reports (Office's GetSupportedMatrix). */
export function requirementSets(options: ExcelHostOptions): Record<string, string> {
  const sets: Record<string, string> = {
    ExcelApi: `1.${options.apiVersion}`,
    File: "1.1",
    Settings: "1.1",
    DialogApi: "1.1",
  };
  if ((options.pdf ?? "pdf") !== "none") sets.PdfFile = "1.1";
  if (options.apiVersion >= 9) sets.OpenBrowserWindowApi = "1.1";
  return sets;
}

/** Office.js's file types (SafeArray ParameterMap for FileType). */
const FILE_TYPE_PDF = 6;

/** The Node side of the host: the fake through the wire, the settings, files. */
export class ExcelHost {
  readonly wire: ExcelWire;
  /** The settings as last saved by the add-in (`Settings.saveAsync`). */
  settings: Record<string, string>;
  /** The sheets visible when each PDF was made (Excel prints visible sheets only). */
  readonly pdfExports: string[][] = [];
  /** Host calls office.js made that the stand-in does not know (each is a gap). */
  readonly unknownCalls: string[] = [];
  /** Addresses the add-in asked Office to open in the default browser (openBrowserWindow). */
  readonly opened: string[] = [];
  private readonly files = new Map<number, Uint8Array>();
  private nextHandle = 1;

  constructor(
    readonly fake: FakeExcel,
    readonly options: ExcelHostOptions,
  ) {
    this.wire = new ExcelWire(fake, options.platform === "web");
    this.settings = { ...(options.settings ?? {}) };
  }

  /** The ProcessQuery body of a request: [customData, method, path, headers, body, …]. */
  processQuery(request: unknown[]): { status: number; payload?: unknown } {
    const body = String(request[4] ?? "");
    try {
      return { status: 0, payload: [200, [], this.wire.process(body)] };
    } catch (error) {
      if (error instanceof HostCallError) return { status: error.officeJsCode };
      throw error;
    }
  }

  /** Document.getFileAsync: the workbook as a PDF of its visible sheets. */
  openFile(fileType: number): { handle: number; size: number } | null {
    if (fileType !== FILE_TYPE_PDF) return null;
    const visible = this.fake.state.sheets
      .filter((s) => s.visibility === "Visible")
      .map((s) => s.name);
    this.pdfExports.push(visible);
    const bytes = this.options.pdf === "empty" ? new Uint8Array(0) : placeholderPdf(visible);
    const handle = this.nextHandle++;
    this.files.set(handle, bytes);
    return { handle, size: bytes.length };
  }

  slice(handle: number, offset: number, size: number): number[] | null {
    const file = this.files.get(handle);
    return file ? Array.from(file.subarray(offset, offset + size)) : null;
  }

  closeFile(handle: number): void {
    this.files.delete(handle);
  }

  /** One call from the page (windowsBridge.ts or webHost.ts). */
  handle(call: {
    kind: string;
    dispId?: number;
    params?: unknown[];
    settings?: Record<string, string>;
  }): { status: number; payload?: unknown } | null {
    if (call.kind === "settings") {
      this.settings = { ...(call.settings ?? {}) };
      return null;
    }
    const params = call.params ?? [];
    switch (call.dispId) {
      case 93:
        return this.processQuery(params[0] as unknown[]);
      case 77: {
        const file = this.openFile(Number(params[0]));
        return file ? { status: 0, payload: [file.handle, file.size] } : { status: 5001 };
      }
      case 80: {
        const data = this.slice(Number(params[0]), Number(params[1]), Number(params[2]));
        return data ? { status: 0, payload: [data, data.length] } : { status: 5001 };
      }
      case 81:
        this.closeFile(Number(params[0]));
        return { status: 0 };
      case 102:
        this.opened.push(String(params[1]));
        return { status: 0 };
      default:
        this.unknownCalls.push(`dispId ${call.dispId}`);
        return { status: 5001 };
    }
  }
}

/**
 * A PDF standing for what Excel would print: one page naming the visible sheets. What Excel
 * really prints is only Excel's to show (README, "What only real Excel can show").
 */
export function placeholderPdf(sheets: string[]): Uint8Array {
  const text = sheets.map((s) => Buffer.from(s, "utf8").toString("hex")).join(" ");
  const body = `%PDF-1.4\n% sheets: ${text}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** The sheet names a placeholder PDF carries. */
export function sheetsOfPdf(bytes: Uint8Array): string[] {
  const m = /% sheets: ([0-9a-f ]*)\n/.exec(Buffer.from(bytes).toString("latin1"));
  return m?.[1] ? m[1].split(" ").map((h) => Buffer.from(h, "hex").toString("utf8")) : [];
}

/**
 * The add-in's own address in these tests (the development address the manifest has for
 * localhost): answered from a folder, so that the page is served over HTTPS as Office requires
 * (Excel on the web, itself HTTPS, cannot frame a plain-HTTP page).
 */
export const ADDIN_ORIGIN = "https://localhost:3000";

export async function serveFolder(
  context: BrowserContext,
  dir: string,
  origin = ADDIN_ORIGIN,
): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = path.join(dir, rel === "/" ? "index.html" : rel);
    if (!file.startsWith(dir)) return route.fulfill({ status: 403, body: "" });
    try {
      const body = await fs.readFile(file);
      await route.fulfill({
        status: 200,
        contentType: TYPES[path.extname(file)] ?? "application/octet-stream",
        body,
      });
    } catch {
      await route.fulfill({ status: 404, body: "" });
    }
  });
}

/** Answers office.js's CDN address with the npm package's files (case as the CDN takes it). */
export async function serveOfficeJs(
  context: BrowserContext | Page,
  options: { delayMs?: number; fails?: boolean; requests?: string[] } = {},
): Promise<void> {
  const index = new Map<string, string>();
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), r);
      else index.set(r.toLowerCase(), path.join(dir, entry.name));
    }
  };
  await walk(OFFICE_JS_DIST, "");
  await context.route(`${CDN}**`, async (route) => {
    const url = route.request().url();
    options.requests?.push(url);
    const rel = decodeURIComponent(url.slice(CDN.length).split(/[?#]/)[0] ?? "")
      .replace(/\\/g, "/")
      .toLowerCase();
    const file = index.get(rel);
    if (options.delayMs && rel === "office.js")
      await new Promise((r) => setTimeout(r, options.delayMs));
    if (!file || (options.fails && rel === "office.js")) return route.abort("internetdisconnected");
    await route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(file)] ?? "application/octet-stream",
      body: await fs.readFile(file),
    });
  });
}

export interface OpenedInExcel {
  page: Page;
  host: ExcelHost;
  /** The frame the add-in runs in (the page itself on Windows, an iframe on the web). */
  addin: () => import("playwright-core").Frame;
  /** Every URL office.js and the page asked for. */
  requests: string[];
  /** Uncaught errors and console errors of every frame (a PropertyNotLoaded among them). */
  errors: string[];
  /** Content-Security-Policy violations in the add-in's frame: "directive blocked-URI". */
  violations: () => Promise<string[]>;
}

/**
 * Opens `url` (the add-in's page) as Excel would: on Windows in a webview with `window.external`;
 * on the web in an iframe of Excel's host page, which talks to it with postMessage.
 */
export async function openInExcel(
  browser: Browser,
  dir: string,
  page: string,
  fake: FakeExcel,
  options: ExcelHostOptions,
  contextOptions: Parameters<Browser["newContext"]>[0] = {},
): Promise<OpenedInExcel> {
  const host = new ExcelHost(fake, options);
  const context = await browser.newContext(contextOptions);
  const requests: string[] = [];
  await serveFolder(context, dir);
  await serveOfficeJs(context, {
    delayMs: options.officeJsDelayMs,
    fails: options.officeJsFails,
    requests,
  });
  const url = `${ADDIN_ORIGIN}/${page}`;
  await context.exposeFunction("__excelHost", (call: Parameters<ExcelHost["handle"]>[0]) =>
    host.handle(call),
  );
  // Every frame records the Content-Security-Policy violations it meets.
  await context.addInitScript({
    content: `window.__csp=[];document.addEventListener("securitypolicyviolation",function(e){window.__csp.push(e.violatedDirective+" "+e.blockedURI)});`,
  });
  const tab = await context.newPage();
  tab.on("request", (r) => requests.push(r.url()));
  const errors: string[] = [];
  tab.on("pageerror", (e) => errors.push(e.message));
  tab.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const locale = options.locale ?? "th-TH";
  const settings = host.settings;
  if (options.platform === "win32") {
    const config = {
      locale,
      sets: requirementSets(options),
      settings,
      hostVersion: options.apiVersion >= 17 ? "16.0.17928.20114" : "16.0.10417.20000",
    };
    await tab.addInitScript({ content: pageScript(installWindowsBridge, config) });
    await tab.goto(url);
    const addin = () => tab.mainFrame();
    return { page: tab, host, addin, requests, errors, violations: violationsOf(addin) };
  }
  const hostUrl = options.webHostUrl ?? WEB_HOST_URL;
  await context.route(hostUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      body: webHostPage({
        addinUrl: url,
        hostUrl,
        locale,
        sets: requirementSets(options),
        settings,
      }),
    }),
  );
  await tab.goto(hostUrl);
  const addin = () => tab.frames().find((f) => f.url().startsWith(ADDIN_ORIGIN)) ?? tab.mainFrame();
  return { page: tab, host, addin, requests, errors, violations: violationsOf(addin) };
}

const violationsOf =
  (addin: () => import("playwright-core").Frame) => async (): Promise<string[]> =>
    addin().evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/**
 * A function of ours as a page's script, called with its configuration. Transpilers may wrap
 * named functions in a helper (`__name`, esbuild's keepNames under tsx) that the page lacks.
 */
export function pageScript<T>(fn: (config: T) => void, config: T): string {
  return `var __name = function (f) { return f; };(${fn.toString()})(${JSON.stringify(config)});`;
}
