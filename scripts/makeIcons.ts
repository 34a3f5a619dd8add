/**
 * Draws the add-in's icons (a blue tile with three rising bars and a tick) at 16, 32, 64 and 80
 * px as PNG files in assets/, with Node's zlib: no image library needed for four small squares.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const blue: [number, number, number, number] = [0x2f, 0x55, 0x97, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  const r = size * 0.18; // corner radius
  const bars = [0.35, 0.55, 0.78].map((h, i) => ({
    x0: 0.18 + i * 0.24,
    x1: 0.34 + i * 0.24,
    top: 1 - 0.12 - h * 0.7,
  }));
  return png(size, (px, py) => {
    const x = (px + 0.5) / size;
    const y = (py + 0.5) / size;
    const dx = Math.max(r / size - x, 0, x - (1 - r / size));
    const dy = Math.max(r / size - y, 0, y - (1 - r / size));
    if (dx * dx + dy * dy > (r / size) ** 2) return clear;
    if (bars.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= 0.88)) return white;
    return blue;
  });
}

for (const size of [16, 32, 64, 80]) {
  writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
}
console.log("wrote assets/icon-{16,32,64,80}.png");
