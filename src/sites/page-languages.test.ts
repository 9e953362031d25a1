// @vitest-environment happy-dom
// Page languages (src/venues/<venue>/languages.ts, added by withLanguages): a page in another language
// reads through the translated labels, and no translation makes one text name two different things.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '.';
import { labelKey, type Labels } from './dom/labels';
import { readPage } from './read-page';
import { bybitLanguages } from '../venues/bybit/languages';
import { bybit } from '../venues/bybit/page';

/** The page with every element whose own text is a dictionary's English text shown in `locale` instead. */
function translated(html: string, dictionary: typeof bybitLanguages, locale: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.children.length > 0) continue;
    const text = el.textContent?.trim() ?? '';
    const translation = Object.hasOwn(dictionary, text) ? dictionary[text]![locale]?.[0] : undefined;
    if (translation) el.textContent = translation;
  }
  return doc;
}

describe('a Bybit page in Japanese, built from the dictionary\'s texts', () => {
  const english = readFileSync(join(process.cwd(), 'tests/fixtures/bybit/trade-inverse-btcusd.html'), 'utf8');
  const doc = translated(english, bybitLanguages, 'ja');
  const snap = readPage(bybit, doc, new URL('https://www.bybit.com/ja-JP/trade/inverse/BTCUSD'))!;

  it('is really in Japanese where the dictionary has the text', () => {
    const headers = Array.from(doc.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['契約', '数量', 'マーク価格', '参入価格', '強制決済価格', '価値']));
    expect(doc.body.textContent).not.toContain('Mark Price');
  });

  it('reads the mark price beside マーク価格 (the fixture shows 51,000.0)', () => {
    expect(snap.market.markPrice).toEqual({ ok: true, value: '51000.0' });
  });

  it('reads the row\'s cells under the Japanese column headers', () => {
    const row = snap.positions?.rows.find((r) => r.symbol === 'BTCUSD');
    expect(row?.markPrice).toEqual({ ok: true, value: '51000.0' });
    expect(row?.entryPrice).toEqual({ ok: true, value: '50000.0' });
    expect(row?.liquidationPrice).toEqual({ ok: true, value: '45682.0' });
  });
});

/** Every label key of a Labels list, all locales. */
function keysOf(labels: Labels | undefined): string[] {
  return Object.values(labels ?? {}).flat().map(labelKey);
}

/** Texts that two of the named lists share. */
function shared(lists: Record<string, Labels | undefined>): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const [name, labels] of Object.entries(lists)) {
    for (const key of new Set(keysOf(labels))) {
      const other = owner.get(key);
      if (other !== undefined && other !== name) clashes.push(`${key}: ${other} and ${name}`);
      owner.set(key, name);
    }
  }
  return clashes;
}

describe.each(adapters.map((a) => [a.venue, a] as const))('%s: no text names two things', (_venue, adapter) => {
  it('positions columns', () => {
    expect(shared(adapter.positions.columns)).toEqual([]);
  });

  it('account fields', () => {
    const a = adapter.account;
    expect(shared({ walletBalance: a.walletBalance, equity: a.equity, availableBalance: a.availableBalance, maintenanceMarginRate: a.maintenanceMarginRate })).toEqual([]);
  });

  it('market fields, margin modes and sides', () => {
    expect(shared({ markPrice: adapter.market.markPrice, fundingRate: adapter.market.fundingRate })).toEqual([]);
    expect(shared({ isolated: adapter.words.isolated, cross: adapter.words.cross })).toEqual([]);
    expect(shared({ long: adapter.words.long, short: adapter.words.short })).toEqual([]);
  });
});
