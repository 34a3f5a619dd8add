/*
 * The address the add-in is served from, and the manifest rewritten for it.
 *
 * manifest.xml is written for development (https://localhost:3000). A build for staff must carry
 * the HTTPS address where dist/ is hosted, given as ITA_PUBLIC_URL (for example
 * https://it.example.go.th/ita-analyzer): every URL of the manifest — SourceLocation, icons,
 * help and support pages — is moved under it, keeping each path and query string. A production
 * build without ITA_PUBLIC_URL stops with a message; a development build (or `--env localhost`)
 * keeps localhost and warns.
 *
 * Used by webpack.config.js, scripts/package.ts and the tests (CommonJS, no build step).
 */
const { URL } = require("node:url");

const DEV_URL = "https://localhost:3000";

class AddressError extends Error {}

/** Normalises ITA_PUBLIC_URL: an https address without query, fragment or trailing slash. */
function parsePublicUrl(raw) {
  const text = String(raw ?? "").trim();
  const bad = (th, en) =>
    new AddressError(`ITA_PUBLIC_URL "${text}": ${th}\nITA_PUBLIC_URL "${text}": ${en}`);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw bad(
      "ไม่ใช่ที่อยู่เว็บ ต้องเป็นเช่น https://it.example.go.th/ita-analyzer",
      "is not a web address; give one such as https://it.example.go.th/ita-analyzer",
    );
  }
  if (url.protocol !== "https:")
    throw bad(
      "ต้องขึ้นต้นด้วย https:// เพราะ Office โหลด Add-in ผ่าน HTTPS เท่านั้น",
      "must start with https:// (Office loads add-ins over HTTPS only)",
    );
  if (url.search || url.hash || text.includes("?") || text.includes("#"))
    throw bad(
      "ต้องไม่มี ? หรือ # ให้ระบุเฉพาะโฟลเดอร์ที่วาง dist/",
      "must not contain ? or #: give only the folder where dist/ is hosted",
    );
  if (url.username || url.password)
    throw bad("ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน", "must not contain a user name or password");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The address of a build: ITA_PUBLIC_URL when given; localhost for development (with a
 * warning); otherwise an error that says what to do.
 */
function resolveAddress({ publicUrl, development }) {
  if (publicUrl !== undefined && String(publicUrl).trim() !== "")
    return { url: parsePublicUrl(publicUrl), warning: null };
  if (development)
    return {
      url: DEV_URL,
      warning:
        `manifest.xml ชี้ไปที่ ${DEV_URL} ใช้ได้เฉพาะการพัฒนาบนเครื่องนี้ / ` +
        `the manifest points at ${DEV_URL}: for development on this machine only ` +
        "(set ITA_PUBLIC_URL for a build staff can use)",
    };
  throw new AddressError(
    [
      "ยังไม่ได้กำหนด ITA_PUBLIC_URL: ระบุที่อยู่ HTTPS ที่จะวางโฟลเดอร์ dist/ ไว้ เช่น",
      "ITA_PUBLIC_URL is not set: give the HTTPS address dist/ will be hosted at, for example",
      "  ITA_PUBLIC_URL=https://it.example.go.th/ita-analyzer npm run build   (or npm run package)",
      "(สำหรับทดสอบบนเครื่องนี้ใช้ npm run build:dev / for this machine only: npm run build:dev)",
    ].join("\n"),
  );
}

const escapeXml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * manifest.xml with every development URL moved under `base` (path and query string kept).
 * AppDomain entries, which name a domain and nothing after it, become the base's origin.
 */
function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return String(xml)
    .replace(/(<AppDomain>)\s*([^<]*?)\s*(<\/AppDomain>)/g, (all, open, value, close) =>
      value === DEV_URL ? `${open}${escapeXml(origin)}${close}` : all,
    )
    .split(`${DEV_URL}/`)
    .join(`${escapeXml(base)}/`);
}

/** Every URL the manifest gives Office, AppDomain entries apart. */
function manifestUrls(xml) {
  const text = String(xml);
  const unescape = (u) => u.replace(/&amp;/g, "&");
  const appDomains = [...text.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((m) =>
    unescape(m[1]),
  );
  const urls = [];
  for (const m of text.matchAll(/\s([\w:]+)="(https?:\/\/[^"]*)"/g)) {
    if (!m[1].startsWith("xmlns")) urls.push(unescape(m[2]));
  }
  for (const m of text.matchAll(/<(?!AppDomain>)[\w:]+>\s*(https?:\/\/[^<\s]*)\s*</g))
    urls.push(unescape(m[1]));
  return { urls, appDomains };
}

/** What is wrong with a built manifest for `base` (empty when every URL is under it). */
function manifestProblems(xml, base) {
  const origin = new URL(base).origin;
  const { urls, appDomains } = manifestUrls(xml);
  const problems = [];
  if (urls.length === 0) problems.push("the manifest has no URL");
  for (const url of urls)
    if (!url.startsWith(`${base}/`)) problems.push(`${url} is not under ${base}`);
  for (const domain of appDomains)
    if (domain !== origin) problems.push(`AppDomain ${domain} is not ${origin}`);
  if (base !== DEV_URL && /localhost/.test(String(xml)))
    problems.push("the manifest still names localhost");
  return problems;
}

module.exports = {
  DEV_URL,
  AddressError,
  parsePublicUrl,
  resolveAddress,
  rewriteManifest,
  manifestUrls,
  manifestProblems,
};
