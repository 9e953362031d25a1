// The overlay's stylesheet with its custom properties renamed (vite-css-names.ts) defines and uses
// the same properties as the source, one for one: every name used is a name defined, none is lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortenCssNames } from './vite-css-names';

const source = readFileSync(join(import.meta.dirname, '../src/overlay/overlay.css'), 'utf8');
const defined = (css: string) => [...css.matchAll(/(--lc[a-z0-9-]*)\s*:/g)].map((m) => m[1]!);
const used = (css: string) => [...css.matchAll(/var\((--lc[a-z0-9-]*)\)/g)].map((m) => m[1]!);

describe('shortenCssNames', () => {
  const short = shortenCssNames(source);

  it('renames every --lc-* name of overlay.css, keeping the --lc prefix', () => {
    expect(defined(source).length).toBeGreaterThan(10);
    expect(short).not.toMatch(/--lc-/);
    for (const name of [...defined(short), ...used(short)]) expect(name).toMatch(/^--lc[a-z]+$/);
  });

  it('maps names one to one: the same definitions and uses, position by position', () => {
    const pairs = new Map<string, string>();
    const before = [...source.matchAll(/--lc-[a-z0-9-]+/g)].map((m) => m[0]);
    const after = [...short.matchAll(/--lc[a-z0-9-]+/g)].map((m) => m[0]);
    expect(after.length).toBe(before.length);
    before.forEach((name, i) => {
      expect(pairs.get(name) ?? after[i]).toBe(after[i]);
      pairs.set(name, after[i]!);
    });
    expect(new Set(pairs.values()).size).toBe(pairs.size);
    // Every property used is one the sheet defines, before and after.
    expect(used(short).filter((name) => !defined(short).includes(name))).toEqual([]);
    expect(used(source).filter((name) => !defined(source).includes(name))).toEqual([]);
  });

  it('leaves the rest of the sheet as it was', () => {
    expect(short.replace(/--lc[a-z0-9-]*/g, '--')).toBe(source.replace(/--lc[a-z0-9-]*/g, '--'));
  });
});
