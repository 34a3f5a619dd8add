/**
 * The cells of a worksheet part, read straight from its XML for the file path: each cell's value
 * (shared, inline and rich text, numbers, booleans, errors, formula results; numbers in a date
 * format as dates), formula and number format, as ExcelJS reads them (readGrids.ts
 * `toGridValue`). Loading the workbook into ExcelJS to read a few hundred cells was half of the
 * time of opening a small file; xlsx/readCells.test.ts reads every test workbook both ways and
 * compares the grids.
 */
import { columnNumber } from "../../domain/address";
import type { GridValue } from "../../domain/types";
import { decodeXml, element } from "./ooxml";

export interface ReadCell {
  r: number;
  c: number;
  value: GridValue;
  formula: string | null;
  fmt: string | null;
}

/** Built-in number formats by id (ECMA-376 §18.8.30, as ExcelJS names them). */
const BUILTIN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Text of an element as an XML parser hands it over: line ends normalised, entities decoded. */
const xmlText = (raw: string) => decodeXml(raw.replace(/\r\n?/g, "\n"));
/** The `_xHHHH_` escapes of shared and rich text (as ExcelJS decodes them). */
const unescapeX = (t: string) =>
  t.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The texts of the `<t>` elements of a run list or string item, joined. */
function joinedText(xml: string, escapes: boolean): string {
  let out = "";
  for (const t of contents(xml, "t")) {
    const text = xmlText(t);
    out += escapes ? unescapeX(text) : text;
  }
  return out;
}

/** The shared strings: each item's text (rich text runs joined; phonetic runs left out). */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return contents(xml, "si").map((si) => {
    const runs = contents(si, "r");
    if (runs.length === 0) {
      const t = firstElement(si, "t");
      return t ? unescapeX(xmlText(t.inner)) : "";
    }
    return runs.map((r) => joinedText(r, true)).join("");
  });
}

/** The number format of each cell format (`s`), null for General. */
export function cellFormats(stylesXml: string | null): (string | null)[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const numFmts = firstElement(stylesXml, "numFmts");
  eachElement(numFmts?.inner ?? "", "numFmt", (attrs) => {
    const a = attrsOf(attrs);
    custom.set(Number(a.numFmtId), decodeXml(a.formatCode ?? "").replace(/[\\](.)/g, "$1"));
  });
  const out: (string | null)[] = [];
  eachElement(firstElement(stylesXml, "cellXfs")?.inner ?? "", "xf", (attrs) => {
    const id = parseInt(attrsOf(attrs).numFmtId ?? "0", 10);
    out.push(id ? (custom.get(id) ?? BUILTIN[id] ?? null) : null);
  });
  return out;
}

