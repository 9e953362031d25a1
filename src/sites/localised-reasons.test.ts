// @vitest-environment happy-dom
// The reader's reasons are in the trader's language: with the zh_CN strings, every reason on every
// fixture page, and on the same pages with their figures and inputs spoiled in several ways, says why
// in Chinese (a page label or the page's own text may stand in it, as the page shows them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog';
import { catalogLookup } from '../i18n/catalog-lookup';
import { useMessages } from '../i18n/t';
import { adapterFor } from './index';
import { parseNumber } from './parse-number';
import { readPage } from './read-page';

const HAN = /[\u4e00-\u9fff]/;
const FIXTURES = join(process.cwd(), 'tests/fixtures');

const PAGES: [string, string][] = [
  ['binance/futures-btcusdt.html', 'https://www.binance.com/en/futures/BTCUSDT'],
  ['binance/futures-btcusdt-zh.html', 'https://www.binance.com/zh-CN/futures/BTCUSDT'],
  ['binance/futures-broken.html', 'https://www.binance.com/en/futures/BTCUSDT'],
  ['binance/futures-virtualised.html', 'https://www.binance.com/en/futures/BTCUSDT'],
  ['binance/delivery-btcusd-perp.html', 'https://www.binance.com/en/delivery/BTCUSD_PERP'],
  ['binance/delivery-btcusd-perp-zh.html', 'https://www.binance.com/zh-CN/delivery/BTCUSD_PERP'],
  ['bybit/trade-usdt-btcusdt.html', 'https://www.bybit.com/trade/usdt/BTCUSDT'],
  ['bybit/trade-inverse-btcusd.html', 'https://www.bybit.com/en/trade/inverse/BTCUSD'],
  ['okx/trade-swap-btc-usdt-swap.html', 'https://www.okx.com/trade-swap/btc-usdt-swap'],
  ['okx/trade-swap-btc-usdt-swap-zh.html', 'https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap'],
  ['hyperliquid/trade-btc.html', 'https://app.hyperliquid.xyz/trade/BTC'],
  ['hyperliquid/trade-eth.html', 'https://app.hyperliquid.xyz/trade/ETH'],
  ['bitget/futures-usdt-btcusdt.html', 'https://www.bitget.com/futures/usdt/BTCUSDT'],
  ['bitget/futures-usdt-btcusdt-zh.html', 'https://www.bitget.com/zh-CN/futures/usdt/BTCUSDT'],
];

function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Ways to spoil a page, each reaching other reasons. */
const SPOILERS: Record<string, (doc: Document) => void> = {
  'as shown': () => undefined,
  'letters for digits': (doc) => textNodes(doc).forEach((n) => (n.data = n.data.replace(/\d/g, 'x'))),
  'placeholders for figures': (doc) => textNodes(doc).forEach((n) => (n.data = /\d/.test(n.data) ? '--' : n.data)),
  'abbreviated figures': (doc) => textNodes(doc).forEach((n) => (n.data = n.data.replace(/\d[\d,.]*/g, '5K'))),
  'percentages for figures': (doc) => textNodes(doc).forEach((n) => (n.data = n.data.replace(/\d[\d,.]*(\s*%)?/g, '7%'))),
  'negative figures': (doc) => textNodes(doc).forEach((n) => (n.data = n.data.replace(/-?(\d[\d,.]*)/g, '-$1'))),
  'zero figures': (doc) => textNodes(doc).forEach((n) => (n.data = n.data.replace(/\d[\d,.]*/g, '0'))),
  'empty inputs': (doc) => doc.querySelectorAll('input').forEach((i) => (i.value = '')),
  'negative inputs': (doc) => doc.querySelectorAll('input').forEach((i) => (i.value = '-5')),
  'no words': (doc) => textNodes(doc).forEach((n) => (n.data = n.data.replace(/[^\d\s.,%-]/g, ''))),
  'empty page': (doc) => doc.body.replaceChildren(),
};

/** Every reason in a snapshot, wherever its Reading sits. */
function reasons(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => reasons(v, out));
  else if (typeof value === 'object' && value !== null) {
    const reading = value as { ok?: unknown; reason?: unknown };
    if (reading.ok === false && typeof reading.reason === 'string') out.push(reading.reason);
    else Object.values(value).forEach((v) => reasons(v, out));
  }
  return out;
}

beforeAll(() => useMessages(catalogLookup(catalog, 'zh_CN')));
afterAll(() => useMessages(catalogLookup(catalog, 'en')));

describe('the reader speaks zh_CN', () => {
  const seen = new Set<string>();

  it.each(PAGES)('%s: every reason, on the page and spoiled, is in Chinese', (page, href) => {
    const url = new URL(href);
    const adapter = adapterFor(url)!;
    expect(adapter, href).not.toBeNull();
    // Styles and scripts aside: the reader reads markup only.
    const html = readFileSync(join(FIXTURES, page), 'utf8').replace(/<link[^>]*>|<script[\s\S]*?<\/script>/g, '');
    for (const [spoiler, spoil] of Object.entries(SPOILERS)) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      spoil(doc);
      const snapshot = readPage(adapter, doc, url);
      expect(snapshot, spoiler).not.toBeNull();
      for (const reason of reasons(snapshot)) {
        expect(HAN.test(reason), `${spoiler}: ${reason}`).toBe(true);
        seen.add(reason);
      }
    }
  });

  it('the pages reached many different reasons', () => {
    expect(seen.size).toBeGreaterThan(60);
  });

  it('a number it cannot read says why in Chinese', () => {
    const texts = [undefined, '', '--', 'N/A BTC', '1,234', '1.2.3', '12345678901234567890123456789012345678901', 'x'.repeat(400), 'x'.repeat(100), 'abc', '+-5', '$US$5', '5 BTC USDT', '5K', '1e5x', '1a0'];
    for (const text of texts) {
      const reading = parseNumber(text);
      expect(reading.ok, String(text)).toBe(false);
      if (!reading.ok) expect(HAN.test(reading.reason), `${String(text)}: ${reading.reason}`).toBe(true);
    }
  });
});
