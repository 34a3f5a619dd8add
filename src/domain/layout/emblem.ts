import { EMBLEM_POINTS } from "./memoSheet";
import type { ImageSpec } from "./spec";

/** Largest emblem file we take: a Garuda for a 1.5 cm mark needs far less. */
export const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;

const be32 = (b: Uint8Array, i: number) =>
  (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);

/** The type and pixel size of a PNG or JPEG file, or null for anything else. */
export function imageSize(
  b: Uint8Array,
): { type: "png" | "jpeg"; width: number; height: number } | null {
  if (b.length > 24 && be32(b, 0) === 0x89504e47 && be32(b, 12) === 0x49484452)
    return { type: "png", width: be32(b, 16), height: be32(b, 20) };
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  // JPEG: walk the segments to the first start-of-frame, which holds the size.
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    const length = be16(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { type: "jpeg", width: be16(b, i + 7), height: be16(b, i + 5) };
    i += 2 + length;
  }
  return null;
}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return (globalThis as unknown as { btoa(s: string): string }).btoa(s);
}

/**
 * The memo's emblem from an image file the user gives (PNG or JPEG): 1.5 cm high at the top left,
 * as the official memo form places the Garuda, its width by the image's own proportions. Null
 * when the bytes are not such an image, or larger than MAX_EMBLEM_BYTES.
 */
export function emblemImage(bytes: Uint8Array): ImageSpec | null {
  const size = bytes.length <= MAX_EMBLEM_BYTES ? imageSize(bytes) : null;
  if (!size || size.width < 1 || size.height < 1) return null;
  const height = EMBLEM_POINTS;
  return {
    data: base64(bytes),
    type: size.type,
    from: "A1",
    width: Math.round(((height * size.width) / size.height) * 100) / 100,
    height: Math.round(height * 100) / 100,
  };
}
