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

describe('overlay.css', () => {
  test('resets inherited page styles at the host', () => {
    expect(css).toMatch(/:host\s*\{[^}]*all:\s*initial/);
  });

  test('uses px only: rem/em/vw would follow the page', () => {
    const withoutHexColours = css.replace(/#[0-9a-f]{3,8}\b/gi, '');
    const units = [...withoutHexColours.matchAll(/\d(?:\.\d+)?([a-z%]+)/gi)].map((m) => m[1]?.toLowerCase());
    expect(units.filter((u) => u !== 'px')).toEqual([]);
  });

  test('every text colour reads on the overlay background at WCAG AA (4.5:1)', () => {
    const background = /\.badge,\s*\.order-panel\s*\{[^}]*background:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    expect(background).toBeDefined();
    // Text colours, except the warning icon's glyph, which sits on its own coloured disc.
    const colours = [...css.matchAll(/(?<![-\w])color:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
    const iconGlyph = /\.warning::before\s*\{[^}]*(?<![-\w])color:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    const text = colours.filter((c) => c !== iconGlyph);
    expect(text.length).toBeGreaterThan(5);
    for (const colour of text) expect(contrast(colour, background!), colour).toBeGreaterThanOrEqual(4.5);
  });
});
