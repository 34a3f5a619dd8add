import { execFile } from "node:child_process";
import { promises as fs, createReadStream } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type Worker } from "playwright-core";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");

/** Builds the pane once (production, manifest for https://localhost:3000) into a folder. */
export async function buildPane(outDir: string): Promise<void> {
  await run(
    "npx",
    ["webpack", "--mode", "production", "--env", "localhost", "--output-path", outDir],
    {
      cwd: ROOT,
      maxBuffer: 1 << 26,
    },
  );
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xlsx": "application/octet-stream",
  ".xml": "text/xml",
};

/** Serves a folder over plain HTTP on 127.0.0.1, on a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      await fs.access(file);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

export const OFFICE_JS = /appsforoffice\.microsoft\.com/;

/** A string found only in the workbook worker's script (src/taskpane/xlsx.worker.ts). */
const WORKER_MARK = "no workbook open";

/**
 * Runs before the worker's own script: its "opened" answer (the file read and checked) is kept
 * back until the test calls `release(worker)`. Progress still reaches the page, so the page is
 * held, for as long as the test needs, in the state of a file being read.
 */
const HOLD = `(() => {
  const post = self.postMessage.bind(self);
  let open;
  const gate = new Promise((resolve) => (open = resolve));
  self.__release = () => open();
  self.postMessage = (message, transfer) => {
    if (message && message.type === "opened") void gate.then(() => post(message, transfer));
    else post(message, transfer);
  };
})();
`;

/**
 * Every workbook worker the pages of `context` start (scripts of `origin`) holds its answer
 * until released: a read as slow as the test wants, without a timer.
 */
export async function holdWorkers(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.href.startsWith(origin) && url.pathname.endsWith(".js"),
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.includes(WORKER_MARK) ? HOLD + body : body });
    },
  );
}

/** Lets a worker held by `holdWorkers` answer. */
export async function release(worker: Worker): Promise<void> {
  await worker.evaluate(() => (self as unknown as { __release: () => void }).__release());
}
