import { readYearFile, YEAR_RANGE } from "./yearFile";
import type { Framework } from "./types";

/**
 * The year file built in for a year (years/NNNN.json), or null. A template `require` is the
 * one way to list a folder's files that webpack (a context module), esbuild (a glob import),
 * tsx and ts-jest (Node's own `require`) all understand, so adding a year is adding its file:
 * no list to keep beside it.
 */
function builtInFile(year: number): unknown {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    return require(`./years/${year}.json`) as unknown;
  } catch {
    return null;
  }
}

let cache: Map<number, Framework> | null = null;

/**
 * The frameworks built in, by fiscal year (BE): one per file in years/. Their years are the
 * supported years; nothing else in the project lists them. A broken built-in file is a
 * programming error and throws (the tests read every file).
 *
 * @throws {Error} when a built-in year file does not validate
 */
export function builtInFrameworks(): ReadonlyMap<number, Framework> {
  if (cache) return cache;
  const found = new Map<number, Framework>();
  for (let year = YEAR_RANGE.first; year <= YEAR_RANGE.last; year++) {
    const raw = builtInFile(year);
    if (raw === null) continue;
    const read = readYearFile(raw, `years/${year}.json`);
    if (!read.ok) throw new Error(read.errors.map((e) => e.en).join("\n"));
    if (read.framework.year !== year)
      throw new Error(`years/${year}.json: its "year" is ${read.framework.year}`);
    found.set(year, { ...read.framework, source: "built-in" });
  }
  cache = found;
  return found;
}
