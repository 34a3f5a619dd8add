/**
 * The file path writes only what is ours. Our sheets are written straight from the spec
 * (ourParts.ts) into the user's original package:
 * - our worksheets, tables, drawings and charts go in under free part names, with their
 *   relationships and content types; text is written inline; our styles are appended to the
 *   user's styles.xml and our cells use the merged indexes;
 * - workbook.xml gains our <sheet> entries and our names (tag, hidden mark, print titles), and a
 *   provably-own earlier sheet is removed with its parts, relationships and sheet-scoped names
 *   (the user's sheet-scoped names after it are renumbered);
 * - every other part is left as it was, byte for byte (its compressed data is reused).
 */
import JSZip from "jszip";
import { quoteSheet } from "../../domain/address";
import { MARK_NAME } from "../../domain/layout/ownership";
import type { SheetPlacement } from "../../domain/layout/resolveNames";
import type { WorkbookSpec } from "../../domain/layout/spec";
import {
  attr,
  attributes,
  CT_WORKSHEET,
  element,
  elements,
  encodeXml,
  insertBeforeClose,
  NS_PKG_REL,
  NS_REL,
  relationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  REL_CALC_CHAIN,
  REL_WORKSHEET,
  type Relationship,
} from "./ooxml";
import { fromBase64, pictureDrawingXml } from "./pictureXml";
import {
  chartParts,
  ourStyles,
  printNames,
  tableXml,
  worksheetXml,
  type SheetLinks,
  type StyleMap,
} from "./ourParts";
import { hasPart, readText, type XlsxPackage } from "./package";
import { writeZip } from "./zipWrite";

const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

const relXml = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${encodeXml(target)}"/>`;
const relsXml = (rels: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${rels.join("")}</Relationships>`;

/** Adds `prefix` to every unprefixed element of a snippet (for parts that prefix the main
 *  namespace, e.g. `x:`). */
function withPrefix(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) =>
    name.includes(":") ? m : `<${slash}${prefix}${name}`,
  );
}

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name.replace(".", "\\.")}="[^"]*"`);
  if (re.test(tag)) return tag.replace(re, ` ${name}="${value}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}

function dropAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}="[^"]*"`), "");
}

/** Style lists of a styles.xml and how to append to them. */
const STYLE_LISTS = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
] as const;

/**
 * Appends our fonts, fills, borders, number formats, cell formats and differential formats to
 * the user's styles.xml, and says how our style indexes map to the merged ones.
 */
