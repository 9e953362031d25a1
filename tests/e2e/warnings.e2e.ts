// The worker's pre-trade warnings and likely cause in real Chromium with the built extension: on a
// Binance page (tests/fixtures/binance/warnings-btcusdt.html) the six warning kinds appear as the
// test types into the order form and moves the mark, and a 'differs' badge names its likely cause;
// on the OKX page a stop-loss typed below the long's liquidation price is flagged. Every expected
// number is computed here from the reference (docs/rules/binance.md §2.3 with the BTCUSDT tiers of
// 2026-09-16 §6.1: tier 1 to 300,000 USDT at 0.4 %, cum 0, max 150x; tier 2 to 800,000 at 0.5 %,
// cum 300, max 100x; docs/rules/bybit-okx-bitget.md §3.2 for OKX).
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser, type PageError } from '../support/browser';
import { expectEstimate } from '../support/expect-decimal';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
const fixtures = join(repoRoot, 'tests/fixtures');
let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer({
    'www.binance.com/en/futures/BTCUSDT': join(fixtures, 'binance/warnings-btcusdt.html'),
    'www.binance.com/fixture-driver.js': join(fixtures, 'binance/fixture-driver.js'),
    'www.binance.com/fixture.css': join(fixtures, 'binance/fixture.css'),
    'www.okx.com/trade-swap/btc-usdt-swap': join(fixtures, 'okx/trade-swap-btc-usdt-swap.html'),
    'www.okx.com/fixture-driver.js': join(fixtures, 'okx/fixture-driver.js'),
    'www.okx.com/fixture.css': join(fixtures, 'okx/fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  browser = await launchWithExtension({ hosts: ['www.binance.com', 'www.okx.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Fixture = { __fixture: { setSize(t: string): void; setLeverage(t: string): void; setMarkPrice(t: string): void } };
const position = (symbol: string) => `[data-liqcheck="position"][data-symbol="${symbol}"]`;
const order = (side: 'long' | 'short') => `[data-liqcheck="order"][data-side="${side}"]`;
const warning = (kind: string, side: 'long' | 'short') => `[data-liqcheck="warning"][data-kind="${kind}"][data-side="${side}"]`;

async function waitForWarning(page: Page, kind: string, side: 'long' | 'short'): Promise<string> {
  const locator = page.locator(warning(kind, side));
  await expect.poll(() => locator.count(), { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
  return (await locator.first().textContent()) ?? '';
}


describe('Binance: the six warnings and a likely cause', () => {
  let page: Page;
  let errors: PageError[];
  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
  });

  it("a 'differs' badge whose page figure is tier 2's names the tier as the likely cause", async () => {
    const tier1 = new D(30000).sub(1500).div(new D('0.5').mul('0.996'));
    await expectEstimate(page, position('BTCUSDT'), tier1);
    expect(await page.locator(position('BTCUSDT')).getAttribute('data-verdict')).toBe('differs');
    await expect.poll(() => page.locator(position('BTCUSDT')).getAttribute('data-cause')).toBe('tier');
  });

  it('the expanded badge says the cause in words and shows the metrics the worker computed', async () => {
    await page.locator(position('BTCUSDT')).locator('[data-liqcheck="toggle"]').click();
    const details = page.locator('[data-liqcheck="position-details"]');
    await expect.poll(() => details.count()).toBe(1);
    expect(await details.locator('[data-cause="tier"]').textContent()).toContain('tier 2 (maintenance rate 0.5 %) rather than tier 1 (0.4 %)');
    // At mark 61,000: distance 61,000 − LP, loss 0.5 · (61,000 − LP), equity 1,500 + 500, ratio 0.5 · 61,000 · 0.4 % / 2,000.
    const lp = new D(30000).sub(1500).div(new D('0.5').mul('0.996'));
    const metric = async (name: string) => new D((await details.locator(`[data-metric="${name}"]`).getAttribute('data-value')) ?? 'NaN');
    expect((await metric('distance')).sub(new D(61000).sub(lp)).abs().lt('1e-9')).toBe(true);
    expect((await metric('lossAtLiquidation')).sub(new D(61000).sub(lp).mul('0.5')).abs().lt('1e-9')).toBe(true);
    expect((await metric('equity')).eq(2000)).toBe(true);
    expect((await metric('marginRatio')).eq('6.1')).toBe(true);
    await page.locator(position('BTCUSDT')).locator('[data-liqcheck="toggle"]').click();
  });

  it('liquidation-near-entry: 0.1 BTC at 60,500.0, 20x, added to the 0.5 BTC long: 4.6 % from its entry', async () => {
    // Q 0.6, EP 36,050 / 0.6, WB 1,500 + 6,050 / 20 = 1,802.5.
    const ep = new D(36050).div('0.6');
    const lp = ep.mul('0.6').sub('1802.5').div(new D('0.6').mul('0.996'));
    expect(ep.sub(lp).div(ep).mul(100).lt(5)).toBe(true);
    await expectEstimate(page, order('long'), lp);
    // Prices in the sentence at the page's precision (60,500.0: one decimal).
    expect(await waitForWarning(page, 'liquidation-near-entry', 'long')).toContain(`liquidation at ${lp.toDecimalPlaces(1).toString()} is only ${ep.sub(lp).div(ep).mul(100).toSignificantDigits(3).toString()} % from the entry price ${ep.toDecimalPlaces(1).toString()}`);
  });

  it('leverage-high: 25x is above the default 20x', async () => {
    await page.evaluate(() => (window as never as Fixture).__fixture.setLeverage('25x'));
    expect(await waitForWarning(page, 'leverage-high', 'long')).toContain('25x');
    await waitForWarning(page, 'leverage-high', 'short');
  });

  it('tier-jump: 5 BTC more makes the long 5.5 BTC, 332,750 USDT at 60,500 (tier 2, 0.5 %)', async () => {
    await page.evaluate(() => (window as never as Fixture).__fixture.setSize('5.000'));
    expect(new D('5.5').mul(60500).gt(300000)).toBe(true);
    expect(await waitForWarning(page, 'tier-jump', 'long')).toContain('tier 2 (maintenance rate 0.5 %)');
    // The short flips the long to a short of 4.5 BTC, 272,250 USDT: still tier 1.
    expect(await page.locator(warning('tier-jump', 'short')).count()).toBe(0);
  });

  it('notional-above-cap: at 125x only tier 1 (to 300,000 USDT) is allowed', async () => {
    await page.evaluate(() => (window as never as Fixture).__fixture.setLeverage('125x'));
    expect(await waitForWarning(page, 'notional-above-cap', 'long')).toContain('300000');
    expect(await page.locator(warning('notional-above-cap', 'short')).count()).toBe(0);
  });

  it('instant-liquidation: with the mark at 59,500.0 the long would be liquidated on fill', async () => {
    await page.evaluate(() => (window as never as Fixture).__fixture.setMarkPrice('59,500.0'));
    // Q 5.5, Q·EP 30,000 + 302,500, WB 1,500 + 302,500 / 125 = 3,920; tier 2 at the liquidation price:
    // LP = (Q·EP − WB − cum) / (Q·(1 − 0.005)).
    const lp = new D(332500).sub(3920).sub(300).div(new D('5.5').mul('0.995'));
    expect(lp.mul('5.5').gt(300000) && lp.gt(59500)).toBe(true);
    await expectEstimate(page, order('long'), lp);
    await waitForWarning(page, 'instant-liquidation', 'long');
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('OKX: stop-beyond-liquidation', () => {
  it("a stop-loss typed below the long's liquidation price (54,319.4) is flagged for the long only", async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://www.okx.com/trade-swap/btc-usdt-swap');
    // §3.2: long adds 0.1 BTC to the 0.5 BTC leg: EP 36,050 / 0.6, M 3,605, LP = (EP − M/Q) / (1 − 0.004 − 0.0005).
    const lp = new D(36050).sub(3605).div('0.6').div('0.9955');
    await expectEstimate(page, order('long'), lp);
    // The page's own stop-loss, 58,000.0, is above it: no warning.
    expect(await page.locator(warning('stop-beyond-liquidation', 'long')).count()).toBe(0);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="slTriggerPx"]')!;
      input.value = '54,000.0';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await waitForWarning(page, 'stop-beyond-liquidation', 'long')).toContain('54000');
    expect(await page.locator(warning('stop-beyond-liquidation', 'short')).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
