// Draws the toolbar/store icons (icons/icon-<size>.png) without an image library: a dark rounded
// square with an amber check mark over a red "liquidation line". Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

const distToSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

/** Colour at a point of the unit square, drawn front to back. */
function shade(u: number, v: number): RGBA {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  const check = Math.min(distToSegment(u, v, 0.2, 0.45, 0.42, 0.66), distToSegment(u, v, 0.42, 0.66, 0.82, 0.22));
  if (check < 0.085) return [240, 185, 11, 255];
  if (v > 0.76 && v < 0.86 && u > 0.16 && u < 0.84) return [246, 70, 93, 255];
  return [24, 26, 32, 255];
}

mkdirSync('icons', { recursive: true });
const SAMPLES = 4;
for (const size of [16, 32, 48, 128]) {
  const image = png(size, (x, y) => {
    const sum = [0, 0, 0, 0];
    for (let i = 0; i < SAMPLES; i++)
      for (let j = 0; j < SAMPLES; j++) {
        const c = shade((x + (i + 0.5) / SAMPLES) / size, (y + (j + 0.5) / SAMPLES) / size);
        for (let k = 0; k < 3; k++) sum[k]! += c[k]! * c[3];
        sum[3]! += c[3];
      }
    const a = sum[3]!;
    return a === 0 ? [0, 0, 0, 0] : [Math.round(sum[0]! / a), Math.round(sum[1]! / a), Math.round(sum[2]! / a), Math.round(a / SAMPLES ** 2)];
  });
  writeFileSync(`icons/icon-${size}.png`, image);
}