export function mergeStyles(user: string, ours: string): { xml: string; map: StyleMap } {
  const root = element(user, "styleSheet");
  const prefix = root?.prefix ?? "";
  const list = (xml: string, outer: string, inner: string) => {
    const el = element(xml, outer);
    return { el, items: el ? elements(el.inner, inner) : [] };
  };
  // Number formats: reuse the user's id for the same code, otherwise a new id from 164 up.
  const userFmts = list(user, "numFmts", "numFmt").items;
  const byCode = new Map(userFmts.map((f) => [f.attrs.formatCode ?? "", Number(f.attrs.numFmtId)]));
  let nextFmt = Math.max(163, ...userFmts.map((f) => Number(f.attrs.numFmtId) || 0)) + 1;
  const fmtMap = new Map<number, number>();
  const newFmts: string[] = [];
  for (const f of list(ours, "numFmts", "numFmt").items) {
    const id = Number(f.attrs.numFmtId);
    const code = f.attrs.formatCode ?? "";
    const existing = byCode.get(code);
    if (existing !== undefined) fmtMap.set(id, existing);
    else {
      fmtMap.set(id, nextFmt);
      newFmts.push(`<numFmt numFmtId="${nextFmt}" formatCode="${encodeXml(code)}"/>`);
      byCode.set(code, nextFmt++);
    }
  }
  const offset = (outer: string, inner: string) => list(user, outer, inner).items.length;
  const fontOff = offset("fonts", "font");
  const fillOff = offset("fills", "fill");
  const borderOff = offset("borders", "border");
  const xfOff = offset("cellXfs", "xf");
  const dxfOff = offset("dxfs", "dxf");
  const raw = (xml: string, outer: string, inner: string) => {
    const { el, items } = list(xml, outer, inner);
    return el ? items.map((e) => el.inner.slice(e.start, e.end)) : [];
  };
  const ourXfs = list(ours, "cellXfs", "xf").items.map((x) => {
    let open = x.open;
    const fontId = Number(x.attrs.fontId ?? 0);
    const fillId = Number(x.attrs.fillId ?? 0);
    const borderId = Number(x.attrs.borderId ?? 0);
    const numFmtId = Number(x.attrs.numFmtId ?? 0);
    open = setAttr(open, "fontId", String(fontId + fontOff));
    open = setAttr(open, "fillId", String(fillId + fillOff));
    open = setAttr(open, "borderId", String(borderId + borderOff));
    open = setAttr(open, "numFmtId", String(fmtMap.get(numFmtId) ?? numFmtId));
    open = setAttr(open, "xfId", "0");
    return x.inner ? `${open}${x.inner}</xf>` : open;
  });
  // dxfs may carry numFmts of their own: remap those ids too.
  const ourDxfs = raw(ours, "dxfs", "dxf").map((d) =>
    d.replace(/numFmtId="(\d+)"/g, (_, id: string) => `numFmtId="${fmtMap.get(Number(id)) ?? id}"`),
  );
  const additions: Record<string, string[]> = {
    numFmts: newFmts,
    fonts: raw(ours, "fonts", "font"),
    fills: raw(ours, "fills", "fill"),
    borders: raw(ours, "borders", "border"),
    cellXfs: ourXfs,
    dxfs: ourDxfs,
  };
  let xml = user;
  for (const [outer, inner] of STYLE_LISTS) {
    const add = additions[outer];
    if (!add || add.length === 0) continue;
    const snippet = withPrefix(add.join(""), prefix);
    const el = element(xml, outer);
    if (el) {
      const count = elements(el.inner, inner).length + add.length;
      const open = setAttr(el.open, "count", String(count));
      const body = el.open.endsWith("/>") ? "" : el.inner;
      const tag = open.replace(/\/>$/, ">");
      xml = `${xml.slice(0, el.start)}${tag}${body}${snippet}</${el.prefix}${outer}>${xml.slice(el.end)}`;
    } else {
      // Insert the missing list after the lists that precede it (CT_Stylesheet order).
      const order = STYLE_LISTS.map(([o]) => o as string);
      const before = order.slice(0, order.indexOf(outer));
      let at = -1;
      for (const b of before) {
        const e = element(xml, b);
        if (e) at = Math.max(at, e.end);
      }
      if (at < 0 && root) at = root.start + root.open.length;
      const block = `<${prefix}${outer} count="${add.length}">${snippet}</${prefix}${outer}>`;
      xml = `${xml.slice(0, at)}${block}${xml.slice(at)}`;
    }
  }
  return { xml, map: { xf: (s) => s + xfOff, dxf: (d) => d + dxfOff } };
}

/** Every relationship in the package, by the part that holds it. */
async function allRelationships(pkg: XlsxPackage): Promise<Map<string, Relationship[]>> {
  const out = new Map<string, Relationship[]>();
  for (const path of pkg.entries.keys()) {
    if (!path.endsWith(".rels") || !hasPart(pkg, path)) continue;
    const owner = path.replace(/_rels\/([^/]+)\.rels$/, "$1");
    out.set(owner, relationships(await readText(pkg, path, 16 * 1024 * 1024)));
  }
  return out;
}

/** The parts only `part` leads to (followed through relationships), to remove with it. */
function ownParts(
  part: string,
  rels: Map<string, Relationship[]>,
  removing: Set<string>,
): string[] {
  const reach = new Set<string>();
  const stack = [part];
  while (stack.length > 0) {
    const p = stack.pop() as string;
    if (reach.has(p)) continue;
    reach.add(p);
    for (const r of rels.get(p) ?? []) if (!r.external) stack.push(resolveTarget(p, r.target));
  }
  // Keep anything another (kept) part also leads to.
  for (const [owner, list] of rels) {
    if (reach.has(owner) || removing.has(owner) || owner === "") continue;
    for (const r of list) if (!r.external) reach.delete(resolveTarget(owner, r.target));
  }
  reach.delete(part);
  return [...reach];
}

