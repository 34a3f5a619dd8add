/**
 * The package for an agency's IT officer: a zip with the built add-in for one HTTPS address,
 * its manifest, and INSTALL.txt (Thai, then English) with every step in order.
 *
 *   ITA_PUBLIC_URL=https://it.example.go.th/ita-analyzer npm run package [-- --out FILE.zip]
 *
 * Builds into dist/ (or --dist DIR), checks that every URL of the built manifest is under the
 * address and that it validates against schemas/manifest (xmllint), then writes the zip
 * (default out/ita-analyzer-<version>.zip):
 *
 *   ita-analyzer/INSTALL.txt     what to do, in order
 *   ita-analyzer/manifest.xml    for Excel / the Microsoft 365 admin center
 *   ita-analyzer/web/…           the files to put at ITA_PUBLIC_URL (dist/, manifest included)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { manifestProblems, resolveAddress } from "./publicUrl.js";

const ROOT = path.join(__dirname, "..");
const SCHEMA = path.join(ROOT, "schemas", "manifest", "OfficeAppManifestV1_1.xsd");

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? files(full, rel) : [rel];
    });
}

export function installText(url: string, version: string): string {
  return `ITA Analyzer ${version} — การติดตั้ง / Installation
ที่อยู่ของ Add-in / add-in address: ${url}/

ภาษาไทย
=======
1. วางไฟล์ทั้งหมดในโฟลเดอร์ web/ บนเว็บเซิร์ฟเวอร์ HTTPS ของหน่วยงาน ให้ตรงกับที่อยู่
   ${url}/ (ไฟล์ web/taskpane.html ต้องเปิดได้ที่ ${url}/taskpane.html)
   ใบรับรอง HTTPS ต้องเป็นของจริงที่เบราว์เซอร์เชื่อถือ ไม่ใช่ใบรับรองที่สร้างเอง
2. ตรวจ: เปิด ${url}/taskpane.html ในเบราว์เซอร์ ต้องเห็นหน้า ITA Analyzer และปุ่ม
   เปิดสมุดงาน (.xlsx)
3. แจกไฟล์ manifest.xml ให้เจ้าหน้าที่ เลือกวิธีใดวิธีหนึ่ง
   ก. ผ่าน Microsoft 365 admin center (ทั้งหน่วยงาน แนะนำ): ผู้ดูแล Microsoft 365 เข้า
      https://admin.microsoft.com → Settings → Integrated apps → Upload custom apps →
      App type: Office Add-in → Upload manifest file (.xml) from device → เลือก
      manifest.xml → Validate/Next → เลือกผู้ใช้หรือกลุ่ม → Next → Finish deployment
      ปุ่ม วิเคราะห์ ITA จะปรากฏในแท็บหน้าแรก (Home) ของ Excel ของทุกคนที่เลือก ภายใน 24 ชั่วโมง
   ข. โฟลเดอร์ที่ใช้ร่วมกัน (Excel บน Windows ไม่ต้องมี Microsoft 365): วาง manifest.xml
      ในโฟลเดอร์ที่แชร์บนเครือข่าย เช่น \\\\server\\addins แล้วที่เครื่องของเจ้าหน้าที่แต่ละคน
      เปิด Excel → File → Options → Trust Center → Trust Center Settings → Trusted Add-in
      Catalogs → ใส่ \\\\server\\addins ในช่อง Catalog Url → Add catalog → ติ๊ก Show in Menu →
      OK → OK → ปิดแล้วเปิด Excel ใหม่ → Home → Add-ins → More Add-ins (Excel รุ่นเก่า:
      Insert → My Add-ins) → SHARED FOLDER → ITA Analyzer → Add
   ค. Excel บนเว็บ (ทีละคน): เปิดสมุดงานใน Excel บนเว็บ → Home → Add-ins → More Add-ins →
      My Add-ins → Upload My Add-in → Browse → เลือก manifest.xml → Upload
      (ต้องทำใหม่เมื่อล้างข้อมูลเบราว์เซอร์หรือเปลี่ยนเบราว์เซอร์)
4. เจ้าหน้าที่ที่ไม่มี Excel ที่รองรับ (ต้องเป็น Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ):
   เปิด ${url}/ ในเบราว์เซอร์ กด เปิดสมุดงาน (.xlsx) แล้วดาวน์โหลดสมุดงานที่มีชีตผลการวิเคราะห์
   ไฟล์ไม่ถูกส่งออกจากเครื่อง
5. เมื่อมีรุ่นใหม่: วางไฟล์ใน web/ ชุดใหม่ทับที่เดิม ถ้า manifest.xml เปลี่ยน ให้อัปโหลดใหม่ด้วยวิธีเดิม

English
=======
1. Put every file of the web/ folder on the agency's HTTPS web server so that it answers at
   ${url}/ (web/taskpane.html must open at ${url}/taskpane.html). The HTTPS certificate must
   be a real one browsers trust, not a self-made one.
2. Check: open ${url}/taskpane.html in a browser; the ITA Analyzer page with its
   "open workbook (.xlsx)" button must appear.
3. Hand manifest.xml to staff in one of these ways:
   a. Microsoft 365 admin center (whole agency, recommended): a Microsoft 365 admin opens
      https://admin.microsoft.com → Settings → Integrated apps → Upload custom apps →
      App type: Office Add-in → Upload manifest file (.xml) from device → choose
      manifest.xml → Validate/Next → choose users or groups → Next → Finish deployment.
      The Analyse ITA button appears on the Home tab of everyone chosen within 24 hours.
   b. Shared-folder catalog (Excel on Windows, no Microsoft 365 needed): put manifest.xml in
      a network share such as \\\\server\\addins; then on each person's computer open Excel →
      File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs →
      type \\\\server\\addins in Catalog Url → Add catalog → tick Show in Menu → OK → OK →
      close and reopen Excel → Home → Add-ins → More Add-ins (older Excel: Insert → My
      Add-ins) → SHARED FOLDER → ITA Analyzer → Add.
   c. Excel on the web (one person at a time): open a workbook in Excel on the web → Home →
      Add-ins → More Add-ins → My Add-ins → Upload My Add-in → Browse → choose manifest.xml
      → Upload. (Repeat after clearing the browser's data or in another browser.)
4. Staff without a supported Excel (Excel 2019 or later, Microsoft 365, or Excel on the web):
   open ${url}/ in a browser, click "open workbook (.xlsx)" and download the workbook with
   the analysis sheets. The file never leaves the computer.
5. A new version: put the new web/ files over the old ones; if manifest.xml changed, upload it
   again the same way.
`.replace(/\n/g, "\r\n"); // Notepad on older Windows shows bare LF as one line
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let url: string;
  try {
    url = resolveAddress({ publicUrl: process.env.ITA_PUBLIC_URL, development: false }).url;
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  const dist = path.resolve(option(args, "--dist") ?? path.join(ROOT, "dist"));
  const out = path.resolve(
    option(args, "--out") ?? path.join(ROOT, "out", `ita-analyzer-${pkg.version}.zip`),
  );

  console.log(`building for ${url}/ into ${path.relative(process.cwd(), dist) || dist} …`);
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", dist], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ITA_PUBLIC_URL: url },
  });

  const manifestFile = path.join(dist, "manifest.xml");
  const manifest = readFileSync(manifestFile, "utf8");
  const problems = manifestProblems(manifest, url);
  if (problems.length > 0) fail(`manifest.xml: ${problems.join("; ")}`);
  try {
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA, manifestFile], { stdio: "pipe" });
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === "ENOENT") console.warn("xmllint is not installed: manifest not validated");
    else fail(`manifest.xml does not validate:\n${err.stderr?.toString() ?? ""}`);
  }

  const zip = new JSZip();
  const folder = zip.folder("ita-analyzer") as JSZip;
  folder.file("INSTALL.txt", installText(url, pkg.version));
  folder.file("manifest.xml", manifest);
  for (const file of files(dist)) folder.file(`web/${file}`, readFileSync(path.join(dist, file)));
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  if (!existsSync(path.dirname(out))) mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${path.relative(process.cwd(), out) || out}: ${bytes.length} bytes for ${url}/`);
}

if (require.main === module) void main();
