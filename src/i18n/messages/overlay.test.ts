// Every overlay string has a real translation and the same substitutions in both locales, and every
// key the overlay code asks for exists.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { overlayMessages } from './overlay';

const messages = Object.entries(overlayMessages) as [string, { en: string; zh_CN: string }][];

describe('overlay messages', () => {
  test('keys carry the overlay_ prefix, and both locales have text', () => {
    expect(messages.length).toBeGreaterThan(40);
    for (const [key, m] of messages) {
      expect(key).toMatch(/^overlay_[A-Za-z0-9]+$/);
      expect(m.en.trim(), key).not.toBe('');
      expect(m.zh_CN.trim(), key).not.toBe('');
    }
  });

  test('the same $1..$9 in en and zh_CN', () => {
    const subs = (text: string) => [...text.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();
    for (const [key, m] of messages) expect(subs(m.zh_CN), key).toEqual(subs(m.en));
  });

  test('zh_CN is a translation: words with Latin letters only where they are names or symbols', () => {
    const untranslated = messages.filter(([, m]) => /[a-z]{3,}/i.test(m.en) && m.zh_CN === m.en && !/^(Liqcheck)$/.test(m.en));
    expect(untranslated.map(([k]) => k)).toEqual([]);
    const withChinese = messages.filter(([, m]) => /[\u4e00-\u9fff]/.test(m.zh_CN));
    expect(withChinese.length).toBeGreaterThan(messages.length * 0.8);
  });

  test('every overlay_ key used in src/overlay and src/content exists', () => {
    const used = new Set<string>();
    for (const dir of ['../../overlay', '../../content']) {
      const base = new URL(`${dir}/`, import.meta.url);
      for (const file of readdirSync(base)) {
        if (!/\.tsx?$/.test(file) || /\.test\./.test(file)) continue;
        for (const m of readFileSync(new URL(file, base), 'utf8').matchAll(/'(overlay_[A-Za-z0-9]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(overlayMessages, key).toHaveProperty(key);
  });
});
