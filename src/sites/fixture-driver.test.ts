// The fixtures' window.__fixture setters, run as the page would run them (inline script enabled), and
// the reader following what they change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { binanceUsdm } from './binance-usdm';
import { findAnchors, readPage } from './read-page';

interface FixtureDriver {
  setMarkPrice(text: string): void;
  setLeverage(text: string): void;
  setSize(text: string): void;
  setOrderType(type: 'limit' | 'market'): void;
  rerenderPositions(): void;
}

const URL_EN = 'https://www.binance.com/en/futures/BTCUSDT';
const opened: Window[] = [];

async function open(name: string) {
  const window = new Window({ url: URL_EN, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  opened.push(window);
  window.document.write(readFileSync(join(process.cwd(), 'tests/fixtures/binance', name), 'utf8'));
  await window.happyDOM.waitUntilComplete();
  const driver = (window as unknown as { __fixture: FixtureDriver }).__fixture;
  const doc = window.document as unknown as Document;
  return { driver, doc, snap: () => readPage(binanceUsdm, doc, new URL(URL_EN))! };
}

afterEach(async () => {
  for (const w of opened.splice(0)) await w.happyDOM.close();
});

describe.each(['futures-btcusdt.html', 'futures-btcusdt-zh.html', 'futures-virtualised.html', 'futures-broken.html'])('%s driver', (name) => {
  it('exposes every setter', async () => {
    const { driver } = await open(name);
    for (const f of ['setMarkPrice', 'setLeverage', 'setSize', 'setOrderType', 'rerenderPositions'] as const) expect(typeof driver[f]).toBe('function');
  });
});

describe('futures-btcusdt.html driver', () => {
  it('setMarkPrice replaces the header and every row mark', async () => {
    const { driver, snap } = await open('futures-btcusdt.html');
    driver.setMarkPrice('59,000.5');
    const s = snap();
    expect(s.market.markPrice).toEqual({ ok: true, value: '59000.5' });
    expect(s.positions!.rows.map((r) => r.markPrice)).toEqual([1, 2, 3].map(() => ({ ok: true, value: '59000.5' })));
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
