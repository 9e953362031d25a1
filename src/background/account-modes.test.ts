// @vitest-environment happy-dom
// Account modes the model does not cover, read off fixture pages written from the venues' own names for
// them (tests/fixtures/*/…-portfolio-margin.html, …-multi-assets.html, docs/real-pages.md §10): the
// estimates that depend on the mode say "<mode> account" as their reason and the exchange's figure is
// kept; the others are untouched; a page that shows no mode leaves cross estimates as they were, with
// an assumption that says the mode was not read. Expectations are the fixtures' visible texts and the
// venues' published scope of each mode (cross only, or the whole account).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMarket } from '../market-data/lookup';
import type { SiteAdapter } from '../sites/types';
import { readPage } from '../sites/read-page';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { bybit } from '../venues/bybit/page';
import { okx } from '../venues/okx/page';
import type { PageSnapshot } from '../protocol/snapshot';
import { estimatePage } from './estimate-page';
import { accountModeGate } from './account-mode-gate';

const NOW = Date.parse('2026-11-22T00:00:00Z');

function read(adapter: SiteAdapter, fixture: string, url: string, edit?: (doc: Document) => void): PageSnapshot {
  const doc = new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'tests/fixtures', fixture), 'utf8'), 'text/html');
  edit?.(doc);
  const snap = readPage(adapter, doc, new URL(url));
  if (!snap) throw new Error('not read as a trading page');
  return snap;
}

const BYBIT = 'https://www.bybit.com/trade/usdt/BTCUSDT';
const OKX = 'https://www.okx.com/trade-swap/btc-usdt-swap';
const BINANCE = 'https://www.binance.com/en/futures/BTCUSDT';

describe('the page reader reports the declared name of the mode it sees in the account panel', () => {
  it('Bybit "Portfolio Margin", OKX "Portfolio margin mode", Binance "Multi-Assets Mode"', () => {
    expect(read(bybit, 'bybit/trade-usdt-btcusdt-portfolio-margin.html', BYBIT).account?.mode).toBe('Portfolio Margin');
    expect(read(okx, 'okx/trade-swap-btc-usdt-swap-portfolio-margin.html', OKX).account?.mode).toBe('Portfolio Margin');
    expect(read(binanceUsdm, 'binance/futures-btcusdt-multi-assets.html', BINANCE).account?.mode).toBe('Multi-Assets Mode');
  });

  it('no mode shown: no mode reported', () => {
    expect(read(bybit, 'bybit/trade-usdt-btcusdt.html', BYBIT).account?.mode).toBeUndefined();
  });

  it('two different names shown (a switch showing both choices) is no reading', () => {
    const snap = read(bybit, 'bybit/trade-usdt-btcusdt-portfolio-margin.html', BYBIT, (doc) => {
      const row = doc.createElement('div');
      row.textContent = 'Cross Margin';
      doc.querySelector('.trade-assets__body')!.append(row);
    });
    expect(snap.account?.mode).toBeUndefined();
  });
});

describe('Bybit Portfolio Margin: the whole account is margined as one', () => {
  const result = estimatePage(read(bybit, 'bybit/trade-usdt-btcusdt-portfolio-margin.html', BYBIT), bundledMarket(NOW));

  it('every row, isolated or cross, cannot verify and names the mode; the exchange figure is kept', () => {
    expect(result.positions).toHaveLength(3);
    for (const row of result.positions) {
      expect(row.estimate).toBe('unknown');
      expect(row.reasons).toEqual(['Portfolio Margin account']);
    }
    // The fixture's BTCUSDT long shows "54,271.4" as its Liq. Price.
    expect(result.positions.find((r) => r.symbol === 'BTCUSDT' && r.side === 'long')?.unverifiedDisplayed).toBe('54271.4');
  });

  it('both order sides cannot verify and name the mode', () => {
    expect(result.order?.long.estimate).toBe('unknown');
    expect(result.order?.long.reasons).toEqual(['Portfolio Margin account']);
    expect(result.order?.short.reasons).toEqual(['Portfolio Margin account']);
  });
});

describe('OKX Portfolio margin mode: only cross margin differs between OKX account modes', () => {
  const result = estimatePage(read(okx, 'okx/trade-swap-btc-usdt-swap-portfolio-margin.html', OKX), bundledMarket(NOW));
  const plain = estimatePage(read(okx, 'okx/trade-swap-btc-usdt-swap.html', OKX), bundledMarket(NOW));

  it('the cross ETHUSDT row names the mode', () => {
    const eth = result.positions.find((r) => r.symbol === 'ETH-USDT-SWAP')!;
    expect(eth.estimate).toBe('unknown');
    expect(eth.reasons).toEqual(['Portfolio Margin account']);
  });

  it('the isolated rows and the isolated order are as on the page without the mode', () => {
    const isolated = (r: { symbol: string }) => r.symbol === 'BTC-USDT-SWAP';
    expect(result.positions.filter(isolated).map((r) => [r.estimate, r.reasons])).toEqual(plain.positions.filter(isolated).map((r) => [r.estimate, r.reasons]));
    expect(result.order?.long.estimate).toEqual(plain.order?.long.estimate);
    expect(result.order?.long.reasons).not.toContain('Portfolio Margin account');
  });
});

describe('Binance Multi-Assets Mode: cross margin only', () => {
  const result = estimatePage(read(binanceUsdm, 'binance/futures-btcusdt-multi-assets.html', BINANCE), bundledMarket(NOW));
  const plain = estimatePage(read(binanceUsdm, 'binance/futures-btcusdt.html', BINANCE), bundledMarket(NOW));

  it('the cross ETHUSDT row names the mode; the isolated rows are as without it', () => {
    expect(result.positions.find((r) => r.symbol === 'ETHUSDT')?.reasons).toEqual(['Multi-Assets Mode account']);
    const isolated = (r: { symbol: string }) => r.symbol !== 'ETHUSDT';
    expect(result.positions.filter(isolated).map((r) => [r.estimate, r.reasons])).toEqual(plain.positions.filter(isolated).map((r) => [r.estimate, r.reasons]));
  });
});

describe('a mode the model covers, or none read', () => {
  it('Bybit "Cross Margin" shown: a cross estimate is allowed and says the mode it read; none shown: says so', () => {
    const cross = read(bybit, 'bybit/trade-usdt-btcusdt.html', BYBIT, (doc) => {
      const row = doc.createElement('div');
      row.append(Object.assign(doc.createElement('span'), { textContent: 'Margin Mode' }), Object.assign(doc.createElement('span'), { textContent: 'Cross Margin' }));
      doc.querySelector('.trade-assets__body')!.prepend(row);
    });
    expect(accountModeGate(cross, { ok: true, value: 'cross' })).toEqual({ note: 'account mode read from the page: Cross Margin' });
    const none = read(bybit, 'bybit/trade-usdt-btcusdt.html', BYBIT);
    expect(accountModeGate(none, { ok: true, value: 'cross' })).toEqual({ note: 'the account mode was not read from the page; assumed Cross Margin' });
    expect(accountModeGate(none, { ok: true, value: 'isolated' })).toEqual({});
  });

  it('an isolated row carries no account-mode line', () => {
    const row = estimatePage(read(bybit, 'bybit/trade-usdt-btcusdt.html', BYBIT), bundledMarket(NOW)).positions.find((r) => r.symbol === 'BTCUSDT')!;
    expect(row.assumptions.join('\n')).not.toMatch(/account mode/);
  });
});
