/**
 * package-lock.json is whole: every optional dependency a locked package declares is itself
 * locked, so `npm ci` installs on Linux, macOS and Windows alike (npm drops other platforms'
 * native bindings when a lockfile is updated next to an installed node_modules; rebuild it with
 * `npm run relock`).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");

interface Locked {
  version?: string;
  os?: string[];
  cpu?: string[];
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, Locked>;
};
const packages = lock.packages;

/** Where Node (and npm) finds `name` from the package at `from`: nearest node_modules upwards. */
function resolve(from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = `${dir === "" ? "" : `${dir}/`}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (dir === "") return null;
    const at = dir.lastIndexOf("/node_modules/");
    dir = at < 0 ? "" : dir.slice(0, at);
  }
}

/** Locked packages whose optional dependencies are restricted to an OS (native bindings). */
function platformParents(): Map<string, Locked[]> {
  const out = new Map<string, Locked[]>();
  for (const [where, pkg] of Object.entries(packages)) {
    const bindings = Object.keys(pkg.optionalDependencies ?? {})
      .map((name) => resolve(where, name))
      .map((found) => (found ? packages[found] : undefined))
      .filter((p): p is Locked => p !== undefined && (p.os?.length ?? 0) > 0);
    if (bindings.length > 0) out.set(where, bindings);
  }
  return out;
}

describe("package-lock.json", () => {
  it("is a version 3 lockfile", () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("locks every optional dependency of every locked package (other platforms' too)", () => {
    const missing: string[] = [];
    for (const [where, pkg] of Object.entries(packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
        if (!resolve(where, name)) missing.push(`${where || "(root)"} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists darwin, win32 and linux bindings for every package with native bindings for several systems", () => {
    const parents = platformParents();
    // esbuild (the CLI build), unrs-resolver (jest) and @parcel/watcher (jest) at least.
    for (const name of ["esbuild", "unrs-resolver", "@parcel/watcher"]) {
      expect([...parents.keys()]).toContain(`node_modules/${name}`);
    }
    const lacking: string[] = [];
    for (const [where, bindings] of parents) {
      const systems = new Set(bindings.flatMap((b) => b.os ?? []));
      if (systems.size < 2) continue; // e.g. chokidar → fsevents, which exists for macOS only
      for (const os of ["darwin", "win32", "linux"]) {
        if (!systems.has(os)) lacking.push(`${where}: no ${os} binding`);
      }
    }
    expect(lacking).toEqual([]);
  });

  it("has the bindings of the three common desktops for the known native packages", () => {
    const expected = [
      "@esbuild/darwin-arm64",
      "@esbuild/darwin-x64",
      "@esbuild/win32-x64",
      "@esbuild/linux-x64",
      "@unrs/resolver-binding-darwin-arm64",
      "@unrs/resolver-binding-darwin-x64",
      "@unrs/resolver-binding-win32-x64-msvc",
      "@unrs/resolver-binding-linux-x64-gnu",
      "@parcel/watcher-darwin-arm64",
      "@parcel/watcher-win32-x64",
      "@parcel/watcher-linux-x64-glibc",
    ];
    const absent = expected.filter((name) => !packages[`node_modules/${name}`]);
    expect(absent).toEqual([]);
  });

  it("agrees with package.json for `npm ci`", async () => {
    const { stdout } = await run(
      "npm",
      ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
      { cwd: ROOT },
    );
    expect(stdout).not.toMatch(/npm error/);
  }, 120_000);
});
