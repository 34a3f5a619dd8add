/**
 * Nothing of ours is left behind: the temporary files and folders a run makes are listed here
 * while they exist, and removed when the run is stopped by a signal it can catch (Ctrl-C, a
 * terminal closed, `kill`); a helper program it started (LibreOffice) is stopped too. A run
 * killed outright (SIGKILL, a power cut) cannot clean up: the next run writing to the same place
 * removes what it left (files.ts, `removeLeftovers`).
 */
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

const files = new Set<string>();
const folders = new Set<string>();
const children = new Set<ChildProcess>();

/** Lists a temporary file or folder (removed on a signal until `untrack`). */
export function track(path: string, kind: "file" | "folder" = "file"): void {
  (kind === "file" ? files : folders).add(path);
}

export function untrack(path: string): void {
  files.delete(path);
  folders.delete(path);
}

/** Lists a helper program, stopped on a signal until it ends. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once("exit", () => children.delete(child));
}

/** Removes everything listed, now (a signal handler cannot wait). */
export function cleanUpNow(): void {
  for (const child of children) child.kill("SIGTERM");
  for (const f of files) rmSync(f, { force: true });
  for (const d of folders) rmSync(d, { recursive: true, force: true });
  files.clear();
  folders.clear();
}

/** The signals a run can catch that end it. */
export const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * On each of SIGNALS: clean up, say so on stderr, and end by the same signal (so that a shell or
 * a script sees the run was interrupted: exit status 128 + the signal's number).
 */
export function cleanUpOnSignals(stderr: (text: string) => void): void {
  for (const signal of SIGNALS) {
    const handler = () => {
      for (const s of SIGNALS) process.removeAllListeners(s);
      try {
        cleanUpNow();
      } finally {
        stderr(
          `ita-analyzer: หยุดทำงานตามสัญญาณ ${signal}: ไม่มีไฟล์ใดถูกเขียนไม่ครบหรือทิ้งไว้\n` +
            `ita-analyzer: stopped by ${signal}: no file is left half-written or behind\n`,
        );
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, handler);
  }
}
