/**
 * `npm run package`: the zip an IT officer gets carries the manifest for exactly the address
 * given, valid against the manifest XSDs, with the built add-in and INSTALL.txt.
 */
import { execFile } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { tempDir } from "../helpers";

const exec = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");
const SCHEMA = path.join(ROOT, "schemas", "manifest", "OfficeAppManifestV1_1.xsd");
const ADDRESS = "https://example.invalid/ita";
const DEV = "https://localhost:3000";

/** URL attribute values and URL text of a manifest (namespaces aside), in document order. */
function urls(xml: string): string[] {
  const found: string[] = [];
  for (const m of xml.matchAll(/(\s[\w:]+="|>\s*)(https?:\/\/[^"<\s]*)/g)) {
    if (!/xmlns/.test(m[1] as string)) found.push(m[2] as string);
  }
  return found;
}

let dir: string;
let zip: JSZip;
let manifest: string;

beforeAll(async () => {
  dir = await tempDir();
  const out = path.join(dir, "addin.zip");
  await exec(
    "npm",
    ["run", "--silent", "package", "--", "--out", out, "--dist", path.join(dir, "dist")],
    { cwd: ROOT, env: { ...process.env, ITA_PUBLIC_URL: `${ADDRESS}/` }, maxBuffer: 1 << 24 },
  );
  zip = await JSZip.loadAsync(await fs.readFile(out));
  manifest = (await zip.file("ita-analyzer/manifest.xml")?.async("string")) ?? "";
}, 300_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("npm run package", () => {
  it("gives a manifest whose every URL is the source's, moved under the address (queries kept)", () => {
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const expected = urls(source)
      .filter((u) => u.startsWith(`${DEV}/`))
      .map((u) => `${ADDRESS}${u.slice(DEV.length)}`);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(urls(manifest)).toEqual(expected);
    for (const url of urls(manifest)) expect(url.startsWith(`${ADDRESS}/`)).toBe(true);
    expect(manifest).toMatch(
      new RegExp(`<SourceLocation DefaultValue="${ADDRESS}/taskpane\\.html[^"]*"/>`),
    );
    expect(manifest).not.toMatch(/localhost|example\.org|<AppDomain>/);
  });

  it("gives a manifest that validates against the manifest XSDs", async () => {
    const file = path.join(dir, "manifest.xml");
    await fs.writeFile(file, manifest);
    const { stderr } = await exec("xmllint", ["--noout", "--schema", SCHEMA, file]);
    expect(stderr).toContain("manifest.xml validates");
  });

  it("holds the site to host (the same manifest in it) and INSTALL.txt for that address", async () => {
    const names = Object.keys(zip.files);
    for (const name of [
      "ita-analyzer/INSTALL.txt",
      "ita-analyzer/web/taskpane.html",
      "ita-analyzer/web/index.html",
      "ita-analyzer/web/help.html",
      "ita-analyzer/web/assets/icon-80.png",
    ])
      expect(names).toContain(name);
    expect(await zip.file("ita-analyzer/web/manifest.xml")?.async("string")).toBe(manifest);
    const html = (await zip.file("ita-analyzer/web/taskpane.html")?.async("string")) ?? "";
    for (const m of html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)) {
      const src = m[1] as string;
      if (!/^https?:/.test(src)) expect(names).toContain(`ita-analyzer/web/${src}`);
    }
    const install = (await zip.file("ita-analyzer/INSTALL.txt")?.async("string")) ?? "";
    expect(install).toContain(`ที่อยู่ของ Add-in / add-in address: ${ADDRESS}/`);
    expect(install).toContain(`${ADDRESS}/taskpane.html`);
    expect(install).toContain("Integrated apps → Upload custom apps");
    expect(install).toContain("Trusted Add-in Catalogs");
    expect(install).toContain("My Add-ins → Upload My Add-in");
    expect(install.indexOf("ภาษาไทย")).toBeLessThan(install.indexOf("English"));
  });
});

describe("a build without an address", () => {
  const env = { ...process.env };
  delete env.ITA_PUBLIC_URL;

  it("npm run package stops and says to set ITA_PUBLIC_URL", async () => {
    const run = await exec("npm", ["run", "--silent", "package"], { cwd: ROOT, env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((run as { code: number }).code).toBe(1);
    expect((run as { stderr: string }).stderr).toContain("ITA_PUBLIC_URL is not set");
    expect((run as { stderr: string }).stderr).toContain("ยังไม่ได้กำหนด ITA_PUBLIC_URL");
  }, 60_000);

  it("a production webpack build stops before building anything", async () => {
    const out = path.join(dir, "none");
    const run = await exec("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((run as { code: number }).code).toBe(1);
    expect((run as { stderr: string }).stderr).toContain("ITA_PUBLIC_URL is not set");
    await expect(fs.access(out)).rejects.toThrow();
  }, 60_000);

  it("refuses an http:// address", async () => {
    const run = await exec("npm", ["run", "--silent", "package"], {
      cwd: ROOT,
      env: { ...env, ITA_PUBLIC_URL: "http://intranet.example.invalid/ita" },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((run as { code: number }).code).toBe(1);
    expect((run as { stderr: string }).stderr).toContain("must start with https://");
  }, 60_000);
});
