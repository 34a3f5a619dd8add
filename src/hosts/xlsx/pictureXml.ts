import { parseA1 } from "../../domain/address";
import type { ImageSpec } from "../../domain/layout/spec";

/** EMUs per point (DrawingML's unit: 12,700 a point). */
const EMU = 12700;

/**
 * The drawing part that places pictures (the memo's emblem) at their top-left cell with their
 * size, each a `pic` with the image of relationship rId1, rId2, …
 */
export function pictureDrawingXml(images: readonly ImageSpec[]): string {
  const anchors = images.map((image, i) => {
    const at = parseA1(image.from) ?? { row: 1, column: 1 };
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${at.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${Math.round(image.width * EMU)}" cy="${Math.round(image.height * EMU)}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="ITA emblem ${i + 1}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(image.width * EMU)}" cy="${Math.round(image.height * EMU)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}

/**
 * The pictures of a drawing part as our spec holds them: for each `pic`, its anchor cell, size
 * and the target of its image relationship (for the reader to fetch).
 */
export function picturesOf(
  xml: string,
): { from: string; width: number; height: number; rid: string }[] {
  const out: { from: string; width: number; height: number; rid: string }[] = [];
  for (const m of xml.matchAll(/<xdr:(oneCellAnchor|twoCellAnchor)\b[\s\S]*?<\/xdr:\1>/g)) {
    const a = m[0];
    const col = Number(/<xdr:from>\s*<xdr:col>(\d+)<\/xdr:col>/.exec(a)?.[1] ?? NaN);
    const row = Number(/<xdr:row>(\d+)<\/xdr:row>/.exec(a)?.[1] ?? NaN);
    const ext = /<(?:xdr|a):ext cx="(\d+)" cy="(\d+)"/.exec(a);
    const rid = /<a:blip\b[^>]*r:embed="([^"]+)"/.exec(a)?.[1];
    if (!rid || !ext || !Number.isFinite(col) || !Number.isFinite(row)) continue;
    const letter = String.fromCharCode(65 + col);
    out.push({
      from: `${letter}${row + 1}`,
      width: Math.round((Number(ext[1]) / EMU) * 100) / 100,
      height: Math.round((Number(ext[2]) / EMU) * 100) / 100,
      rid,
    });
  }
  return out;
}

/** Base64 to bytes and back, in Node and in the browser's worker alike. */
export function fromBase64(data: string): Uint8Array {
  const s = (globalThis as unknown as { atob(s: string): string }).atob(data);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return (globalThis as unknown as { btoa(s: string): string }).btoa(s);
}
