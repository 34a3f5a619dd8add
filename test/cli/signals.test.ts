/**
 * A run stopped during the write leaves nothing behind: real signals sent to the real command
 * line while it writes its output (slowed by test/cli/slowWrite.cjs so that the signal falls in
 * the write). SIGINT, SIGTERM and SIGHUP are caught: the temporary file goes, an earlier output
 * stays as it was, and the run ends by the signal. SIGKILL cannot be caught: the next run
 * removes what it left.
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { SAMPLE, cli, tempDir } from "../helpers";

const ROOT = path.join(__dirname, "..", "..");

/** Starts the command line, slowed in its write; resolves once a temporary file is written to. */
async function startWriting(args: string[], dir: string) {
  const child = spawn(
    process.execPath,
    [
      "--require",
      path.join(__dirname, "slowWrite.cjs"),
      "--import",
      "tsx",
      "src/cli/main.ts",
      ...args,
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const t0 = Date.now();
  for (;;) {
    const temps = (await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"));
    const sizes = await Promise.all(
      temps.map((f) => fs.stat(path.join(dir, f)).then((s) => s.size)),
    );
    if (sizes.some((s) => s > 0)) break;
    if (child.exitCode !== null) throw new Error(`the run ended before writing: ${stderr}`);
    if (Date.now() - t0 > 60_000) throw new Error("no temporary file in 60 s");
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, ended, stderr: () => stderr };
}

describe("a signal during the write", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)(
    "%s leaves nothing: no temporary file, no output, and the earlier output as it was",
    async (signal) => {
      const out = path.join(dir, "out.xlsx");
      const first = await startWriting(["analyze", SAMPLE, "-o", out], dir);
      first.child.kill(signal);
      await expect(first.ended).resolves.toEqual({ code: null, signal });
      expect(first.stderr()).toContain(`stopped by ${signal}: no file is left half-written`);
      expect(await fs.readdir(dir)).toEqual([]);

      // Again over an earlier output: it is left exactly as it was.
      expect((await cli(["analyze", SAMPLE, "-o", out])).code).toBe(0);
      const before = await fs.readFile(out);
      const second = await startWriting(["analyze", SAMPLE, "-o", out], dir);
      second.child.kill(signal);
      await expect(second.ended).resolves.toEqual({ code: null, signal });
      expect(await fs.readdir(dir)).toEqual(["out.xlsx"]);
      expect((await fs.readFile(out)).equals(before)).toBe(true);
    },
    120_000,
  );

  it("SIGKILL leaves its temporary file, and the next run removes it", async () => {
    const out = path.join(dir, "out.xlsx");
    const run = await startWriting(["analyze", SAMPLE, "-o", out], dir);
    run.child.kill("SIGKILL");
    await expect(run.ended).resolves.toEqual({ code: null, signal: "SIGKILL" });
    const left = await fs.readdir(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.out\.xlsx\.[0-9a-f]{8}-\d+-[0-9a-f]{16}\.tmp$/);
    // Someone else's file beside it, named much like ours, is not touched.
    await fs.writeFile(path.join(dir, ".out.xlsx.notes.tmp"), "mine");
    expect((await cli(["analyze", SAMPLE, "-o", out])).code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual([".out.xlsx.notes.tmp", "out.xlsx"]);
  }, 120_000);
});