/** ExcelJS's test for a date format: date letters outside quotes and brackets. */
function isDateFormat(fmt: string | null): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A serial date as ExcelJS reads it, as the ISO day the grid holds. */
function serialDate(v: number, date1904: boolean): string | null {
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

const openTags = new Map<string, RegExp>();

/**
 * Calls `fn` with the attributes and content of each element `local` (any prefix) in
 * `xml[from, to)`, in order, in one pass: a start tag never reaches past the next `<` or `>`, and
 * an element without its end tag ends the list (a damaged or hostile part costs one pass, never
 * a search from every start tag to its end).
 */
function eachElement(
  xml: string,
  local: string,
  fn: (attrs: string, inner: string) => void,
  from = 0,
  to = xml.length,
): void {
  let re = openTags.get(local);
  if (!re) {
    re = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])([^<>]*)>`, "g");
    openTags.set(local, re);
  }
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const attrs = m[2] ?? "";
    const end = m.index + m[0].length;
    if (attrs.endsWith("/")) {
      fn(attrs.slice(0, -1), "");
      continue;
    }
    const closeTag = `</${m[1] ?? ""}${local}>`;
    const close = xml.indexOf(closeTag, end);
    if (close < 0 || close + closeTag.length > to) return;
    const lastIndex = close + closeTag.length;
    fn(attrs, xml.slice(end, close));
    re.lastIndex = lastIndex;
  }
}

/** The first element `local` of `xml`: its attributes and content, or null. */
function firstElement(xml: string, local: string): { attrs: string; inner: string } | null {
  let found: { attrs: string; inner: string } | null = null;
  eachElement(xml, local, (attrs, inner) => {
    found ??= { attrs, inner };
  });
  return found;
}

/** The contents of every element `local` of `xml`. */
function contents(xml: string, local: string): string[] {
  const out: string[] = [];
  eachElement(xml, local, (_, inner) => out.push(inner));
  return out;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const REF = /^([A-Z]{1,3})(\d+)$/;

function attrsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) {
    const name = m[1] as string;
    out[name.slice(name.indexOf(":") + 1)] = m[2] ?? m[3] ?? "";
  }
  return out;
}

/**
 * Every cell that holds a value or a formula, in row and column order. `strings` and `formats`
 * come from the package's shared strings and styles.
 */
export function readCells(
  xml: string,
  strings: readonly string[],
  formats: readonly (string | null)[],
  date1904: boolean,
): ReadCell[] {
  const data = element(xml, "sheetData");
  if (!data) return [];
  const out: ReadCell[] = [];
  let row = 0;
  let ordered = true;
  eachElement(data.inner, "row", (rowAttrText, rowInner) => {
    const rowAttrs = attrsOf(rowAttrText);
    const rNum = parseInt(rowAttrs.r ?? "", 10);
    row = Number.isFinite(rNum) && rNum > 0 ? rNum : row + 1;
    let col = 0;
    eachElement(rowInner, "c", (cellAttrs, body) => {
      const a = attrsOf(cellAttrs);
      const ref = REF.exec(a.r ?? "");
      const r = ref ? Number(ref[2]) : row;
      const c = ref ? columnNumber(ref[1] as string) : col + 1;
      col = c;
      // Cell format 0 is no style at all to ExcelJS (its number format is not read).
      const style = parseInt(a.s ?? "", 10);
      const fmt = style ? (formats[style] ?? null) : null;
      const cell = readCell(a.t, body, strings, fmt, date1904);
      if (!cell) return;
      const last = out[out.length - 1];
      if (last && (last.r > r || (last.r === r && last.c >= c))) ordered = false;
      out.push({ r, c, ...cell, fmt });
    });
  });
  if (!ordered) {
    // Out of order or repeated: sort, the last of a repeated cell wins.
    const byPlace = new Map<string, ReadCell>();
    for (const x of out) byPlace.set(`${x.r},${x.c}`, x);
    return [...byPlace.values()].sort((x, y) => x.r - y.r || x.c - y.c);
  }
  return out;
}

function readCell(
  t: string | undefined,
  body: string,
  strings: readonly string[],
  fmt: string | null,
  date1904: boolean,
): { value: GridValue; formula: string | null } | null {
  const f = firstElement(body, "f");
  const v = firstElement(body, "v");
  const is = firstElement(body, "is");
  // The text ExcelJS collects for a cell: <v>, and <t> of an inline string without runs.
  let text: string | undefined = v && v.inner !== "" ? xmlText(v.inner) : undefined;
  let rich: string | undefined;
  if (is) {
    const runs = contents(is.inner, "r");
    if (runs.length > 0) rich = runs.map((r) => joinedText(r, true)).join("");
    else {
      const inline = joinedText(is.inner, false);
      if (inline !== "") text = (text ?? "") + inline;
    }
  }
  const fText = f ? xmlText(f.inner) : "";
  // A formula: text, or a type (a shared formula's other cells have only `t="shared"`).
  const typed = f ? /\bt="[^"]+"/.test(f.attrs) : false;
  if (f && (fText !== "" || typed)) {
    const formula = fText !== "" ? `=${fText}` : null;
    let value: GridValue = null;
    if (text) {
      if (t === "str") value = decodeXml(text);
      else if (t === "b") value = parseInt(text, 10) !== 0;
      else if (t === "e") value = { error: text };
      else {
        const n = parseFloat(text);
        value = isDateFormat(fmt) ? serialDate(n, date1904) : n;
      }
    }
    // ExcelJS keeps a formula's cached result only when it is truthy: 0, false and "" are read
    // as no value (kept as it was: the grids must not change with the reader).
    if (value === 0 || value === false || value === "" || Number.isNaN(value)) value = null;
    return { value, formula };
  }
  if (rich !== undefined) return { value: rich, formula: null };
  if (text === undefined) return null;
  let value: GridValue;
  switch (t) {
    case "s":
      value = strings[parseInt(text, 10)] ?? null;
      break;
    case "str":
      value = decodeXml(text);
      break;
    case "inlineStr":
      value = text;
      break;
    case "b":
      value = parseInt(text, 10) !== 0;
      break;
    case "e":
      value = { error: text };
      break;
    default: {
      const n = parseFloat(text);
      value = isDateFormat(fmt) ? serialDate(n, date1904) : n;
    }
  }
  return value === null ? null : { value, formula: null };
}
