// Draws Liqcheck's icons without an image library (npm run icons):
// - icons/icon-<16|32|48|128>.png: the mark, an amber check over a red "liquidation line" on a dark
//   rounded tile; the manifest's icons and the normal toolbar icon;
// - icons/toolbar-alert-<16|32>.png: a position near liquidation: a white "!" in a red-rimmed tile;
// - icons/toolbar-disabled-<16|32>.png: not a supported page, or switched off: the mark in greys.
// Drawn on a 16-unit grid so the 16 px toolbar icon has crisp rows and columns. The tile's rim is a
// mid grey (or red) that stands 3:1 against light toolbars (white) and dark ones (#202124,
// #35363A), so the mark's outline shows on both; make-icons.test.ts measures it on the files.
// The same code gives the same bytes on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip';

type RGB = readonly [number, number, number];

export type IconState = 'normal' | 'alert' | 'disabled';

/** Every icon file: path under icons/, state, pixel size. */
export const ICON_FILES: { file: string; state: IconState; size: number }[] = [
  ...[16, 32, 48, 128].map((size) => ({ file: `icon-${size}.png`, state: 'normal' as const, size })),
  ...[16, 32].map((size) => ({ file: `toolbar-alert-${size}.png`, state: 'alert' as const, size })),
  ...[16, 32].map((size) => ({ file: `toolbar-disabled-${size}.png`, state: 'disabled' as const, size })),
];

const hex = (value: string): RGB => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as unknown as RGB;

const PALETTE: Record<IconState, { tile: RGB; rim: RGB; glyph: RGB; line?: RGB }> = {
  normal: { tile: hex('#181a20'), rim: hex('#858b94'), glyph: hex('#f0b90b'), line: hex('#f6465d') },
  alert: { tile: hex('#181a20'), rim: hex('#f6465d'), glyph: hex('#ffffff') },
  disabled: { tile: hex('#2a2d33'), rim: hex('#80868b'), glyph: hex('#80868b'), line: hex('#5f6368') },
};

/** Transparent padding around the tile: the store's 128 px icon is 96 px of art in 16 px of padding. */
const PADDING: Record<number, number> = { 16: 0, 32: 0, 48: 2, 128: 16 };
/** Rim width in pixels: one crisp pixel at 16, a little more on larger icons. */
const RIM: Record<number, number> = { 16: 1, 32: 2, 48: 2, 128: 3 };

const distToSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

/** Colour at a point of the tile, in grid units (0..16), or undefined outside the tile. */
function shade(state: IconState, x: number, y: number, rimUnits: number): RGB | undefined {
  const radius = 3;
  const cx = Math.min(Math.max(x, radius), 16 - radius);
  const cy = Math.min(Math.max(y, radius), 16 - radius);
  const inside = radius - Math.hypot(x - cx, y - cy); // distance to the rounded edge
  if (inside < 0) return undefined;
  const colours = PALETTE[state];
  if (inside < rimUnits) return colours.rim;
  if (state === 'alert') {
    // "!": a bar and a dot, 4 units wide on whole units, so bold and crisp at 16 px
    const bar = x >= 6 && x <= 10 && y >= 3 && y <= 9;
    const dot = x >= 6 && x <= 10 && y >= 10 && y <= 13;
    return bar || dot ? colours.glyph : colours.tile;
  }
  const check = Math.min(distToSegment(x, y, 3.5, 6.5, 6.5, 9.5), distToSegment(x, y, 6.5, 9.5, 12.5, 3.5));
  if (check <= 1.25) return colours.glyph;
  if (colours.line && y >= 12 && y <= 14 && x >= 3 && x <= 13) return colours.line;
  return colours.tile;
}

/** RGBA pixels of one icon, supersampled 8x8 per pixel. */
export function drawIcon(state: IconState, size: number): Uint8Array {
  const padding = PADDING[size] ?? 0;
  const art = size - 2 * padding;
  const unitsPerPixel = 16 / art;
  const rimUnits = (RIM[size] ?? Math.max(1, Math.round(art / 32))) * unitsPerPixel;
  const samples = 8;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, n] = [0, 0, 0, 0];
      for (let i = 0; i < samples; i++) {
        for (let j = 0; j < samples; j++) {
          const x = (px - padding + (i + 0.5) / samples) * unitsPerPixel;
          const y = (py - padding + (j + 0.5) / samples) * unitsPerPixel;
          const colour = shade(state, x, y, rimUnits);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          n += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (n > 0) pixels.set([Math.round(r / n), Math.round(g / n), Math.round(b / n), Math.round((255 * n) / samples ** 2)], at);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A truecolour-with-alpha PNG of square RGBA pixels (filter 0 on every row, zlib level 9). */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_FILES.map(({ file, state, size }) => {
    writeFileSync(join(dir, file), encodePng(size, drawIcon(state, size)));
    return join(dir, file);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const path of writeIcons(resolve(dirname(fileURLToPath(import.meta.url)), '../icons'))) console.log(`icons: wrote ${path}`);
}
