/**
 * Ownership you can prove. A generated sheet carries three things:
 * - our tag, a workbook-level name `ITAAnalyzer_<kind>_<year>` pointing at it (tag.ts);
 * - our mark, a sheet-scoped, hidden defined name `ITAAnalyzer_mark` whose value is the constant
 *   string formula `="<id>:<titleHash>"`: a random id (16 hex characters, made by the host) and
 *   the FNV-1a hash of the title we wrote in A1;
 * - our title, still in A1.
 * A sheet is replaced only when all three hold (`isProvablyOurs`). A renamed sheet keeps its tag
 * and mark; a sheet into which staff typed their own content loses its title, and a tag moved or
 * forged onto a user's sheet comes without the mark: such sheets are the user's, never replaced
 * and never deleted.
 */
import type { Grid, GridValue } from "../types";
import { isTagName } from "./tag";

/** The sheet-scoped, hidden defined name that carries the mark. */
export const MARK_NAME = "ITAAnalyzer_mark";

const MARK_RE = /^([0-9a-f]{16}):([0-9a-f]{8})$/;

/** NFC-normalised (where the runtime can) and trimmed. */
function canonical(text: string): string {
  const s = typeof text.normalize === "function" ? text.normalize("NFC") : text;
  return s.trim();
}

/** UTF-8 bytes of a string (no TextEncoder: older Office web views lack it). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
  }
  return out;
}

/** FNV-1a 32-bit of the UTF-8 bytes of the NFC-normalised, trimmed text: 8 lowercase hex. */
export function titleHash(title: string): string {
  let h = 0x811c9dc5;
  for (const b of utf8(canonical(title))) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The mark of a sheet titled `title`: `"<id>:<titleHash>"` (hosts write it as `="…"`). */
export function markValue(id: string, title: string): string {
  return `${id}:${titleHash(title)}`;
}

/** The constant formula a host writes as the mark name's value: `="<id>:<hash>"`. */
export function markFormula(mark: string): string {
  return `="${mark.replace(/"/g, '""')}"`;
}

/**
 * Reads a mark as a host found it: `id:hash`, with or without the leading "=" and quotes.
 * Anything else (another shape, upper-case hex, a number, a reference) is not a mark.
 */
export function parseMark(value: unknown): { id: string; titleHash: string } | null {
  if (typeof value !== "string") return null;
  let s = value.trim();
  if (s.startsWith("=")) s = s.slice(1).trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1);
  const m = MARK_RE.exec(s);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { id: m[1], titleHash: m[2] };
}

/** The text in A1 of a grid, or null when A1 is outside it or holds no text. */
export function a1Text(grid: Pick<Grid, "top" | "left" | "values">): string | null {
  const v: GridValue | undefined = grid.values[1 - grid.top]?.[1 - grid.left];
  return typeof v === "string" ? v : null;
}

/**
 * True only when the grid carries one of our tags, a well-formed mark, and the title in A1 still
 * hashes to the mark's title hash. Everything else is the user's sheet.
 */
export function isProvablyOurs(
  grid: Pick<Grid, "tag" | "mark" | "top" | "left" | "values">,
): boolean {
  if (!grid.tag || !isTagName(grid.tag)) return false;
  const mark = parseMark(grid.mark ?? null);
  if (!mark) return false;
  const title = a1Text(grid);
  return title !== null && canonical(title) !== "" && titleHash(title) === mark.titleHash;
}

/** A random mark id: 16 lowercase hex characters from `getRandomValues` where there is one. */
export function randomMarkId(): string {
  const bytes = new Uint8Array(8);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let out = "";
  for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
  return out;
}

/** True for an id a host may use in a mark (16 lowercase hex characters). */
export function isMarkId(id: string): boolean {
  return /^[0-9a-f]{16}$/.test(id);
}
