#!/usr/bin/env node
/*
 * The development server's HTTPS certificate: one per machine in .certs/ (git-ignored), made on
 * first use. It is a certificate for localhost only, not a certificate authority (basic
 * constraints CA:false, no certificate signing), so trusting it lets nothing else pass as
 * trusted; its private key stays on this machine, readable by its owner only (mode 600).
 * Renewed when it has less than a week left or does not fit these rules.
 *
 *   npm run dev-cert        make it if needed, print where it is and how to trust it
 */
const { X509Certificate } = require("node:crypto");
const { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const DIR = path.join(__dirname, "..", ".certs");
const DAYS = 365;
const WEEK = 7 * 24 * 3600 * 1000;

/** Whether `pem` is a usable localhost, non-CA certificate for at least another week. */
function usable(pem, now = Date.now()) {
  try {
    const cert = new X509Certificate(pem);
    return (
      !cert.ca &&
      /DNS:localhost\b/.test(cert.subjectAltName ?? "") &&
      Date.parse(cert.validTo) - now > WEEK &&
      Date.parse(cert.validFrom) <= now
    );
  } catch {
    return false;
  }
}

async function create() {
  const selfsigned = require("selfsigned");
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + DAYS * 24 * 3600 * 1000);
  return selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keyType: "rsa",
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
}

/**
 * The key and certificate for https://localhost:3000, from `dir` (default .certs/), made
 * there first if missing, expiring or not fit.
 */
async function ensureDevCert(dir = DIR) {
  const keyPath = path.join(dir, "localhost.key");
  const certPath = path.join(dir, "localhost.crt");
  if (existsSync(keyPath) && existsSync(certPath)) {
    const cert = readFileSync(certPath, "utf8");
    if (usable(cert)) {
      chmodSync(keyPath, 0o600);
      return { key: readFileSync(keyPath, "utf8"), cert, keyPath, certPath, created: false };
    }
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pems = await create();
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  chmodSync(keyPath, 0o600); // also when the file existed with wider rights
  writeFileSync(certPath, pems.cert, { mode: 0o644 });
  return { key: pems.private, cert: pems.cert, keyPath, certPath, created: true };
}

module.exports = { ensureDevCert, usable };

if (require.main === module) {
  ensureDevCert().then(
    ({ cert, certPath, created }) => {
      const x = new X509Certificate(cert);
      const rel = path.relative(process.cwd(), certPath) || certPath;
      console.log(
        [
          `${created ? "created" : "kept"} ${rel} (localhost, not a CA, valid until ${x.validTo})`,
          `SHA-256 ${x.fingerprint256}`,
          "",
          "ให้เชื่อถือใบรับรองนี้ครั้งเดียวต่อเครื่อง / trust it once on this machine:",
          `  Windows: certutil -user -addstore Root ${rel}`,
          `  macOS:   security add-trusted-cert -p ssl -k ~/Library/Keychains/login.keychain-db ${rel}`,
          "  or open https://localhost:3000/taskpane.html in the browser Office uses and accept it",
        ].join("\n"),
      );
    },
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
