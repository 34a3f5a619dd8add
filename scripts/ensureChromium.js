#!/usr/bin/env node
/*
 * Before `npm test`: the browser tests drive Debian's Chromium (/usr/bin/chromium) with
 * playwright-core, which downloads no browser. On a fresh Debian machine, as root, install it
 * (and the Thai fonts) with apt-get; elsewhere, say what is missing. CHROMIUM_PATH overrides.
 */
const { existsSync } = require("node:fs");
const { execSync } = require("node:child_process");

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && existsSync("/usr/bin/apt-get")) {
  console.log("installing Debian's chromium for the browser tests (apt-get) …");
  execSync(
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-thai-tlwg",
    { stdio: "inherit" },
  );
  process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}: install Debian's "chromium" package, or set CHROMIUM_PATH.`,
);
process.exit(1);
