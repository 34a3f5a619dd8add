/**
 * Small, exact helpers for the few package parts the file path edits itself (workbook.xml, its
 * relationships, [Content_Types].xml, styles.xml). They find elements by their tag, with or
 * without a namespace prefix, and hand back their place in the text so that an edit touches only
 * what it means to change.
 */

export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_STYLES = `${NS_REL}/styles`;
export const REL_SHARED_STRINGS = `${NS_REL}/sharedStrings`;
export const REL_CALC_CHAIN = `${NS_REL}/calcChain`;
export const REL_OFFICE_DOCUMENT = `${NS_REL}/officeDocument`;
export const CT_WORKSHEET =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export function decodeXml(t: string): string {
  return t.replace(/&(#x[0-9a-fA-F]+|#\d+|quot|apos|lt|gt|amp);/g, (_, e: string) => {
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

export function encodeXml(t: string): string {
  // Most texts have nothing to escape: four replacements over each cost more than one test.
  if (!/[&<>"]/.test(t)) return t;
  return t
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The attributes of a start tag, decoded; prefixes kept (`r:id`). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[m[1] as string] = decodeXml(m[3] ?? m[4] ?? "");
  }
  return out;
}

/** The attribute ending in `:local` or named `local` (namespace prefixes vary by producer). */
export function attr(attrs: Record<string, string>, local: string): string | undefined {
  if (attrs[local] !== undefined) return attrs[local];
  for (const [k, v] of Object.entries(attrs)) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

export interface Element {
  /** Offsets of the whole element in the text. */
  start: number;
  end: number;
  /** The start tag. */
  open: string;
  /** Text between start and end tags ("" for an empty element). */
  inner: string;
  attrs: Record<string, string>;
  /** The namespace prefix with its colon ("x:"), or "". */
  prefix: string;
}

/**
 * Every element named `local` (any prefix) in `xml`, outermost first, not nested in itself.
 * Works for the flat lists of package parts (sheets, definedNames, relationships, overrides,
 * fonts); not a general XML parser.
 */
export function elements(xml: string, local: string, from = 0, to = xml.length): Element[] {
  const out: Element[] = [];
  const re = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])[^>]*?(/?)>`, "g");
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const prefix = m[1] ?? "";
    const open = m[0];
    if (m[2] === "/") {
      out.push({
        start: m.index,
        end: m.index + open.length,
        open,
        inner: "",
        attrs: attributes(open),
        prefix,
      });
      continue;
    }
    const close = `</${prefix}${local}>`;
    const endAt = xml.indexOf(close, m.index + open.length);
    if (endAt < 0) break;
    out.push({
      start: m.index,
      end: endAt + close.length,
      open,
      inner: xml.slice(m.index + open.length, endAt),
      attrs: attributes(open),
      prefix,
    });
    re.lastIndex = endAt + close.length;
  }
  return out;
}

/** The first element named `local`, or null. */
export function element(xml: string, local: string): Element | null {
  return elements(xml, local)[0] ?? null;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((e) => ({
    id: e.attrs.Id ?? "",
    type: e.attrs.Type ?? "",
    target: e.attrs.Target ?? "",
    external: e.attrs.TargetMode === "External",
  }));
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relative target from one part to another (both package paths without a leading "/"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** Inserts `text` before the closing tag `</…local>` of the first such element. */
export function insertBeforeClose(xml: string, local: string, text: string): string {
  const m = new RegExp(`</((?:[\\w.-]+:)?)${local}>`).exec(xml);
  if (!m) return xml;
  return xml.slice(0, m.index) + text + xml.slice(m.index);
}