/** A part name not in the package (or removed from it) nor taken by another of ours. */
function freeName(
  pkg: XlsxPackage,
  changes: Map<string, string | Uint8Array | null>,
  taken: Set<string>,
  dir: string,
  stem: string,
  ext: string,
): string {
  for (let n = 1; ; n++) {
    const p = `${dir}/${stem}${n}.${ext}`;
    if ((!hasPart(pkg, p) || changes.get(p) === null) && !taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/** A relationship id not yet used in a relationships part. */
function freeRelId(xml: string, stem: string): string {
  for (let n = 1; ; n++) if (!xml.includes(`Id="${stem}${n}"`)) return `${stem}${n}`;
}

/**
 * Merges our sheets (one per placement, in order, written from the spec) into the user's
 * package. Returns the new package's bytes.
 */
export async function mergeIntoPackage(
  pkg: XlsxPackage,
  spec: WorkbookSpec,
  placements: readonly SheetPlacement[],
): Promise<Uint8Array> {
  let workbook = pkg.workbookXml;
  let wbRels = pkg.workbookRelsXml;
  let types = (await readText(pkg, "[Content_Types].xml")) ?? `<Types xmlns="${CT_NS}"></Types>`;
  const removedParts: string[] = [];
  // What the output changes: a part's new text, or null for a part removed.
  const changes = new Map<string, string | Uint8Array | null>();
  const put = (path: string, text: string | Uint8Array) => changes.set(path, text);
  const addedTypes: [string, string][] = [];

  // 1. Remove the provably-own sheets being replaced, with their parts and names.
  const replaced = pkg.sheets.filter((s) => placements.some((p) => p.replaces === s.name));
  if (replaced.length > 0) {
    const rels = await allRelationships(pkg);
    const removing = new Set(replaced.flatMap((s) => (s.part ? [s.part] : [])));
    for (const s of replaced) {
      if (!s.part) continue;
      for (const p of [s.part, ...ownParts(s.part, rels, removing)]) {
        removedParts.push(p, relsPathOf(p));
      }
    }
    // The calculation chain lists cells of the removed sheets: Excel rebuilds it when absent.
    for (const r of relationships(wbRels)) {
      if (r.type === REL_CALC_CHAIN) removedParts.push(resolveTarget(pkg.workbookPath, r.target));
    }
    const removedIdx = replaced.map((s) => s.index).sort((a, b) => a - b);
    const removedIds = new Set(replaced.map((s) => s.rid));
    // <sheets>
    const sheetsEl = element(workbook, "sheets");
    if (sheetsEl) {
      const kept = elements(sheetsEl.inner, "sheet")
        .filter((e) => !removedIds.has(attr(e.attrs, "id") ?? ""))
        .map((e) => sheetsEl.inner.slice(e.start, e.end));
      const start = sheetsEl.start + sheetsEl.open.length;
      workbook = `${workbook.slice(0, start)}${kept.join("")}${workbook.slice(start + sheetsEl.inner.length)}`;
    }
    // Sheet-scoped names of removed sheets go; the others follow their sheet's new position.
    const shift = (i: number) => i - removedIdx.filter((r) => r < i).length;
    workbook = editNames(workbook, (n) => {
      const local = n.attrs.localSheetId;
      if (local === undefined) return n.raw;
      const i = Number(local);
      if (removedIdx.includes(i)) return null;
      return i === shift(i)
        ? n.raw
        : n.raw.replace(n.open, setAttr(n.open, "localSheetId", String(shift(i))));
    });
    workbook = workbook.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) => {
      let t = tag;
      for (const key of ["activeTab", "firstSheet"]) {
        const v = attributes(t)[key];
        if (v !== undefined) {
          const i = Number(v);
          const moved = removedIdx.includes(i) ? 0 : shift(i);
          t = moved === 0 ? dropAttr(t, key) : setAttr(t, key, String(moved));
        }
      }
      return t;
    });
    // workbook.xml.rels
    const removedSet = new Set(removedParts);
    const relsEl = elements(wbRels, "Relationship").filter(
      (e) =>
        removedIds.has(e.attrs.Id ?? "") ||
        removedSet.has(resolveTarget(pkg.workbookPath, e.attrs.Target ?? "")),
    );
    for (const e of relsEl.reverse()) wbRels = wbRels.slice(0, e.start) + wbRels.slice(e.end);
    for (const p of removedParts) changes.set(p, null);
  }

  // 2. Styles and shared strings of ours.
  const stylesRel = relationships(wbRels).find((r) => r.type.endsWith("/styles"));
  const userStylesPath = stylesRel ? resolveTarget(pkg.workbookPath, stylesRel.target) : null;
  const userStyles = userStylesPath ? await readText(pkg, userStylesPath) : null;
  const ours = ourStyles(spec);
  let map: StyleMap = { xf: (s) => s, dxf: (d) => d };
  if (userStyles && userStylesPath) {
    const merged = mergeStyles(userStyles, ours.xml);
    put(userStylesPath, merged.xml);
    map = merged.map;
  } else {
    const path = `${pkg.workbookPath.split("/").slice(0, -1).join("/")}/styles.xml`;
    put(path, ours.xml);
    const id = freeRelId(wbRels, "rIdITAStyles");
    wbRels = insertBeforeClose(
      wbRels,
      "Relationships",
      `<Relationship Id="${id}" Type="${NS_REL}/styles" Target="${relativeTarget(pkg.workbookPath, path)}"/>`,
    );
    addedTypes.push([
      path,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
    ]);
  }
  // 3. Write our sheets and what they link to; add them to <sheets>, the relationships, names.
  const sheetsEl = element(workbook, "sheets");
  const sheetPrefix = sheetsEl?.prefix ?? "";
  const rPrefix =
    /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      element(workbook, "workbook")?.open ?? "",
    )?.[1];
  const rAttr = (id: string) =>
    rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${NS_REL}" r:id="${id}"`;
  const remaining = sheetsEl ? elements(sheetsEl.inner, "sheet") : [];
  let nextSheetId = Math.max(0, ...remaining.map((e) => Number(e.attrs.sheetId) || 0)) + 1;
  let position = remaining.length;
  const taken = new Set<string>();
  const tableIds = await usedTableIds(pkg);
  let nextTableId = Math.max(0, ...tableIds) + 1;
  const newSheets: string[] = [];
  const newNames: string[] = [];
  const tagsWritten = new Set<string>();

  for (const p of placements) {
    const sheet = spec.sheets[p.index];
    if (!sheet) continue;
    const part = freeName(pkg, changes, taken, "xl/worksheets", "sheet", "xml");
    addedTypes.push([part, CT_WORKSHEET]);
    const links: SheetLinks = {};
    const sheetRels: string[] = [];
    const table = sheet.table
      ? tableXml(sheet, p.tableName ?? sheet.table.name, nextTableId++)
      : null;
    if (table) {
      const tablePart = freeName(pkg, changes, taken, "xl/tables", "table", "xml");
      put(tablePart, table);
      addedTypes.push([tablePart, CT_TABLE]);
      links.tableRid = "rId1";
      sheetRels.push(relXml("rId1", `${NS_REL}/table`, relativeTarget(part, tablePart)));
    }
    const chart = chartParts(sheet, p.name);
    if (chart) {
      // One part per chart, one drawing anchoring them all (a sheet has one drawing).
      const chartPartNames = chart.charts.map((xml) => {
        const chartPart = freeName(pkg, changes, taken, "xl/charts", "chart", "xml");
        put(chartPart, xml);
        addedTypes.push([chartPart, CT_CHART]);
        return chartPart;
      });
      const drawingPart = freeName(pkg, changes, taken, "xl/drawings", "drawing", "xml");
      const rids = chartPartNames.map((_, i) => `rId${i + 1}`);
      put(drawingPart, chart.drawing(rids));
      put(
        relsPathOf(drawingPart),
        relsXml(
          chartPartNames.map((chartPart, i) =>
            relXml(`rId${i + 1}`, `${NS_REL}/chart`, relativeTarget(drawingPart, chartPart)),
          ),
        ),
      );
      addedTypes.push([drawingPart, CT_DRAWING]);
      links.drawingRid = "rIdChart1";
      sheetRels.push(relXml("rIdChart1", `${NS_REL}/drawing`, relativeTarget(part, drawingPart)));
    }
    const images = !chart && sheet.images?.length ? sheet.images : null;
    if (images) {
      // The memo's emblem: each picture in the media folder, anchored by a drawing.
      const drawingPart = freeName(pkg, changes, taken, "xl/drawings", "drawing", "xml");
      const rels = images.map((image, i) => {
        const media = freeName(
          pkg,
          changes,
          taken,
          "xl/media",
          "image",
          image.type === "png" ? "png" : "jpeg",
        );
        put(media, fromBase64(image.data));
        addedTypes.push([media, image.type === "png" ? "image/png" : "image/jpeg"]);
        return relXml(`rId${i + 1}`, `${NS_REL}/image`, relativeTarget(drawingPart, media));
      });
      put(drawingPart, pictureDrawingXml(images));
      put(relsPathOf(drawingPart), relsXml(rels));
      addedTypes.push([drawingPart, CT_DRAWING]);
      links.drawingRid = "rIdDrawing1";
      sheetRels.push(relXml("rIdDrawing1", `${NS_REL}/drawing`, relativeTarget(part, drawingPart)));
    }
    put(part, worksheetXml(sheet, ours.xfOf, map, ours.dxfStart[p.index] ?? 0, links));
    if (sheetRels.length > 0) put(relsPathOf(part), relsXml(sheetRels));

    const rid = freeRelId(wbRels, "rIdITA");
    wbRels = insertBeforeClose(
      wbRels,
      "Relationships",
      `<Relationship Id="${rid}" Type="${REL_WORKSHEET}" Target="${encodeXml(relativeTarget(pkg.workbookPath, part))}"/>`,
    );
    newSheets.push(
      withPrefix(`<sheet name="${encodeXml(p.name)}" sheetId="${nextSheetId++}"`, sheetPrefix) +
        ` ${rAttr(rid)}/>`,
    );
    const local = position++;
    tagsWritten.add(sheet.tag);
    newNames.push(
      `<definedName name="${sheet.tag}">${encodeXml(`${quoteSheet(p.name)}!$A$1`)}</definedName>`,
    );
    newNames.push(
      `<definedName name="${MARK_NAME}" localSheetId="${local}" hidden="1">${encodeXml(`"${sheet.mark}"`)}</definedName>`,
    );
    for (const n of printNames(sheet, p.name)) {
      newNames.push(
        `<definedName name="${n.name}" localSheetId="${local}">${encodeXml(n.text)}</definedName>`,
      );
    }
  }

  // <sheets>
  const sheetsNow = element(workbook, "sheets");
  if (sheetsNow) {
    const close = sheetsNow.end - `</${sheetsNow.prefix}sheets>`.length;
    workbook = sheetsNow.open.endsWith("/>")
      ? `${workbook.slice(0, sheetsNow.start)}${sheetsNow.open.replace(/\/>$/, ">")}${newSheets.join("")}</${sheetsNow.prefix}sheets>${workbook.slice(sheetsNow.end)}`
      : `${workbook.slice(0, close)}${newSheets.join("")}${workbook.slice(close)}`;
  }
  // Our tags move to our new sheets: drop any earlier workbook-level name of the same tag.
  workbook = editNames(workbook, (n) =>
    n.attrs.localSheetId === undefined && tagsWritten.has(n.attrs.name ?? "") ? null : n.raw,
  );
  workbook = addNames(workbook, withPrefix(newNames.join(""), sheetPrefix));
  put(pkg.workbookPath, workbook);
  put(pkg.workbookRelsPath, wbRels);

  // [Content_Types].xml
  const removedSet = new Set(removedParts);
  for (const o of elements(types, "Override").reverse()) {
    if (removedSet.has((o.attrs.PartName ?? "").replace(/^\//, "")))
      types = types.slice(0, o.start) + types.slice(o.end);
  }
  types = insertBeforeClose(
    types,
    "Types",
    addedTypes
      .map(([p, t]) => `<Override PartName="/${encodeXml(p)}" ContentType="${encodeXml(t)}"/>`)
      .join(""),
  );
  put("[Content_Types].xml", types);

  const app = await updateAppTitles(pkg, placements);
  if (app) put(app.path, app.xml);
  const written = pkg.zlib ? writeZip(pkg.data, pkg.entries.values(), changes, pkg.zlib) : null;
  if (written) return written;
  // Without zlib (the browser): JSZip writes the package (it reuses the stored data of the parts
  // it did not change).
  // (A fresh JSZip: the package read stays unchanged, for another run.)
  const zip = await JSZip.loadAsync(pkg.data);
  for (const [path, text] of changes) {
    if (text === null) zip.remove(path);
    else zip.file(path, text);
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
}

interface NameEl {
  raw: string;
  open: string;
  attrs: Record<string, string>;
}

/** Rewrites each <definedName> (null removes it); removes an emptied <definedNames>. */
function editNames(workbook: string, fn: (n: NameEl) => string | null): string {
  const el = element(workbook, "definedNames");
  if (!el || el.open.endsWith("/>")) return workbook;
  const names = elements(el.inner, "definedName");
  const kept = names
    .map((n) => fn({ raw: el.inner.slice(n.start, n.end), open: n.open, attrs: n.attrs }))
    .filter((x): x is string => x !== null);
  if (kept.length === 0) return workbook.slice(0, el.start) + workbook.slice(el.end);
  const start = el.start + el.open.length;
  return `${workbook.slice(0, start)}${kept.join("")}${workbook.slice(start + el.inner.length)}`;
}

/** Appends names to <definedNames>, creating it in its place (after sheets, functionGroups,
 *  externalReferences) when there is none. */
function addNames(workbook: string, names: string): string {
  if (!names) return workbook;
  const el = element(workbook, "definedNames");
  if (el && !el.open.endsWith("/>")) return insertBeforeClose(workbook, "definedNames", names);
  const prefix = element(workbook, "sheets")?.prefix ?? "";
  const block = `<${prefix}definedNames>${names}</${prefix}definedNames>`;
  if (el) return workbook.slice(0, el.start) + block + workbook.slice(el.end);
  let at = -1;
  for (const local of ["sheets", "functionGroups", "externalReferences"]) {
    const e = element(workbook, local);
    if (e) at = Math.max(at, e.end);
  }
  return at < 0 ? workbook : workbook.slice(0, at) + block + workbook.slice(at);
}

/** Table ids already in the package (a table id is unique in a workbook). */
async function usedTableIds(pkg: XlsxPackage): Promise<number[]> {
  const ids: number[] = [];
  for (const path of pkg.entries.keys()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path) || !hasPart(pkg, path)) continue;
    const t = element((await readText(pkg, path, 1024 * 1024)) ?? "", "table");
    if (t?.attrs.id) ids.push(Number(t.attrs.id));
  }
  return ids;
}

/** docProps/app.xml lists the sheet titles: add ours, drop the replaced ones. */
async function updateAppTitles(
  pkg: XlsxPackage,
  placements: readonly SheetPlacement[],
): Promise<{ path: string; xml: string } | null> {
  const path = "docProps/app.xml";
  const app = await readText(pkg, path, 4 * 1024 * 1024);
  if (!app) return null;
  const titles = element(app, "TitlesOfParts");
  const vector = titles ? element(titles.inner, "vector") : null;
  const pairs = element(app, "HeadingPairs");
  if (!titles || !vector || !pairs) return null;
  // The heading pairs give how many titles belong to the worksheets (the first group counted as
  // "Worksheets"/"ชีตงาน"…); only that simple, common shape is edited.
  const variants = elements(pairs.inner, "variant");
  const counts: { label: string; count: number; el: ReturnType<typeof element> }[] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = /<vt:lpstr>([^<]*)<\/vt:lpstr>/.exec(variants[i]?.inner ?? "")?.[1] ?? "";
    const count = Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(variants[i + 1]?.inner ?? "")?.[1] ?? NaN);
    counts.push({ label, count, el: variants[i + 1] ?? null });
  }
  const first = counts[0];
  if (!first || !Number.isFinite(first.count) || !/worksheet|ชีต|sheet/i.test(first.label))
    return null;
  const items = elements(vector.inner, "lpstr").map((e) => e.inner);
  const sheetTitles = items.slice(0, first.count);
  const rest = items.slice(first.count);
  const replaced = new Set(placements.flatMap((p) => (p.replaces ? [encodeXml(p.replaces)] : [])));
  const kept = sheetTitles.filter((t) => !replaced.has(t));
  const all = [...kept, ...placements.map((p) => encodeXml(p.name))];
  const newVector = `${setAttr(vector.open, "size", String(all.length + rest.length))}${[
    ...all,
    ...rest,
  ]
    .map((t) => `<${vector.prefix}lpstr>${t}</${vector.prefix}lpstr>`)
    .join("")}</${vector.prefix}vector>`;
  const titlesStart = titles.start + titles.open.length;
  let out = `${app.slice(0, titlesStart + vector.start)}${newVector}${app.slice(titlesStart + vector.end)}`;
  const pairsEl = element(out, "HeadingPairs");
  if (pairsEl && first.el) {
    const at = pairsEl.start + pairsEl.open.length + first.el.start;
    const old = out.slice(at, pairsEl.start + pairsEl.open.length + first.el.end);
    out =
      out.slice(0, at) +
      old.replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${all.length}</vt:i4>`) +
      out.slice(at + old.length);
  }
  return { path, xml: out };
}
