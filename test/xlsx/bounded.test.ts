/**
 * Bounded work on any input: the memory bombs of the bad-workbook corpus, each answered by the
 * command line (a separate process, as a user runs it) within 20 s and 1 GB of memory.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { tempDir } from "../helpers";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");
const BAD = path.join(ROOT, "test", "fixtures", "bad");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** Runs the command line under /usr/bin/time: seconds, peak resident memory, exit code. */
async function measured(input: string, output: string) {
  const args = [
    "-f",
    "%e %M",
    TSX,
    path.join(ROOT, "src", "cli", "main.ts"),
    "analyze",
    input,
    "-o",
    output,
  ];
  let stderr: string;
  let code = 0;
  try {
    ({ stderr } = await run("/usr/bin/time", args, { timeout: 60_000 }));
  } catch (e) {
    const err = e as { stderr: string; code: number };
    stderr = err.stderr;
    code = err.code;
  }
  const last = stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  return { seconds: seconds ?? NaN, megabytes: (kb ?? NaN) / 1024, code, stderr };
}

describe("every memory bomb is answered within 20 s and 1 GB", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("has /usr/bin/time to measure with", () => {
    expect(existsSync("/usr/bin/time")).toBe(true);
  });

  it.each([
    ["far-cell", 0],
    ["last-row", 0],
    ["giant-merge", 0],
    ["many-merges", 0],
    ["too-many-cells", 1],
    ["zip-bomb", 1],
  ])(
    "%s",
    async (name, exitCode) => {
      const r = await measured(path.join(BAD, `${name}.xlsx`), path.join(dir, `${name}.xlsx`));
      expect(r.code).toBe(exitCode);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.seconds).toBeLessThan(20);
      expect(r.megabytes).toBeLessThan(1024);
    },
    60_000,
  );
});
