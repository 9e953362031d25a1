// The fixtures' window.__fixture setters, run as the page would run them (inline script enabled), and
// the reader following what they change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { binanceCoinm } from '../venues/binance-coinm/page';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { bitget } from '../venues/bitget/page';
import { bybit } from '../venues/bybit/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { okx } from '../venues/okx/page';
import { findAnchors, readPage } from './read-page';
import type { SiteAdapter } from './types';

interface FixtureDriver {
  setMarkPrice(text: string, symbol?: string): void;
  setLeverage(text: string): void;
  setSize(text: string): void;
  setOrderType(type: 'limit' | 'market'): void;
  rerenderPositions(): void;
}

const URL_EN = 'https://www.binance.com/en/futures/BTCUSDT';
const opened: Window[] = [];

async function open(name: string, venue = 'binance', url = URL_EN, adapter: SiteAdapter = binanceUsdm) {
  const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  opened.push(window);
  // The page loads the shared driver from the server (each venue folder links it); here it is inlined.
  const driver = readFileSync(join(process.cwd(), 'tests/fixtures', venue, 'fixture-driver.js'), 'utf8');
  const html = readFileSync(join(process.cwd(), 'tests/fixtures', venue, name), 'utf8');
  window.document.write(html.replace('<script src="/fixture-driver.js"></script>', () => `<script>${driver}</script>`));
  await window.happyDOM.waitUntilComplete();
  const fixture = (window as unknown as { __fixture: FixtureDriver }).__fixture;
  const doc = window.document as unknown as Document;
  return { driver: fixture, doc, snap: () => readPage(adapter, doc, new URL(url))! };
}

const BYBIT = 'https://www.bybit.com/trade/usdt/BTCUSDT';
const BYBIT_INVERSE = 'https://www.bybit.com/en/trade/inverse/BTCUSD';
const OKX = 'https://www.okx.com/trade-swap/btc-usdt-swap';
const OKX_ZH = 'https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap';

afterEach(async () => {
  for (const w of opened.splice(0)) await w.happyDOM.close();
});

describe.each(['futures-btcusdt.html', 'futures-btcusdt-zh.html', 'futures-virtualised.html', 'futures-broken.html'])('%s driver', (name) => {
  it('exposes every setter', async () => {
    const { driver } = await open(name);
    for (const f of ['setMarkPrice', 'setLeverage', 'setSize', 'setOrderType', 'rerenderPositions'] as const) expect(typeof driver[f]).toBe('function');
  });
});

describe.each([
  ['bybit', 'trade-usdt-btcusdt.html'],
  ['bybit', 'trade-inverse-btcusd.html'],
  ['okx', 'trade-swap-btc-usdt-swap.html'],
  ['okx', 'trade-swap-btc-usdt-swap-zh.html'],
  ['hyperliquid', 'trade-btc.html'],
  ['hyperliquid', 'trade-eth.html'],
  ['bitget', 'futures-usdt-btcusdt.html'],
  ['bitget', 'futures-usdt-btcusdt-zh.html'],
  ['binance', 'delivery-btcusd-perp.html'],
  ['binance', 'delivery-btcusd-perp-zh.html'],
])('%s/%s driver', (venue, name) => {
  it('exposes every setter', async () => {
    const { driver } = await open(name, venue);
    for (const f of ['setMarkPrice', 'setLeverage', 'setSize', 'setOrderType', 'rerenderPositions'] as const) expect(typeof driver[f]).toBe('function');
  });
});

const ok = <T>(value: T) => ({ ok: true, value });

describe('Bybit drivers', () => {
  it('setMarkPrice moves the header, that symbol\'s rows and their P&L; IM stays', async () => {
    const { driver, snap } = await open('trade-usdt-btcusdt.html', 'bybit', BYBIT, bybit);
    driver.setMarkPrice('62,000.0');
    const s = snap();
    expect(s.market.markPrice).toEqual(ok('62000.0'));
    expect(s.positions!.rows.map((r) => r.markPrice)).toEqual([ok('62000.0'), ok('62000.0'), ok('2950.00')]);
    // Long 0.5 from 60,000 and short 0.2 from 62,000, at 62,000.
    expect(s.positions!.rows.map((r) => r.unrealizedPnl)).toEqual([ok('1000.00'), ok('0.00'), ok('250.00')]);
    expect(s.positions!.rows[0]!.initialMargin).toEqual(ok('3014.85'));
  });

  it('setOrderType, setLeverage and setSize change the order zone as read', async () => {
    const { driver, snap } = await open('trade-usdt-btcusdt.html', 'bybit', BYBIT, bybit);
    driver.setOrderType('market');
    expect(snap().order!.orderType).toEqual(ok('market'));
    driver.setOrderType('limit');
    expect(snap().order!.orderType).toEqual(ok('limit'));
    expect(snap().order!.price).toEqual(ok('60500.0'));
    driver.setLeverage('25.00x');
    driver.setSize('0.250');
    expect(snap().order!.leverage).toEqual(ok('25.00'));
    expect(snap().order!.size).toEqual(ok({ amount: '0.250', unit: 'base' }));
  });

  it('moves an inverse row\'s P&L in the coin', async () => {
    const { driver, snap } = await open('trade-inverse-btcusd.html', 'bybit', BYBIT_INVERSE, bybit);
    driver.setMarkPrice('52,000.0');
    // 60,000 USD long from 50,000: 60,000 · (1/50,000 − 1/52,000) BTC, shown to 8 decimals.
    const expected = new Decimal(60000).mul(new Decimal(1).div(50000).minus(new Decimal(1).div(52000))).toFixed(8);
    expect(snap().positions!.rows[0]!.unrealizedPnl).toEqual(ok(expected));
    expect(snap().positions!.rows[1]!.markPrice).toEqual(ok('2950.00'));
  });
});

