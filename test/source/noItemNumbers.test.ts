/**
 * Issue #18: an item's number never selects anything. What an item means lives in the year
 * files (src/domain/framework/years/*.json), found by topic; no code outside them names an
 * item by its number ("o12", "i10"), which would tie the program to one year's numbering.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SRC = path.join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The code without its comments (a string holding "//" is kept whole). */
function withoutComments(text: string): string {
  return text.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (m, str) => (str ? m : ""),
  );
}

const ITEM = /^[ieoIEO]\d{1,3}$/;

describe("no item number outside the year files", () => {
  const files = sources(SRC);
  it("reads the sources", () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it("has no string that is an item code, nor an item code as a key", () => {
    const found: string[] = [];
    for (const file of files) {
      const code = withoutComments(readFileSync(file, "utf8"));
      for (const m of code.matchAll(
        /"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\])*)`/g,
      )) {
        const text = m[1] ?? m[2] ?? m[3] ?? "";
        if (ITEM.test(text)) found.push(`${path.relative(SRC, file)}: "${text}"`);
      }
      for (const m of code.matchAll(/[{,]\s*([ieo]\d{1,3})\s*:/g))
        found.push(`${path.relative(SRC, file)}: key ${m[1]}`);
    }
    expect(found).toEqual([]);
  });
  it("would catch one", () => {
    const sample = withoutComments('const m = { items: ["o12", "o13"] }; // "o14"\n');
    expect(
      [...sample.matchAll(/"([^"]*)"/g)].map((m) => m[1]).filter((t) => ITEM.test(t ?? "")),
    ).toEqual(["o12", "o13"]);
  });
});
