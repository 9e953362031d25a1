// The icons as shipped (icons/*.png, decoded independently): sizes, up to date with the drawing code,
// and legible on light and dark toolbars, measured as WCAG contrast of the composited pixels.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICON_FILES } from './make-icons';
import { readPng, type Png } from './testing/read-png';

const repoRoot = resolve(import.meta.dirname, '..');
const iconsDir = join(repoRoot, 'icons');

// Toolbar colours: Chrome light (#ffffff) and Firefox light (#f9f9fb); Chrome dark frame and
// toolbar (#202124, #35363a), Firefox dark toolbar (#2b2a33).
const LIGHT = [[255, 255, 255], [249, 249, 251]] as const;
const DARK = [[32, 33, 36], [53, 54, 58], [43, 42, 51]] as const;
type RGB = readonly [number, number, number] | readonly number[];

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (c: RGB) => 0.2126 * channel(c[0]!) + 0.7152 * channel(c[1]!) + 0.0722 * channel(c[2]!);
const contrast = (a: RGB, b: RGB) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
const pixel = (png: Png, x: number, y: number) => [...png.pixels.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
const over = (p: number[], bg: RGB) => [0, 1, 2].map((k) => (p[k]! * p[3]! + bg[k]! * (255 - p[3]!)) / 255);
const opaque = (png: Png, x: number, y: number) => x >= 0 && y >= 0 && x < png.width && y < png.height && pixel(png, x, y)[3]! >= 128;

/** The mark's outline: opaque pixels next to a transparent one or the image's edge. */
function outline(png: Png): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++)
      if (opaque(png, x, y) && [[1, 0], [-1, 0], [0, 1], [0, -1]].some(([dx, dy]) => !opaque(png, x + dx!, y + dy!))) out.push([x, y]);
  return out;
}

const load = (file: string) => readPng(readFileSync(join(iconsDir, file)));

describe('icons', () => {
  it('ships every icon, at the size its name says, as drawn by make-icons.ts (run npm run icons)', () => {
    const names = readdirSync(iconsDir).filter((n) => n.endsWith('.png')).sort();
    expect(names).toEqual(ICON_FILES.map((f) => f.file).sort());
    expect(names).toEqual(expect.arrayContaining(['icon-16.png', 'icon-32.png', 'icon-48.png', 'icon-128.png', 'toolbar-alert-16.png', 'toolbar-alert-32.png', 'toolbar-disabled-16.png', 'toolbar-disabled-32.png']));
    for (const { file, state, size } of ICON_FILES) {
      const png = load(file);
      const named = Number(/-(\d+)\.png$/.exec(file)![1]);
      expect([png.width, png.height], file).toEqual([named, named]);
      expect(Buffer.from(png.pixels).equals(Buffer.from(drawIcon(state, size))), `${file} is not what make-icons.ts draws`).toBe(true);
    }
  });

  it('gives the 128 px store icon 16 px of transparent padding around 96 px of art', () => {
    const png = load('icon-128.png');
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++) if (x < 16 || y < 16 || x >= 112 || y >= 112) expect(pixel(png, x, y)[3], `(${x},${y})`).toBe(0);
    expect(opaque(png, 64, 16)).toBe(true);
    expect(opaque(png, 16, 64)).toBe(true);
  });

  for (const { file } of ICON_FILES.filter((f) => f.size <= 32)) {
    it(`${file}: its outline stands 3:1 against light and dark toolbars`, () => {
      const png = load(file);
      const edge = outline(png);
      expect(edge.length).toBeGreaterThan(png.width * 2);
      for (const bg of [...LIGHT, ...DARK]) {
        const visible = edge.filter(([x, y]) => contrast(over(pixel(png, x, y), bg), bg) >= 3).length;
        expect(visible / edge.length, `${file} on rgb(${bg.join(',')}): ${visible} of ${edge.length} outline pixels`).toBeGreaterThanOrEqual(0.8);
      }
    });

    it(`${file}: its glyph stands 3:1 against its own tile`, () => {
      const png = load(file);
      const counts = new Map<string, number>();
      for (let y = 0; y < png.height; y++)
        for (let x = 0; x < png.width; x++) if (pixel(png, x, y)[3] === 255) counts.set(pixel(png, x, y).slice(0, 3).join(','), (counts.get(pixel(png, x, y).slice(0, 3).join(',')) ?? 0) + 1);
      const tile = [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number);
      let glyph = 0;
      for (let y = 2; y < png.height - 2; y++) for (let x = 2; x < png.width - 2; x++) if (contrast(over(pixel(png, x, y), tile), tile) >= 3) glyph++;
      expect(glyph / png.pixels.length * 4, `${file}: ${glyph} glyph pixels`).toBeGreaterThanOrEqual(0.1);
    });
  }

  it('tells the three toolbar states apart: disabled is grey, alert is neither the normal mark nor grey', () => {
    const colourful = (png: Png) => {
      let n = 0;
      for (let i = 0; i < png.pixels.length; i += 4) if (png.pixels[i + 3]! > 200 && Math.max(...png.pixels.subarray(i, i + 3)) - Math.min(...png.pixels.subarray(i, i + 3)) > 60) n++;
      return n;
    };
    for (const size of [16, 32]) {
      const normal = load(`icon-${size}.png`);
      const alert = load(`toolbar-alert-${size}.png`);
      const disabled = load(`toolbar-disabled-${size}.png`);
      expect(colourful(disabled)).toBe(0);
      expect(colourful(normal)).toBeGreaterThan(size * 2);
      expect(colourful(alert)).toBeGreaterThan(size * 2);
      let differing = 0;
      for (let i = 0; i < normal.pixels.length; i += 4) if (Math.abs(normal.pixels[i]! - alert.pixels[i]!) + Math.abs(normal.pixels[i + 1]! - alert.pixels[i + 1]!) > 60) differing++;
      expect(differing / (size * size)).toBeGreaterThan(0.2);
    }
  });

  it('the manifest names existing icons of the sizes it says', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'manifest.json'), 'utf8')) as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      for (const [size, path] of Object.entries(icons)) {
        expect(existsSync(join(repoRoot, path)), path).toBe(true);
        expect(load(path.replace(/^icons\//, '')).width, path).toBe(Number(size));
      }
    }
  });
});
