/**
 * The development server's certificate (scripts/devCert.js): localhost only, not a certificate
 * authority, its key readable by its owner alone, made once per machine and kept.
 */
import { X509Certificate, createPrivateKey, createPublicKey } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { ensureDevCert, usable } from "../../scripts/devCert.js";
import { tempDir } from "../helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, untyped
const config = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{ devServer: { server: unknown; headers?: unknown; allowedHosts?: unknown } }>;

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("ensureDevCert", () => {
  it("makes a localhost certificate that cannot sign others, and a private key (mode 600)", async () => {
    const made = await ensureDevCert(dir);
    expect(made.created).toBe(true);
    const cert = new X509Certificate(made.cert);
    expect(cert.ca).toBe(false);
    expect(cert.subjectAltName).toBe(
      "DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1",
    );
    expect(cert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1"]); // extended key usage: TLS server only
    expect(cert.checkPrivateKey(createPrivateKey(made.key))).toBe(true);
    const days = (Date.parse(cert.validTo) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    if (process.platform !== "win32") {
      expect((await fs.stat(made.keyPath)).mode & 0o777).toBe(0o600);
      expect((await fs.stat(dir)).mode & 0o077).toBe(0);
    }
    expect(cert.publicKey.equals(createPublicKey(made.key))).toBe(true);
  }, 60_000);

  it("keeps the certificate on the next start, and tightens the key's rights", async () => {
    const first = await fs.readFile(path.join(dir, "localhost.crt"), "utf8");
    await fs.chmod(path.join(dir, "localhost.key"), 0o644);
    const again = await ensureDevCert(dir);
    expect(again.created).toBe(false);
    expect(again.cert).toBe(first);
    if (process.platform !== "win32")
      expect((await fs.stat(again.keyPath)).mode & 0o777).toBe(0o600);
  });

  it("replaces a certificate that expires within a week or is not for localhost", async () => {
    const cert = await fs.readFile(path.join(dir, "localhost.crt"), "utf8");
    expect(usable(cert)).toBe(true);
    expect(usable(cert, Date.now() + 360 * 86_400_000)).toBe(false);
    expect(usable("not a certificate")).toBe(false);
    await fs.writeFile(path.join(dir, "localhost.crt"), "garbage");
    const renewed = await ensureDevCert(dir);
    expect(renewed.created).toBe(true);
    expect(renewed.cert).not.toBe(cert);
  }, 60_000);
});

describe("the dev server", () => {
  it("serves HTTPS with this machine's certificate and sends no CORS header", async () => {
    const { devServer } = await config({ WEBPACK_SERVE: true }, { mode: "development" });
    const server = devServer.server as { type: string; options: { key: string; cert: string } };
    expect(server.type).toBe("https");
    expect(new X509Certificate(server.options.cert).ca).toBe(false);
    expect(server.options.key).toContain("PRIVATE KEY");
    expect(devServer.headers).toBeUndefined();
    // Office on the web shows the icons from another site; the Host check stays on.
    expect(devServer.allowedHosts).toEqual(["localhost"]);
  }, 60_000);
});
