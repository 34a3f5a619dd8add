/**
 * The demo: analyse the bundled sample workbook and write the generated sheets beside it in
 * out/ (or the folder given: `tsx scripts/demo.ts DIR`), then print a short summary (total,
 * level, flags, findings, where the files are).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runCli } from "../src/cli/runCli";

/** Runs the demo into `outDir`, printing through `io`; the exit code. */
export async function demo(
  outDir: string,
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
): Promise<number> {
  const root = path.join(__dirname, "..");
  const input = path.join(root, "assets", "sample-ita-2568.xlsx");
  await fs.mkdir(outDir, { recursive: true });
  const output = path.join(outDir, "sample-ita-2568-analysis.xlsx");
  const report = path.join(outDir, "sample-ita-2568-report.json");
  const code = await runCli(
    [
      "analyze",
      path.relative(process.cwd(), input),
      "-o",
      path.relative(process.cwd(), output),
      "--json",
      report,
    ],
    io,
  );
  if (code === 0) io.stdout(`JSON: ${path.relative(process.cwd(), report)}\n`);
  return code;
}

if (require.main === module) {
  void demo(path.resolve(process.argv[2] ?? path.join(__dirname, "..", "out")), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => (process.exitCode = code));
}