describe('OKX drivers', () => {
  it('setMarkPrice on another instrument moves its cross margin and PnL only', async () => {
    const { driver, snap } = await open('trade-swap-btc-usdt-swap.html', 'okx', OKX, okx);
    driver.setMarkPrice('3,100.00', 'ETH-USDT-SWAP');
    const eth = snap().positions!.rows[2]!;
    // 3 ETH cross at 5x: margin 3 · 3,100 / 5; PnL 3 · (3,100 − 3,000).
    expect(eth.margin).toEqual(ok('1860.00'));
    expect(eth.unrealizedPnl).toEqual(ok('300.00'));
    expect(snap().market.markPrice).toEqual(ok('61000.0'));
    expect(snap().positions!.rows[0]!.margin).toEqual(ok('3000.00'));
  });

  it('setLeverage keeps the doubled button text readable; setOrderType switches the okui tabs', async () => {
    const { driver, snap } = await open('trade-swap-btc-usdt-swap-zh.html', 'okx', OKX_ZH, okx);
    driver.setLeverage('20x');
    expect(snap().order!.leverage).toEqual(ok('20'));
    driver.setOrderType('limit');
    expect(snap().order!.orderType).toEqual(ok('limit'));
    driver.setSize('0.3');
    expect(snap().order!.size).toEqual(ok({ amount: '0.3', unit: 'base' }));
  });

  it('rerenderPositions swaps the rows; keys stay', async () => {
    const { driver, doc, snap } = await open('trade-swap-btc-usdt-swap.html', 'okx', OKX, okx);
    const before = findAnchors(okx, doc, new URL(OKX)).positions;
    const rows = snap().positions!.rows;
    driver.rerenderPositions();
    const after = findAnchors(okx, doc, new URL(OKX)).positions;
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(before.get('BTC-USDT-SWAP:long')!.isConnected).toBe(false);
    expect(snap().positions!.rows).toEqual(rows);
  });
});

const HL = 'https://app.hyperliquid.xyz/trade/BTC';
const HL_ETH = 'https://app.hyperliquid.xyz/trade/ETH';
const BITGET = 'https://www.bitget.com/futures/usdt/BTCUSDT';
const BITGET_ZH = 'https://www.bitget.com/zh-CN/futures/usdt/BTCUSDT';
const COINM = 'https://www.binance.com/en/delivery/BTCUSD_PERP';

describe('Hyperliquid drivers', () => {
  it('setMarkPrice moves the bar, the row, its "$" PNL, cross Margin and Position Value', async () => {
    const { driver, snap } = await open('trade-btc.html', 'hyperliquid', HL, hyperliquid);
    driver.setMarkPrice('62,000');
    const s = snap();
    expect(s.market.markPrice).toEqual(ok('62000'));
    const btc = s.positions!.rows[0]!;
    // Short 0.5 from 60,000 at 62,000: PNL −1,000; cross margin 0.5 · 62,000 / 10; value 0.5 · 62,000.
    expect(btc.unrealizedPnl).toEqual(ok('-1000.00'));
    expect(btc.margin).toEqual(ok('3100.00'));
    expect(btc.marginMode).toEqual(ok('cross'));
    expect(btc.positionValue).toEqual(ok('31000.00'));
    expect(btc.side).toEqual(ok('short'));
  });

  it('setMarkPrice on another coin moves its isolated Margin (margin + PNL) only', async () => {
    const { driver, snap } = await open('trade-eth.html', 'hyperliquid', HL_ETH, hyperliquid);
    driver.setMarkPrice('39.500', 'HYPE');
    const rows = snap().positions!.rows;
    // Short 200 from 40 at 39.5: PNL +100; cross margin 200 · 39.5 / 5.
    expect(rows[1]!.unrealizedPnl).toEqual(ok('100.00'));
    expect(rows[1]!.margin).toEqual(ok('1580.00'));
    expect(rows[0]!.margin).toEqual(ok('2500.00'));
    expect(snap().market.markPrice).toEqual(ok('3100.0'));
  });

  it('setOrderType, setLeverage and setSize change the order entry as read', async () => {
    const { driver, snap } = await open('trade-btc.html', 'hyperliquid', HL, hyperliquid);
    driver.setOrderType('market');
    expect(snap().order!.orderType).toEqual(ok('market'));
    driver.setLeverage('25x');
    driver.setSize('0.25');
    expect(snap().order!.leverage).toEqual(ok('25'));
    expect(snap().order!.size).toEqual(ok({ amount: '0.25', unit: 'base' }));
  });
});

