/**
 * The page's first script of its own must run in every webview Office has used, Internet
 * Explorer 11 included: it is parsed here as ECMAScript 5 and must come before any other script.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const guard = readFileSync(path.join(ROOT, "src", "taskpane", "guard.js"), "utf8");
const html = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");

describe("guard.js", () => {
  it("is ECMAScript 5", () => {
    expect(() => parse(guard, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("the parser check would catch ES2015 (the check can fail)", () => {
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("foo(a, b,);", { ecmaVersion: 5 })).toThrow();
  });

  it("is the page's first script, after the Content-Security-Policy", () => {
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["guard.js"]);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("guard.js"));
    expect(html).toMatch(/object-src 'none'/);
    expect(html).toMatch(/base-uri 'none'/);
    // scripts and frames from office.js's own folder only (its trust page for Excel on the web)
    expect(html).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/;/,
    );
    expect(html).toMatch(/frame-src https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/;/);
  });

  it("loads office.js only when Office opened the page, as a script element", () => {
    expect(guard).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(guard).toMatch(/office=1/);
    // document.write may be refused (a cross-site script on a slow link): never used
    const code = guard.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/document\.write/);
    expect(guard).toMatch(/createElement\("script"\)/);
  });
});
