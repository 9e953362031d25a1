// The content script's overlay builds its DOM itself (src/overlay/dom-jsx, docs/overlay.md): Preact
// stays with the popup and options pages. A .tsx under src/overlay without the pragma, or an import
// of preact there or in src/content, would bring Preact back into every exchange page's bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the overlay without Preact', () => {
  const overlay = files('src/overlay');

  it('every overlay .tsx takes its JSX from dom-jsx', () => {
    const tsx = overlay.filter((f) => f.endsWith('.tsx'));
    expect(tsx.length).toBeGreaterThan(5);
    const runtime = resolve('src/overlay/dom-jsx');
    const without = tsx.filter((f) => {
      const source = /@jsxImportSource (\S+)/.exec(readFileSync(f, 'utf8'))?.[1];
      return source === undefined || resolve(dirname(f), source) !== runtime;
    });
    expect(without).toEqual([]);
  });

  it('nothing in the overlay or the content script imports preact', () => {
    const code = [...overlay, ...files('src/content')].filter((f) => /\.tsx?$/.test(f));
    const importing = code.filter((f) => /from ['"]preact/.test(readFileSync(f, 'utf8')));
    expect(importing).toEqual([]);
  });
});
