/**
 * The pages the real-client tests open: the Office code alone (officeCode.entry.ts bundled
 * after office.js), served over plain HTTP on 127.0.0.1 with the built pane's own folder.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { CDN } from "./host";

/** Writes code.html and code.js (the Office code alone) into `dir`. */
export async function writeOfficeCodePage(dir: string): Promise<void> {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [path.join(__dirname, "officeCode.entry.ts")],
    bundle: true,
    outfile: path.join(dir, "code.js"),
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  // As Microsoft asks: office.js first, from its CDN address, then the add-in's code.
  await fs.writeFile(
    path.join(dir, "code.html"),
    `<!doctype html><html><head><meta charset="utf-8"><script src="${CDN}office.js"></script><script src="code.js"></script></head><body></body></html>`,
  );
}
