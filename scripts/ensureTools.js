#!/usr/bin/env node
/*
 * Before `npm test`: the browser tests drive Debian's Chromium (/usr/bin/chromium) with
 * playwright-core, which downloads no browser, the manifest test runs xmllint, and the print
 * tests print with LibreOffice (TH Sarabun's metric twin Laksaman and Calibri's Carlito, so
 * pages come out as in Excel; pdftotext for `npm run pages`). On a fresh
 * Debian machine, as root, install what is missing with apt-get; elsewhere, say what is
 * missing. The file-path tests also need LibreOffice (soffice) and python3-lxml. CHROMIUM_PATH overrides the browser.
 */
const { existsSync } = require("node:fs");
const { execSync } = require("node:child_process");

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const need = [];
if (!existsSync(chromium)) need.push("chromium", "fonts-thai-tlwg");
if (!existsSync("/usr/bin/xmllint")) need.push("libxml2-utils");
if (!existsSync("/usr/bin/soffice")) need.push("libreoffice-calc-nogui");
if (!existsSync("/usr/bin/pdftotext")) need.push("poppler-utils");
const fonts = (() => {
  try {
    return execSync("fc-list", { encoding: "utf8" });
  } catch {
    return "";
  }
})();
if (!fonts.includes("Laksaman") && !need.includes("fonts-thai-tlwg")) need.push("fonts-thai-tlwg");
if (!fonts.includes("Carlito")) need.push("fonts-crosextra-carlito");
// The file-path tests validate every output (python3 with lxml).
try {
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  execSync(`${python} -c "import lxml"`, { stdio: "ignore" });
} catch {
  need.push("python3-lxml");
}
if (need.length === 0) process.exit(0);
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && existsSync("/usr/bin/apt-get")) {
  console.log(`installing ${need.join(", ")} for the tests (apt-get) …`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${need.join(" ")}`,
    { stdio: "inherit" },
  );
  process.exit(0);
}
console.error(
  `The tests need Debian's packages ${need.join(", ")} (Chromium at ${chromium}, xmllint, LibreOffice and fonts for printing, python3-lxml): install them, or set CHROMIUM_PATH.`,
);
process.exit(1);
