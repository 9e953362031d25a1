// Every message the code can say is a catalog key with an English and a Chinese text: the keys named
// anywhere under src/ exist, the reader's (page_), the model's (model_) and the market data's
// (market_) strings are translated and all in use, and every assumption a rulebook can make is a key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PositionInput } from '../model/types';
import { rulebookFor } from '../model/venues';
import { VENUE_IDS } from '../venues';
import { catalog } from './catalog';
import type { Message } from './message';
import { marketMessages } from './messages/market';
import { modelMessages } from './messages/model';
import { pageMessages } from './messages/page';

const SRC = join(import.meta.dirname, '..');
const HAN = /[\u4e00-\u9fff]/;
const KEY = /['"`]((?:alerts|market|model|options|overlay|page|popup|risk|worker)_[A-Za-z0-9]+)['"`]/g;
const messages = catalog as Record<string, Message>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Message keys named in the source, by the file naming them. */
const named = new Map<string, string>();
for (const file of sourceFiles(SRC)) {
  for (const m of readFileSync(file, 'utf8').matchAll(KEY)) if (!named.has(m[1]!)) named.set(m[1]!, file.slice(SRC.length + 1));
}

const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();
/** Text with words to translate: a Latin word outside the substitutions. */
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text.replace(/\$[1-9]/g, ''));

const areas = { page_: pageMessages, model_: modelMessages, market_: marketMessages } as const;

describe('the message catalog covers what the code says', () => {
  it('every key named under src/ is in the catalog, with an English and a Chinese text', () => {
    expect(named.size).toBeGreaterThan(300);
    const missing = [...named].filter(([key]) => !messages[key]?.en.trim() || !messages[key]?.zh_CN.trim()).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(areas))('%s strings: prefixed, translated into Chinese, the same substitutions', (prefix, area) => {
    const entries = Object.entries(area as Record<string, Message>);
    expect(entries.length).toBeGreaterThan(20);
    for (const [key, message] of entries) {
      expect(key.startsWith(prefix), key).toBe(true);
      expect(message.en.trim(), key).not.toBe('');
      if (hasWords(message.en)) expect(HAN.test(message.zh_CN), `${key}: ${message.zh_CN}`).toBe(true);
      expect(placeholders(message.zh_CN), key).toEqual(placeholders(message.en));
    }
  });

  it.each(Object.entries(areas))('%s strings are all in use', (_prefix, area) => {
    expect(Object.keys(area).filter((key) => !named.has(key))).toEqual([]);
  });

  it("every assumption a venue's rulebook can make is a key with a Chinese text", () => {
    let said = 0;
    for (const venue of VENUE_IDS) {
      const rulebook = rulebookFor(venue);
      for (const contract of ['linear', 'inverse'] as const)
        for (const marginMode of ['isolated', 'cross'] as const)
          for (const positionMode of ['one-way', 'hedge'] as const)
            for (const takerFeeRate of [undefined, '0.0004']) {
              const input = { venue, symbol: 'BTCUSDT', contract, marginMode, positionMode, ...(takerFeeRate ? { takerFeeRate } : {}) } as PositionInput;
              for (const { key, subs } of rulebook.assumptions(input)) {
                said += 1;
                expect(messages[key], key).toBeDefined();
                expect(HAN.test(messages[key]!.zh_CN), key).toBe(true);
                expect(placeholders(messages[key]!.en).length, key).toBe(subs?.length ?? 0);
              }
            }
    }
    expect(said).toBeGreaterThan(100);
  });
});
