// A streaming page in real Chromium with the built extension: bench/outside-page.html, a Binance
// USDⓈ-M page written without the project's fixtures, re-renders the mark, the PnL, the margin and
// an order book 50 times a second. On such a page the content script leaves the cells that change on
// every tick unobserved and looks at them on a timer (docs/architecture.md, step 2); these tests
// check that what matters still reaches the overlay: margin the page changes twice within a second,
// a size the trader types, and the last mark once the stream stops.
//
// Every expected number is computed here from Binance's rule for one isolated long
// (docs/rules/binance.md §2.3, BTCUSDT tier 1: MMR 0.4 %, cum 0):
//   LP = (Q·EP − WB) / (Q·(1 − MMR)), WB the isolated margin.
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser, type PageError } from '../support/browser';
import { expectDecimalAttribute } from '../support/expect-decimal';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
const MMR = new D('0.004');
const SIZE = new D('0.5');
const ENTRY = new D('60000');
const LIMIT_PRICE = new D('60500'); // the form's Price input
const LEVERAGE = new D('20'); // "Isolated 20x"

let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer({
    'www.binance.com/en/futures/BTCUSDT': join(repoRoot, 'bench/outside-page.html'),
    'www.binance.com/outside-page.js': join(repoRoot, 'bench/outside-page.js'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  browser = await launchWithExtension({ hosts: ['www.binance.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Binance's isolated long liquidation price for a position of `size` costing `cost` with margin `wallet`. */
function liquidation(size: Decimal, cost: Decimal, wallet: Decimal): Decimal {
  return cost.sub(wallet).div(size.mul(new D(1).sub(MMR)));
}

type OutsidePage = { outsidePage: { ticks: number; stop(): void; typeSize(text: string): void; setIsolatedWallet(wallet: number): void } };
const badge = '[data-liqcheck="position"][data-symbol="BTCUSDT"]';
const longOrder = '[data-liqcheck="order"][data-side="long"]';
const TOLERANCE = new D('0.05');
/** A busy page on a busy 2-core machine: generous. */
const STREAM_TIMEOUT_MS = 60_000;


describe('a page streaming 50 updates a second', () => {
  let page: Page;
  let errors: PageError[];
  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
  });

  it('shows the position estimate while the page streams', async () => {
    await expectDecimalAttribute(page, badge, 'data-estimate', liquidation(SIZE, SIZE.mul(ENTRY), new D(1500)), TOLERANCE, STREAM_TIMEOUT_MS);
    // Long enough for the watcher to take the page for a streaming one (more than 20 batches a second).
    await expect.poll(() => page.evaluate(() => (window as unknown as OutsidePage).outsidePage.ticks), { timeout: 60_000 }).toBeGreaterThan(150);
  });

  it('follows margin the page changes twice within a second', async () => {
    await page.evaluate(() => (window as unknown as OutsidePage).outsidePage.setIsolatedWallet(1600));
    await expectDecimalAttribute(page, badge, 'data-estimate', liquidation(SIZE, SIZE.mul(ENTRY), new D(1600)), TOLERANCE, STREAM_TIMEOUT_MS);
    await page.evaluate(() => (window as unknown as OutsidePage).outsidePage.setIsolatedWallet(1450));
    await expectDecimalAttribute(page, badge, 'data-estimate', liquidation(SIZE, SIZE.mul(ENTRY), new D(1450)), TOLERANCE, STREAM_TIMEOUT_MS);
  });

  it('merges a typed size into the position at the limit price', async () => {
    const typed = new D('0.200');
    await page.evaluate((text) => (window as unknown as OutsidePage).outsidePage.typeSize(text), typed.toFixed(3));
    const orderCost = typed.mul(LIMIT_PRICE);
    const merged = liquidation(SIZE.add(typed), SIZE.mul(ENTRY).add(orderCost), new D(1450).add(orderCost.div(LEVERAGE)));
    await expectDecimalAttribute(page, longOrder, 'data-estimate', merged, TOLERANCE, STREAM_TIMEOUT_MS);
  });

  it('measures the distance from the last mark once the stream stops', async () => {
    await page.locator(`${badge} [data-liqcheck="toggle"]`).click();
    await page.evaluate(() => (window as unknown as OutsidePage).outsidePage.stop());
    const lastMark = new D(((await page.locator('#pos-mark').textContent()) ?? '').replace(/,/g, ''));
    const distance = lastMark.sub(liquidation(SIZE, SIZE.mul(ENTRY), new D(1450))).abs();
    await expectDecimalAttribute(page, '[data-liqcheck="position-details"] [data-metric="distance"]', 'data-value', distance, TOLERANCE, STREAM_TIMEOUT_MS);
    expect(errors).toEqual([]);
  });
});
