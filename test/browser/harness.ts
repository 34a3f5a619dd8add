import { execFile } from "node:child_process";
import { promises as fs, createReadStream } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser } from "playwright-core";

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
