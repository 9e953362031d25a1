// The built extension (dist/chrome) in real Chromium on the Binance fixture pages, served on
// https://www.binance.com. Every expected number is computed here from the reference formula
// (docs/rules/binance.md §2.3, BTCUSDT/ETHUSDT tiers of 2026-09-16 §6.1/§6.2; all cases stay in
// tier 1: MMR 0.4 %, cum 0), from the inputs the fixture page shows.
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser, type PageError } from '../support/browser';
import { expectEstimate } from '../support/expect-decimal';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
const MMR = new D('0.004');
/** §2.3, one position in tier 1 (cum 0). */
const longLp = (q: Decimal.Value, ep: Decimal.Value, wb: Decimal.Value) => new D(q).mul(ep).sub(wb).div(new D(q).mul(new D(1).sub(MMR)));
const shortLp = (q: Decimal.Value, ep: Decimal.Value, wb: Decimal.Value) => new D(q).mul(ep).add(wb).div(new D(q).mul(new D(1).add(MMR)));

const fixtures = join(repoRoot, 'tests/fixtures/binance');
let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer({
    '/en/futures/BTCUSDT': join(fixtures, 'futures-btcusdt.html'),
    '/zh-CN/futures/BTCUSDT': join(fixtures, 'futures-btcusdt-zh.html'),
    '/futures/BTCUSDT': join(fixtures, 'futures-virtualised.html'),
    '/en/futures/XRPUSDT': join(fixtures, 'futures-broken.html'),
    '/fixture-driver.js': join(fixtures, 'fixture-driver.js'),
    '/fixture.css': join(fixtures, 'fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  browser = await launchWithExtension({ hosts: ['www.binance.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: PageError[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`https://www.binance.com${path}`);
  return { page, errors };
}

const position = (symbol: string) => `[data-liqcheck="position"][data-symbol="${symbol}"]`;
const order = (side: 'long' | 'short') => `[data-liqcheck="order"][data-side="${side}"]`;


async function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.locator(selector).getAttribute(name);
}

describe('the default page (en)', () => {
  let page: Page;
  let errors: PageError[];
  beforeAll(async () => {
    ({ page, errors } = await open('/en/futures/BTCUSDT'));
  });

  it('BTCUSDT isolated long: the estimate of §2.3, agreeing with the page', async () => {
    // 0.5 BTC @ 60,000.0, Margin 2,000.00 with PNL +500.00 at mark 61,000.0: isolated wallet 1,500.
    await expectEstimate(page, position('BTCUSDT'), longLp('0.5', '60000', '1500'));
    expect(await attribute(page, position('BTCUSDT'), 'data-verdict')).toBe('agree');
    expect(await attribute(page, position('BTCUSDT'), 'data-side')).toBe('long');
    expect(await attribute(page, position('BTCUSDT'), 'data-displayed')).toBe('57228.9');
  });

  it('ETHUSDT cross short: wallet 8,000 minus the isolated wallets (1,500 + 1,500); the page figure differs', async () => {
    await expectEstimate(page, position('ETHUSDT'), shortLp('4', '3000', '5000'));
    expect(await attribute(page, position('ETHUSDT'), 'data-verdict')).toBe('differs');
    await expect.poll(() => page.locator(position('ETHUSDT')).textContent()).toMatch(/liquidates later than shown \(24\.5 %\)/);
  });

  it('SOLUSDT: on its bundled 2024-10-24 table a 1x long (wallet = Q·EP) has no liquidation price, as the page\'s "--" says', async () => {
    // LP = (Q·EP − WB − cum) / (Q·(1 − MMR)) = (1,500 − 1,500 − 0) / … = 0: none (the fixture's header).
    await expect.poll(() => attribute(page, position('SOLUSDT'), 'data-estimate')).toBe('none');
    expect(await attribute(page, position('SOLUSDT'), 'data-verdict')).toBe('agree');
    expect(await page.locator(position('SOLUSDT')).getAttribute('title')).toContain('Tier table of 2024-10-24 (bundled)');
  });

  it('pre-trade, limit 0.100 BTC at 60,500.0, 20x isolated, netted into the open long', async () => {
    // Long adds: Q 0.6, entry (30,000 + 6,050) / 0.6, wallet 1,500 + 6,050 / 20.
    await expectEstimate(page, order('long'), longLp('0.6', new D(36050).div('0.6'), '1802.5'));
    // Short reduces the long to 0.4 at its entry, the wallet released pro rata (1,500 * 0.4 / 0.5).
    await expectEstimate(page, order('short'), longLp('0.4', '60000', '1200'));
  });

  it('follows the size, the leverage and a market order at the moving mark price', async () => {
    await page.evaluate(() => (window as never as { __fixture: { setSize(t: string): void } }).__fixture.setSize('0.300'));
    // Long: Q 0.8, entry (30,000 + 18,150) / 0.8, wallet 1,500 + 18,150 / 20.
    await expectEstimate(page, order('long'), longLp('0.8', new D(48150).div('0.8'), new D(1500).add(new D(18150).div(20))));

    await page.evaluate(() => (window as never as { __fixture: { setLeverage(t: string): void } }).__fixture.setLeverage('5x'));
    await expectEstimate(page, order('long'), longLp('0.8', new D(48150).div('0.8'), new D(1500).add(new D(18150).div(5))));
    // Short 0.3 against the long 0.5 leaves a long 0.2 at entry, wallet 1,500 * 0.2 / 0.5.
    await expectEstimate(page, order('short'), longLp('0.2', '60000', '600'));

    await page.evaluate(() => (window as never as { __fixture: { setOrderType(t: string): void } }).__fixture.setOrderType('market'));
    // A market order fills at the mark, 61,000.0.
    await expectEstimate(page, order('long'), longLp('0.8', new D(30000).add(new D('0.3').mul(61000)).div('0.8'), new D(1500).add(new D('0.3').mul(61000).div(5))));

    await page.evaluate(() => (window as never as { __fixture: { setMarkPrice(t: string): void } }).__fixture.setMarkPrice('58,000.0'));
    const fill = new D('0.3').mul(58000);
    await expectEstimate(page, order('long'), longLp('0.8', new D(30000).add(fill).div('0.8'), new D(1500).add(fill.div(5))));
    // The position's Margin and PNL moved with the mark; its isolated wallet, hence its estimate, did not.
    await expectEstimate(page, position('BTCUSDT'), longLp('0.5', '60000', '1500'));
    expect(await attribute(page, position('BTCUSDT'), 'data-verdict')).toBe('agree');
  });

  it('puts the badges back when the page re-renders its rows', async () => {
    await page.evaluate(() => (window as never as { __fixture: { rerenderPositions(): void } }).__fixture.rerenderPositions());
    await expect.poll(() => page.locator('[data-liqcheck="position"]').count()).toBe(3);
    await expectEstimate(page, position('BTCUSDT'), longLp('0.5', '60000', '1500'));
  });

  it('recovers after the worker is stopped', async () => {
    await browser.stopWorker();
    await page.evaluate(() => (window as never as { __fixture: { setSize(t: string): void } }).__fixture.setSize('0.200'));
    const fill = new D('0.2').mul(58000);
    await expectEstimate(page, order('long'), longLp('0.7', new D(30000).add(fill).div('0.7'), new D(1500).add(fill.div(5))));
    expect(await attribute(page, order('long'), 'data-stale')).toBeNull();
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('other layouts', () => {
  it('zh-CN, hedge mode, a market order sized in USDT, reordered columns', async () => {
    const { page, errors } = await open('/zh-CN/futures/BTCUSDT');
    await expectEstimate(page, position('BTCUSDT'), longLp('0.5', '60000', '1500'));
    expect(await attribute(page, position('BTCUSDT'), 'data-verdict')).toBe('agree');
    await expectEstimate(page, position('ETHUSDT'), shortLp('4', '3000', '5000'));
    // 6,100 USDT at the mark 61,000.0 is 0.1 BTC; hedge mode: long adds to the long leg, short opens its own.
    await expectEstimate(page, order('long'), longLp('0.6', new D(36100).div('0.6'), '1805'));
    await expectEstimate(page, order('short'), shortLp('0.1', '61000', '305'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a virtualised list: isolated rows are verified, cross says which positions it cannot see', async () => {
    const { page } = await open('/futures/BTCUSDT');
    await expectEstimate(page, position('BTCUSDT'), longLp('0.2', '62500', '500'));
    expect(await attribute(page, position('BTCUSDT'), 'data-verdict')).toBe('agree');
    await expectEstimate(page, position('ETHUSDT'), shortLp('2.5', '3200', '400'));
    // The page's 3,100.00 lies below this short's entry, the estimate above it: not compared (it may
    // be another column's figure), and the badge says why.
    expect(await attribute(page, position('ETHUSDT'), 'data-verdict')).toBe('unknown');
    expect(await page.locator(position('ETHUSDT')).textContent()).toContain('other side of the entry');
    await expect.poll(() => attribute(page, position('BNBUSDT'), 'data-verdict')).toBe('unknown');
    expect(await page.locator(position('BNBUSDT')).textContent()).toContain('cannot verify');
    // The cross order depends on all twelve positions.
    const warning = page.locator('[data-liqcheck="warning"][data-kind="cannot-read"][data-side="long"]', { hasText: 'of 12 positions' });
    await expect.poll(() => warning.count()).toBe(1);
    expect(await attribute(page, order('long'), 'data-estimate')).toBe('unknown');
    await page.close();
  });

  it('a half-rendered page: every badge and both order sides say "cannot verify", none shows a number', async () => {
    const { page, errors } = await open('/en/futures/XRPUSDT');
    // Three data rows: BTCUSDT with placeholders, a symbol that is markup, ETHUSDT whose side contradicts its PNL.
    await expect.poll(() => page.locator('[data-liqcheck="position"]').count()).toBe(3);
    await expect.poll(() => page.locator('[data-liqcheck="position"][data-pending="true"]').count()).toBe(0);
    const badges = page.locator('[data-liqcheck="position"]');
    for (let i = 0; i < 3; i++) {
      expect(await badges.nth(i).getAttribute('data-estimate')).toBe('unknown');
      expect(await badges.nth(i).getAttribute('data-verdict')).toBe('unknown');
      expect(await badges.nth(i).textContent()).toContain('cannot verify');
    }
    // The markup in the symbol cell stays text: no element was made of it, in the page or the overlay.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    for (const side of ['long', 'short'] as const) expect(await attribute(page, order(side), 'data-estimate')).toBe('unknown');
    expect(errors).toEqual([]);
    await page.close();
  });
});
