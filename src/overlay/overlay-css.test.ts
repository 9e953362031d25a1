// The stylesheet read as text (vitest turns `?inline` CSS into an empty string).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('./overlay.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour variables of the .lc block: `--lc-x: light-dark(#light, #dark)`, split into two themes. */
const colourBlock = /(?:^|[}\s])\.lc\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const pairs = [...colourBlock.matchAll(/(--lc-[\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)\s*;/gi)];
const themes = {
  dark: new Map(pairs.map((m) => [m[1]!, m[3]!])),
  light: new Map(pairs.map((m) => [m[1]!, m[2]!])),
};

function named(theme: Map<string, string>, prefix: string): [string, string][] {
  return [...theme].filter(([name]) => name.startsWith(prefix));
}

describe('overlay.css', () => {
  test('resets inherited page styles at the host', () => {
    expect(css).toMatch(/:host\s*\{[^}]*all:\s*initial/);
  });

  test('uses px only for lengths: rem/em/vw would follow the page', () => {
    const withoutHexColours = css.replace(/#[0-9a-f]{3,8}\b/gi, '');
    const units = [...withoutHexColours.matchAll(/\d(?:\.\d+)?([a-z%]+)/gi)].map((m) => m[1]?.toLowerCase());
    expect(units.filter((u) => u !== 'px' && u !== 'deg')).toEqual([]);
  });

  test('every colour is a theme variable: no literal colour outside light-dark() in the .lc block', () => {
    const declarations = [...colourBlock.matchAll(/(--lc-[\w-]+)\s*:/g)].length;
    expect(pairs.length).toBe(declarations);
    const outside = css.replace(/light-dark\(\s*#[0-9a-f]{6}\s*,\s*#[0-9a-f]{6}\s*\)/gi, '');
    expect(outside.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|light-dark/gi)).toBeNull();
    // And every variable used is declared.
    const used = new Set([...css.matchAll(/var\((--lc-[\w-]+)\)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(20);
    for (const name of used) expect(themes.dark.has(name), name).toBe(true);
  });

  test('the theme classes set the colour scheme that light-dark() follows: auto (both), dark, light', () => {
    expect(colourBlock).toMatch(/color-scheme:\s*light dark;/);
    expect(css).toMatch(/\.lc\.theme-dark\s*\{\s*color-scheme:\s*dark;\s*\}/);
    expect(css).toMatch(/\.lc\.theme-light\s*\{\s*color-scheme:\s*light;\s*\}/);
  });

  test('text colours are --lc-fg-*, backgrounds --lc-bg* or --lc-icon-*', () => {
    const colours = [...css.matchAll(/(?<![-\w])color:\s*([^;]+);/g)].map((m) => m[1]!.trim());
    expect(colours.length).toBeGreaterThan(15);
    for (const c of colours) expect(c).toMatch(/^var\(--lc-(fg(-[\w-]+)?|glyph)\)$/);
    const backgrounds = [...css.matchAll(/(?<![-\w])background(?:-color)?:\s*([^;]+);/g)].map((m) => m[1]!.trim());
    for (const b of backgrounds) expect(b).toMatch(/^var\(--lc-(bg(-[\w-]+)?|icon-[\w-]+)\)$/);
  });

  for (const [name, theme] of Object.entries(themes)) {
    test(`${name}: every text colour on every background at WCAG AA (4.5:1)`, () => {
      const texts = named(theme, '--lc-fg');
      const backgrounds = named(theme, '--lc-bg');
      expect(texts.length).toBeGreaterThan(10);
      expect(backgrounds.length).toBeGreaterThanOrEqual(2);
      for (const [fg, fgHex] of texts) {
        for (const [bg, bgHex] of backgrounds) {
          expect(contrast(fgHex, bgHex), `${fg} ${fgHex} on ${bg} ${bgHex}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    test(`${name}: the icon mark reads on each icon disc (4.5:1), the focus ring on the background (3:1)`, () => {
      const glyph = theme.get('--lc-glyph')!;
      const icons = named(theme, '--lc-icon-');
      expect(icons.length).toBe(3);
      for (const [icon, hex] of icons) expect(contrast(glyph, hex), icon).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.get('--lc-focus')!, theme.get('--lc-bg')!)).toBeGreaterThanOrEqual(3);
    });
  }

  test('the contrast function itself: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    // A known pair: #767676 on white is the classic 4.54:1 AA limit.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
