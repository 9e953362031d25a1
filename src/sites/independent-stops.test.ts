// @vitest-environment happy-dom
// The TP/SL column and inputs on the independent pages (tests/fixtures/independent/, written without
// the adapters) that show them. Expectations are the cells' visible text: "140.000 / --" is a take-profit
// of 140.000 and no stop; "View Orders" (Hyperliquid, a stop kept as a separate order) is no price pair.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bybit } from '../venues/bybit/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { okx } from '../venues/okx/page';
import { readPage } from './read-page';
import type { SiteAdapter } from './types';

function read(adapter: SiteAdapter, page: string, url: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'tests/fixtures/independent', page), 'utf8'), 'text/html');
  return readPage(adapter, doc, new URL(url))!;
}

const stopsOf = (adapter: SiteAdapter, page: string, url: string) =>
  Object.fromEntries(read(adapter, page, url).positions!.rows.map((r) => [r.key, { takeProfit: r.takeProfit, stopLoss: r.stopLoss }]));

const none = { ok: true, value: 'none' };

describe.each(['bybit/trade-modules-en.html', 'bybit/trade-table-en.html'])('Bybit %s', (page) => {
  it('reads "-- / --" as neither set and "140.000 / --" as a take-profit alone', () => {
    expect(stopsOf(bybit, page, 'https://www.bybit.com/trade/usdt/BTCUSDT')).toEqual({
      'BTCUSDT:long': { takeProfit: none, stopLoss: none },
      'SOLUSDT:short': { takeProfit: { ok: true, value: '140.000' }, stopLoss: none },
    });
  });
});

describe('Hyperliquid trade-table-en.html', () => {
  it('reads "-- / --" as none and leaves "View Orders" unread', () => {
    const stops = stopsOf(hyperliquid, 'hyperliquid/trade-table-en.html', 'https://app.hyperliquid.xyz/trade/BTC');
    expect(stops['BTC:long']).toEqual({ takeProfit: none, stopLoss: none });
    expect(stops['ETH:short']!.stopLoss).toEqual({ ok: false, reason: expect.stringContaining('"View Orders"') });
  });
});

describe('OKX trade-swap-grid-zh.html', () => {
  it('does not read the hidden trigger inputs of an unticked 止盈止损 box', () => {
    const order = read(okx, 'okx/trade-swap-grid-zh.html', 'https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap').order!;
    expect(order.stopLoss).toEqual({ ok: false, reason: expect.stringContaining('not set with this order') });
    expect(order.takeProfit).toEqual({ ok: false, reason: expect.stringContaining('not set with this order') });
  });
});
