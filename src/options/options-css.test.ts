// WCAG AA in both themes of the options page: every text colour against every background it is
// drawn on, 4.5:1; borders and the focus ring, 3:1 (WCAG 1.4.11). The auto theme's light block must
// be the light theme itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./options.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function block(pattern: RegExp): Map<string, string> {
  const body = pattern.exec(css)?.[1];
  if (body === undefined) throw new Error(`no block for ${String(pattern)}`);
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

const dark = block(/:root\[data-theme='dark'\]\s*\{([^}]*)\}/);
const light = block(/^:root\[data-theme='light'\]\s*\{([^}]*)\}/m);
const autoLight = block(/@media \(prefers-color-scheme: light\)\s*\{\s*:root\[data-theme='auto'\]\s*\{([^}]*)\}/);

describe.each([
  ['dark', dark],
  ['light', light],
])('%s theme', (_name, v) => {
  const get = (name: string) => {
    const value = v.get(name);
    if (!value) throw new Error(`${name} missing`);
    return value;
  };
  it.each(['--fg', '--muted', '--problem', '--ok', '--accent'])('%s reads at 4.5:1 on every background', (text) => {
    for (const bg of ['--bg', '--surface', '--input-bg']) expect(contrast(get(text), get(bg)), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
  it('borders and the focus ring stand out at 3:1', () => {
    for (const part of ['--border', '--accent']) for (const bg of ['--bg', '--surface']) expect(contrast(get(part), get(bg)), `${part} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});

it('the auto theme in a light system is the light theme', () => {
  expect(autoLight).toEqual(light);
  expect(dark.size).toBe(light.size);
});
