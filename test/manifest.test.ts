import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");
const SCHEMA = path.join(ROOT, "schemas", "manifest", "OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("validates offline with xmllint against the published XSDs", async () => {
    const { stderr } = await run("xmllint", [
      "--noout",
      "--schema",
      SCHEMA,
      path.join(ROOT, "manifest.xml"),
    ]);
    expect(stderr).toContain("manifest.xml validates");
  });

  it("asks for ExcelApi 1.7 and no more than ReadWriteDocument", () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  it("has Thai and English names and a Home-tab button that opens the pane", () => {
    expect(manifest).toMatch(
      /<DisplayName DefaultValue="[^"]*วิเคราะห์[^"]*">\s*<Override Locale="en-US" Value="ITA Analyzer"\/>/,
    );
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
  });

  it("points at icons that exist at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const m of manifest.matchAll(/assets\/(icon-\d+\.png)/g))
      expect(existsSync(path.join(ROOT, "assets", m[1] as string))).toBe(true);
  });
});
