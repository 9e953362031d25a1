// @vitest-environment happy-dom
// URL forms seen in real links (docs/real-pages.md and public link builders, cited beside each
// pattern in the venues' page.ts): which URLs each adapter reads, as what symbol and locale, and which
// it refuses (look-alike hosts, http:, other paths, spot pages). The manifest's match patterns must
// cover every accepted URL, so the content script is injected where page() would read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '.';
import { readPage } from './read-page';
import type { PageInfo, SiteAdapter } from './types';
import { binanceCoinm } from '../venues/binance-coinm/page';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { bitget } from '../venues/bitget/page';
import { bybit } from '../venues/bybit/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { okx } from '../venues/okx/page';

/** A Chrome match pattern as a regular expression over the whole URL (scheme, host, path; no query). */
function patternRegex(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.?+^$()|[\]{}\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

function covered(adapter: SiteAdapter, url: string): boolean {
  const u = new URL(url);
  return adapter.matches.some((m) => patternRegex(m).test(`${u.protocol}//${u.host}${u.pathname}`));
}

type Accepted = [url: string, page: PageInfo];

function accepts(adapter: SiteAdapter, cases: Accepted[]): void {
  it.each(cases)('reads %s', (url, page) => {
    expect(adapter.page(new URL(url))).toEqual(page);
    expect(adapterFor(new URL(url))).toBe(adapter);
    expect(covered(adapter, url)).toBe(true);
  });
}

function refuses(adapter: SiteAdapter, urls: string[]): void {
  it.each(urls)('refuses %s', (url) => {
    expect(adapter.page(new URL(url))).toBeNull();
  });
}

describe('Hyperliquid', () => {
  accepts(hyperliquid, [
    ['https://app.hyperliquid.xyz/trade/BTC', { symbol: 'BTC', locale: '', contract: 'linear' }],
    ['https://app.hyperliquid.xyz/trade/BTC/', { symbol: 'BTC', locale: '', contract: 'linear' }],
    ['https://app.hyperliquid.com/trade/ETH', { symbol: 'ETH', locale: '', contract: 'linear' }],
    ['https://app.hyperliquid.xyz/trade/kPEPE', { symbol: 'kPEPE', locale: '', contract: 'linear' }],
    // Bare /trade: no coin in the URL, none guessed.
    ['https://app.hyperliquid.xyz/trade', { symbol: '', locale: '', contract: 'linear' }],
    ['https://app.hyperliquid.xyz/trade/', { symbol: '', locale: '', contract: 'linear' }],
    ['https://app.hyperliquid.com/trade', { symbol: '', locale: '', contract: 'linear' }],
  ]);
  refuses(hyperliquid, [
    // HIP-3: "xyz:GOLD" is another dex's coin; never read as a main-dex coin.
    'https://app.hyperliquid.xyz/trade/xyz:GOLD',
    'https://app.hyperliquid.com/trade/xyz:TSLA',
    'https://app.hyperliquid.xyz/trade/xyz%3AGOLD',
    // Spot pages.
    'https://app.hyperliquid.xyz/trade/JEFF/USDC',
    'https://app.hyperliquid.xyz/trade/@107',
    'https://app.hyperliquid.xyz/trades',
    'https://app.hyperliquid.xyz/portfolio',
    'http://app.hyperliquid.xyz/trade/BTC',
    'https://app.hyperliquid.xyz.evil.example/trade/BTC',
    'https://hyperliquid.com/trade/BTC',
    'https://app.hyperliquid.net/trade/BTC',
    'https://app.hyperliquid.xyz/trade/%E0',
  ]);
});

describe('Hyperliquid bare /trade: positions read, the order form is refused', () => {
  const page = readFileSync(join(process.cwd(), 'tests/fixtures/hyperliquid/trade-btc.html'), 'utf8');
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const named = readPage(hyperliquid, doc, new URL('https://app.hyperliquid.xyz/trade/BTC'))!;
  const bare = readPage(hyperliquid, doc, new URL('https://app.hyperliquid.xyz/trade'))!;

  it('names no symbol and reads the same position rows as the named page', () => {
    expect(bare.symbol).toBe('');
    expect(named.positions?.rows.length).toBeGreaterThan(0);
    expect(bare.positions).toEqual(named.positions);
  });

  it('says "the URL names no coin" for every order field, never a figure', () => {
    const order = bare.order!;
    expect(named.order?.price.ok).toBe(true);
    for (const field of [order.orderType, order.price, order.size, order.leverage, order.marginMode, order.positionMode]) {
      expect(field).toEqual({ ok: false, reason: 'order form: the URL names no coin' });
    }
    expect(order.symbol).toBe('');
  });
});

describe('OKX', () => {
  const swap = (symbol: string, locale: string, contract: 'linear' | 'inverse' = 'linear'): PageInfo => ({ symbol, locale, contract });
  accepts(okx, [
    ['https://www.okx.com/trade-swap/btc-usdt-swap', swap('BTC-USDT-SWAP', '')],
    ['https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap', swap('BTC-USDT-SWAP', 'zh-hans')],
    ['https://www.okx.com/zh-hant/trade-swap/eth-usdt-swap', swap('ETH-USDT-SWAP', 'zh-hant')],
    ['https://www.okx.com/en-eu/trade-swap/btc-usdc-swap', swap('BTC-USDC-SWAP', 'en-eu')],
    ['https://www.okx.com/en-sg/trade-swap/btc-usd-swap', swap('BTC-USD-SWAP', 'en-sg', 'inverse')],
    ['https://www.okx.com/ru/trade-swap/sol-usdt-swap', swap('SOL-USDT-SWAP', 'ru')],
    ['https://www.okx.com/trade-swap/btc-usdt-swap/', swap('BTC-USDT-SWAP', '')],
    ['https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap#workspaceId=-4', swap('BTC-USDT-SWAP', 'zh-hans')],
  ]);
  refuses(okx, [
    // Regional sites with their own API hosts and instrument lists.
    'https://my.okx.com/trade-swap/btc-usdt-swap',
    'https://app.okx.com/trade-swap/btc-usdt-swap',
    'https://tr.okx.com/trade-swap/btc-usdt-swap',
    'https://okx.com.evil.example/trade-swap/btc-usdt-swap',
    'http://www.okx.com/trade-swap/btc-usdt-swap',
    'https://www.okx.com/trade-spot/btc-usdt',
    'https://www.okx.com/zh-hans/trade-spot/btc-usdt',
    'https://www.okx.com/trade-futures/btc-usd-250926',
    'https://www.okx.com/english/trade-swap/btc-usdt-swap',
    'https://www.okx.com/trade-swap/%E0',
  ]);
});

describe('Binance USDⓈ-M', () => {
  accepts(binanceUsdm, [
    ['https://www.binance.com/en/futures/BTCUSDT', { symbol: 'BTCUSDT', locale: 'en' }],
    ['https://www.binance.com/futures/BTCUSDT', { symbol: 'BTCUSDT', locale: '' }],
    ['https://www.binance.com/zh-CN/futures/ETHUSDT/', { symbol: 'ETHUSDT', locale: 'zh-CN' }],
    ['https://www.binance.com/zh-TC/futures/BTCUSDT', { symbol: 'BTCUSDT', locale: 'zh-TC' }],
    ['https://www.binance.com/pt-BR/futures/1000PEPEUSDT', { symbol: '1000PEPEUSDT', locale: 'pt-BR' }],
    ['https://www.binance.com/en/futures/BTCUSDT_251226', { symbol: 'BTCUSDT_251226', locale: 'en' }],
  ]);
  refuses(binanceUsdm, [
    'https://www.binance.com/en/futures/home',
    'https://www.binance.com/english/futures/BTCUSDT',
    'https://www.binance.com/en/futures/BTCUSDT/extra',
    'https://www.binance.com/en/trade/BTC_USDT',
    'https://www.binance.com/en/delivery/BTCUSD_PERP',
    'http://www.binance.com/en/futures/BTCUSDT',
    'https://www.binance.com.evil.example/en/futures/BTCUSDT',
    'https://binance.com/en/futures/BTCUSDT',
  ]);
});

describe('Binance COIN-M', () => {
  const inverse = (symbol: string, locale: string): PageInfo => ({ symbol, locale, contract: 'inverse' });
  accepts(binanceCoinm, [
    ['https://www.binance.com/en/delivery/BTCUSD_PERP', inverse('BTCUSD_PERP', 'en')],
    ['https://www.binance.com/delivery/BTCUSD_PERP', inverse('BTCUSD_PERP', '')],
    ['https://www.binance.com/en/delivery/BTCUSD_PERP/', inverse('BTCUSD_PERP', 'en')],
    ['https://www.binance.com/zh-CN/delivery/ETHUSD_PERP', inverse('ETHUSD_PERP', 'zh-CN')],
    ['https://www.binance.com/en/delivery/btcusd_perpetual', inverse('BTCUSD_PERP', 'en')],
    ['https://www.binance.com/en/delivery/BTCUSD_251226', inverse('BTCUSD_251226', 'en')],
  ]);
  refuses(binanceCoinm, [
    // The current quarterly, whose date the URL does not say.
    'https://www.binance.com/en/delivery/btcusd_quarter',
    'https://www.binance.com/en/delivery/BTCUSD',
    'https://www.binance.com/en/delivery/BTCUSDT',
    'https://www.binance.com/english/delivery/BTCUSD_PERP',
    'https://www.binance.com/en/delivery/BTCUSD_PERP/extra',
    'https://www.binance.com/en/futures/BTCUSDT',
    'http://www.binance.com/en/delivery/BTCUSD_PERP',
    'https://www.binance.com.evil.example/en/delivery/BTCUSD_PERP',
  ]);
});

describe('Bitget', () => {
  const linear = (symbol: string, locale: string): PageInfo => ({ symbol, locale, contract: 'linear' });
  accepts(bitget, [
    ['https://www.bitget.com/futures/usdt/BTCUSDT', linear('BTCUSDT', '')],
    ['https://www.bitget.com/futures/usdt/btcusdt', linear('BTCUSDT', '')],
    ['https://www.bitget.com/en/futures/usdt/ETHUSDT', linear('ETHUSDT', 'en')],
    ['https://www.bitget.com/zh-CN/futures/usdt/solusdt/', linear('SOLUSDT', 'zh-CN')],
  ]);
  refuses(bitget, [
    'https://www.bitget.com/mix/usdt/BTCUSDT_UMCBL',
    'https://www.bitget.com/en/mix/usdt/BTCUSDT',
    'https://www.bitget.com/spot/BTCUSDT',
    'https://www.bitget.com/futures/usdc/BTCPERP',
    'https://www.bitget.com/futures/susd/SBTCSUSD',
    'http://www.bitget.com/futures/usdt/BTCUSDT',
    'https://www.bitget.com.evil.example/futures/usdt/BTCUSDT',
    'https://www.bitget.com/futures/usdt/%E0',
  ]);
});

describe('Bybit', () => {
  refuses(bybit, ['https://www.bybit.com/trade/usdt/%E0', 'https://www.bybit.com/en/trade/spot/BTC/USDT']);
});

describe('the manifest injects the content script wherever page() reads', () => {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
  const injected = (url: string) => {
    const u = new URL(url);
    return manifest.content_scripts.some((c) => c.matches.some((m) => patternRegex(m).test(`${u.protocol}//${u.host}${u.pathname}`)));
  };

  it.each([
    'https://app.hyperliquid.xyz/trade',
    'https://app.hyperliquid.com/trade/BTC',
    'https://www.binance.com/delivery/BTCUSD_PERP',
    'https://www.okx.com/en-eu/trade-swap/btc-usdt-swap',
    'https://www.bitget.com/en/futures/usdt/btcusdt',
  ])('%s', (url) => {
    expect(injected(url)).toBe(true);
  });
});

describe('OKX locale paths listed by the real page (capture of 2026-04-08, its header\'s "mktLangs")', () => {
  const swap = (locale: string): PageInfo => ({ symbol: 'BTC-USDT-SWAP', locale, contract: 'linear' });
  accepts(okx, [
    ['https://www.okx.com/zh-hans-eu/trade-swap/btc-usdt-swap', swap('zh-hans-eu')],
    ['https://www.okx.com/zh-hans-sg/trade-swap/btc-usdt-swap', swap('zh-hans-sg')],
    ['https://www.okx.com/es-la/trade-swap/btc-usdt-swap', swap('es-la')],
    ['https://www.okx.com/ua/trade-swap/btc-usdt-swap', swap('ua')],
    ['https://www.okx.com/en-us/trade-swap/btc-usdt-swap', swap('en-us')],
  ]);
  refuses(okx, ['https://www.okx.com/zh-hans-eu-x/trade-swap/btc-usdt-swap']);
});

describe('number formats by page locale: "1,234.5" only where evidence shows it, else none assumed', () => {
  const separator = (adapter: SiteAdapter, url: string) => {
    const page = adapter.page(new URL(url));
    return page ? adapter.decimalSeparator[page.locale] ?? null : 'not a page';
  };

  it.each([
    // The captured page (language en_US) writes "71,441.7"; these paths serve the same en_US language.
    ['https://www.okx.com/trade-swap/btc-usdt-swap', '.'],
    ['https://www.okx.com/en-eu/trade-swap/btc-usdt-swap', '.'],
    ['https://www.okx.com/en-us/trade-swap/btc-usdt-swap', '.'],
    ['https://www.okx.com/en-ae/trade-swap/btc-usdt-swap', '.'],
    ['https://www.okx.com/en-ar/trade-swap/btc-usdt-swap', '.'],
    // No evidence of how these write numbers: no separator assumed, "1,234" is refused as ambiguous.
    ['https://www.okx.com/ru/trade-swap/btc-usdt-swap', null],
    ['https://www.okx.com/fr/trade-swap/btc-usdt-swap', null],
    ['https://www.okx.com/pt/trade-swap/btc-usdt-swap', null],
    ['https://www.okx.com/es-la/trade-swap/btc-usdt-swap', null],
    ['https://www.okx.com/en-gb/trade-swap/btc-usdt-swap', null],
  ])('OKX %s: %s', (url, expected) => {
    expect(separator(okx, url)).toBe(expected);
  });

  it.each([
    ['https://www.binance.com/ru/futures/BTCUSDT', null],
    ['https://www.binance.com/pt-BR/futures/BTCUSDT', null],
    ['https://www.binance.com/tr/delivery/BTCUSD_PERP', null],
    ['https://www.bybit.com/ru-RU/trade/usdt/BTCUSDT', null],
    ['https://www.bybit.com/ja-JP/trade/usdt/BTCUSDT', null],
    ['https://www.bitget.com/ru/futures/usdt/BTCUSDT', null],
    ['https://www.bitget.com/es/futures/usdt/BTCUSDT', null],
  ])('%s: no separator assumed', (url, expected) => {
    const adapter = adapterFor(new URL(url))!;
    expect(separator(adapter, url)).toBe(expected);
  });
});

describe('more real link forms (link builders found in public code, 2024–26)', () => {
  accepts(binanceUsdm, [['https://www.binance.com/ru/futures/IOTXUSDT?_from=markets', { symbol: 'IOTXUSDT', locale: 'ru' }]]);
  accepts(bybit, [['https://www.bybit.com/ru-RU/trade/usdt/BTCUSDT', { symbol: 'BTCUSDT', locale: 'ru-RU', contract: 'linear' }]]);
  accepts(bitget, [['https://www.bitget.com/ru/futures/usdt/BTCUSDT', { symbol: 'BTCUSDT', locale: 'ru', contract: 'linear' }]]);
  // "…/futures/{symbol}_perpetual" (one bot's link, undated): no evidence of what page it opens; refused.
  refuses(binanceUsdm, ['https://www.binance.com/ru/futures/BTCUSDT_perpetual']);
});
