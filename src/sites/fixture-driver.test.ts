// The fixtures' window.__fixture setters, run as the page would run them (inline script enabled), and
// the reader following what they change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { binanceUsdm } from './binance-usdm';
import { findAnchors, readPage } from './read-page';

interface FixtureDriver {
  setMarkPrice(text: string, symbol?: string): void;
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
  // The page loads the shared driver from the server; here it is inlined.
  const driver = readFileSync(join(process.cwd(), 'tests/fixtures/binance/fixture-driver.js'), 'utf8');
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/binance', name), 'utf8');
  window.document.write(html.replace('<script src="/fixture-driver.js"></script>', () => `<script>${driver}</script>`));
  await window.happyDOM.waitUntilComplete();
  const fixture = (window as unknown as { __fixture: FixtureDriver }).__fixture;
  const doc = window.document as unknown as Document;
  return { driver: fixture, doc, snap: () => readPage(binanceUsdm, doc, new URL(URL_EN))! };
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
