// The build's short message names (vite-short-keys.ts) must leave every string the code asks for
// resolvable: each short name is a valid, distinct Chrome message name, _locales holds it with the
// very message of its long key, and every key the sources name is one the rewrite knows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/i18n/catalog';
import { LOCALES, type Messages } from '../src/i18n/message';
import { chromeMessages, chromeMessagesWithShortNames } from './vite-locales';
import { SHORT_AREAS, shortenKeys, shortName, shortNames } from './vite-short-keys';

const names = shortNames();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('short message names', () => {
  it('names every key of the shortened areas, and no other', () => {
    const expected = Object.keys(catalog).filter((key) => SHORT_AREAS.some((area) => key.startsWith(`${area}_`)));
    expect(expected.length).toBeGreaterThan(100);
    expect([...names.keys()]).toEqual(expected);
  });

  it('are valid Chrome message names, distinct without case, never a catalog key', () => {
    const lower = new Set<string>();
    for (const name of names.values()) {
      expect(name).toMatch(/^[a-z]+$/);
      expect(name in catalog).toBe(false);
      lower.add(name.toLowerCase());
    }
    expect(lower.size).toBe(names.size);
  });

  it('counts a, …, z, aa, ab, … with no gap', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(shortName)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa']);
  });

  it.each(LOCALES)('%s: _locales gives the long key\'s own message under the short name, and keeps the long one', (locale) => {
    const plain = chromeMessages(catalog as Messages, locale);
    const both = chromeMessagesWithShortNames(catalog as Messages, locale, names);
    for (const [key, name] of names) {
      expect(both[name]).toEqual(plain[key]);
      expect(both[key]).toEqual(plain[key]);
    }
    expect(Object.keys(both).length).toBe(Object.keys(plain).length + names.size);
  });

  it('rewrites a quoted key in any quotes, and nothing else', () => {
    const [key, name] = [...names][0]!;
    const code = `t('${key}');t("${key}");t(\`${key}\`);x='${key}x';y='a${key}';z=\`${key}\${n}\`;w='worker_x';`;
    expect(shortenKeys(code, names)).toBe(`t('${name}');t("${name}");t(\`${name}\`);x='${key}x';y='a${key}';z=\`${key}\${n}\`;w='worker_x';`);
  });

  it('knows every key of its areas that the sources name, so each one resolves once shortened', () => {
    const quoted = new RegExp(`(["'\`])((?:${SHORT_AREAS.join('|')})_[A-Za-z0-9_]+)\\1`, 'g');
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '../src'))) {
      if (file.includes(`${join('src', 'i18n', 'messages')}`)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(quoted)) used.add(match[2]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !names.has(key))).toEqual([]);
  });
});