describe('Bitget drivers', () => {
  it('setMarkPrice moves PnL; isolated Margin stays, cross Margin moves', async () => {
    const { driver, snap } = await open('futures-usdt-btcusdt.html', 'bitget', BITGET, bitget);
    driver.setMarkPrice('62,000.0');
    const rows = snap().positions!.rows;
    expect(rows.map((r) => r.unrealizedPnl)).toEqual([ok('1000.00'), ok('0.00'), ok('150.00')]);
    expect(rows[0]!.margin).toEqual(ok('3000.00'));
    driver.setMarkPrice('3,000.00', 'ETHUSDT');
    expect(snap().positions!.rows[2]!.margin).toEqual(ok('900.00'));
  });

  it('setOrderType switches the zh-CN tabs', async () => {
    const { driver, snap } = await open('futures-usdt-btcusdt-zh.html', 'bitget', BITGET_ZH, bitget);
    driver.setOrderType('limit');
    expect(snap().order!.orderType).toEqual(ok('limit'));
    driver.setSize('200');
    expect(snap().order!.size).toEqual(ok({ amount: '200', unit: 'cost' }));
  });
});

describe('Binance COIN-M driver', () => {
  it('setMarkPrice moves PNL and isolated Margin in BTC', async () => {
    const { driver, snap } = await open('delivery-btcusd-perp.html', 'binance', COINM, binanceCoinm);
    driver.setMarkPrice('62,000.0');
    const long = snap().positions!.rows[0]!;
    // 30,000 USD long from 60,000: PNL 30,000 · (1/60,000 − 1/62,000) BTC on a 0.025 BTC wallet, 8 decimals.
    const pnl = new Decimal(30000).mul(new Decimal(1).div(60000).minus(new Decimal(1).div(62000)));
    expect(long.margin).toEqual(ok(pnl.plus('0.025').toFixed(8)));
    expect(long.markPrice).toEqual(ok('62000.0'));
  });
});

describe('futures-btcusdt.html driver', () => {
  it('setMarkPrice moves the header and that symbol\'s row, with its PNL and isolated Margin', async () => {
    const { driver, snap } = await open('futures-btcusdt.html');
    driver.setMarkPrice('59,000.5');
    const s = snap();
    expect(s.market.markPrice).toEqual({ ok: true, value: '59000.5' });
    expect(s.positions!.rows.map((r) => r.markPrice)).toEqual([
      { ok: true, value: '59000.5' },
      { ok: true, value: '2950.00' },
      { ok: true, value: '152.00' },
    ]);
    // BTCUSDT isolated long 0.5 @ 60,000 with a 1,500 wallet: PNL 0.5 * (59,000.5 - 60,000) = -499.75.
    expect(s.positions!.rows[0]!.margin).toEqual({ ok: true, value: '1000.25' });
    // Another symbol's mark moves only its own row.
    driver.setMarkPrice('3,100.00', 'ETHUSDT');
    expect(snap().positions!.rows.map((r) => r.markPrice.ok && r.markPrice.value)).toEqual(['59000.5', '3100.00', '152.00']);
    expect(snap().market.markPrice).toEqual({ ok: true, value: '59000.5' });
  });

  it('setLeverage, setSize and setOrderType change the order form as read', async () => {
    const { driver, doc, snap } = await open('futures-btcusdt.html');
    let inputs = 0;
    doc.addEventListener('input', () => inputs++);
    driver.setLeverage('50x');
    driver.setSize('0.75');
    expect(inputs).toBe(1);
    expect(snap().order!.leverage).toEqual({ ok: true, value: '50' });
    expect(snap().order!.size).toEqual({ ok: true, value: { amount: '0.75', unit: 'base' } });
    driver.setOrderType('market');
    expect(snap().order!.orderType).toEqual({ ok: true, value: 'market' });
    expect(snap().order!.price.ok).toBe(false);
    driver.setOrderType('limit');
    expect(snap().order!.orderType).toEqual({ ok: true, value: 'limit' });
    expect(snap().order!.price).toEqual({ ok: true, value: '60500.0' });
  });

  it('rerenderPositions swaps the row elements; keys and values stay', async () => {
    const { driver, doc, snap } = await open('futures-btcusdt.html');
    const before = findAnchors(binanceUsdm, doc).positions;
    const rowsBefore = snap().positions!.rows;
    driver.rerenderPositions();
    const after = findAnchors(binanceUsdm, doc).positions;
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(before.get('BTCUSDT:long')!.isConnected).toBe(false);
    expect(after.get('BTCUSDT:long')!.isConnected).toBe(true);
    expect(snap().positions!.rows).toEqual(rowsBefore);
  });
});
