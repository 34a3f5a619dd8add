import JSZip from "jszip";
import type { ChartSpec, SheetSpec } from "../../src/domain/layout/spec";
import { chartXml, drawingXml } from "../../src/hosts/xlsx/chartXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

export interface SheetChart {
  sheetName: string;
  sheet: SheetSpec;
  charts: ChartSpec[];
}

const decodeXml = (t: string) =>
  t
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * ExcelJS cannot write charts, so the native charts of a WorkbookSpec are added to the saved
 * package: a part per chart, one drawing part per sheet anchoring them, and the relationships and content types
 * that tie them to the sheet.
 */
export async function addCharts(xlsx: Uint8Array, charts: SheetChart[]): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToZip(zip, charts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** `addCharts` on a package already open. */
export async function addChartsToZip(zip: JSZip, charts: SheetChart[]): Promise<void> {
  const read = async (p: string) => (await zip.file(p)?.async("string")) ?? null;
  const workbookXml = (await read("xl/workbook.xml")) ?? "";
  const workbookRels = (await read("xl/_rels/workbook.xml.rels")) ?? "";
  let types = (await read("[Content_Types].xml")) ?? "";

  let n = 1;
  let c = 1;
  for (const item of charts) {
    while (zip.file(`xl/drawings/drawing${n}.xml`)) n++;
    const sheetEntry = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => decodeXml(/name="([^"]*)"/.exec(tag)?.[1] ?? "") === item.sheetName);
    const rid = sheetEntry ? /r:id="([^"]+)"/.exec(sheetEntry)?.[1] : undefined;
    const target = rid
      ? new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(workbookRels)?.[0]
      : undefined;
    const sheetPath = target
      ? `xl/${(/Target="([^"]+)"/.exec(target)?.[1] ?? "").replace(/^\/?xl\//, "")}`
      : null;
    const sheetXml = sheetPath ? await read(sheetPath) : null;
    if (!sheetPath || !sheetXml || sheetXml.includes("<drawing ")) continue;

    const parts = item.charts.map((chart) => {
      while (zip.file(`xl/charts/chart${c}.xml`)) c++;
      zip.file(`xl/charts/chart${c}.xml`, chartXml(chart, item.sheet, item.sheetName));
      return c++;
    });
    const rids = parts.map((_, i) => `rId${i + 1}`);
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(item.charts, rids));
    zip.file(
      `xl/drawings/_rels/drawing${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts
        .map(
          (k, i) =>
            `<Relationship Id="${rids[i]}" Type="${REL}/chart" Target="../charts/chart${k}.xml"/>`,
        )
        .join("")}</Relationships>`,
    );

    const relsPath = sheetPath.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels");
    let rels =
      (await read(relsPath)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let relId = "rIdChart1";
    for (let k = 1; rels.includes(`Id="${relId}"`); k++) relId = `rIdChart${k}`;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="${REL}/drawing" Target="../drawings/drawing${n}.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);

    // <drawing> goes after pageMargins, pageSetup, headerFooter and the page breaks, and before
    // legacyDrawing, tableParts and extLst (CT_Worksheet order; nested extLst must be skipped).
    const withNs = sheetXml.includes(`xmlns:r="${REL}"`)
      ? sheetXml
      : sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
    const after = [
      /<pageMargins\b[^>]*\/>/g,
      /<pageSetup\b[^>]*\/>/g,
      /<\/headerFooter>/g,
      /<headerFooter\b[^>]*\/>/g,
      /<\/rowBreaks>/g,
      /<\/colBreaks>/g,
    ]
      .flatMap((re) => [...withNs.matchAll(re)].map((m) => (m.index ?? 0) + m[0].length))
      .reduce((a, b) => Math.max(a, b), -1);
    if (after < 0) continue;
    zip.file(
      sheetPath,
      `${withNs.slice(0, after)}<drawing r:id="${relId}"/>${withNs.slice(after)}`,
    );

    types = types.replace(
      "</Types>",
      `${parts.map((k) => `<Override PartName="/xl/charts/chart${k}.xml" ContentType="${CHART_TYPE}"/>`).join("")}<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${DRAWING_TYPE}"/></Types>`,
    );
    n++;
  }
  zip.file("[Content_Types].xml", types);
}
