// Hostile pages in real Chromium with the built extension (issue 17, finding 4): variants of the
// Binance page (src/sites/testing/fixture-variants.ts, "hostile/…") that try to make the overlay say
// "agrees" for the ETHUSDT row, which shows 3,400.00 where docs/rules/binance.md §2.3 gives
// (12,000 + 5,000) / (4·1.004) = 4,233.0677… (computed below): hidden or off-screen text beside the
// figure, a hidden copy of the positions panel placed first, a page script rewriting the badge and
// writing into its host, a hidden second cross position. The overlay must read what the trader sees
// and never say "agrees" where the truth differs.
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, repoRoot, type LaunchedBrowser } from '../support/browser';
import { startServer, type Routes, type TestServer } from '../support/https-server';

const fixtures = join(repoRoot, 'tests/fixtures');
const PAGE = '/en/futures/BTCUSDT';
const ETH = '[data-liqcheck="position"][data-symbol="ETHUSDT"]';
const BTC = '[data-liqcheck="position"][data-symbol="BTCUSDT"]';
// §2.3, cross short, the only cross position: (Q·EP + WB) / (Q·(1 + MMR)), tier 1 (MMR 0.4 %, cum 0).
const ETH_ESTIMATE = new Decimal(4).mul(3000).add(5000).div(new Decimal(4).mul('1.004'));

const routes: Routes = {
  [PAGE]: join(fixtures, 'binance/futures-btcusdt.html'),
  '/fixture-driver.js': join(fixtures, 'binance/fixture-driver.js'),
  '/fixture.css': join(fixtures, 'binance/fixture.css'),
  '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
};
let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer(routes);
  browser = await launchWithExtension({ hosts: ['www.binance.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(variant: string): Promise<Page> {
  routes[PAGE] = join(fixtures, variant);
  const page = await browser.context.newPage();
  await page.goto(`https://www.binance.com${PAGE}`);
  // Every badge answered, none still checking.
  await expect.poll(() => page.locator('[data-liqcheck="position"]').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await expect.poll(() => page.locator('[data-liqcheck="position"][data-pending="true"]').count(), { timeout: 30_000 }).toBe(0);
  return page;
}

const badge = async (page: Page, selector: string) => {
  const el = page.locator(selector).first();
  return { verdict: await el.getAttribute('data-verdict'), displayed: await el.getAttribute('data-displayed'), estimate: await el.getAttribute('data-estimate'), text: (await el.textContent()) ?? '' };
};

describe('hostile pages cannot make the overlay say "agrees"', () => {
  it('the default page: the ETHUSDT row differs (the reference for the variants)', async () => {
    const page = await open('binance/futures-btcusdt.html');
    const eth = await badge(page, ETH);
    expect(eth.displayed).toBe('3400.00');
    expect(eth.verdict).toBe('differs');
    expect(new Decimal(eth.estimate!).sub(ETH_ESTIMATE).abs().lt('1e-6')).toBe(true);
    await page.close();
  });

  it.each([
    ['off-screen text around the figure', 'hostile/off-screen-text.html'],
    ['visibility: hidden text around the figure', 'hostile/invisible-text.html'],
    ['a display: none copy of the positions panel placed first', 'hostile/decoy-positions-panel.html'],
  ])('%s: the visible figure is read, and it differs', async (_, variant) => {
    const page = await open(variant);
    const eth = await badge(page, ETH);
    expect(eth.displayed).toBe('3400.00');
    expect(eth.verdict).toBe('differs');
    expect(eth.text).not.toContain('agrees');
    // The rows around it still read and agree as on the default page.
    expect((await badge(page, BTC)).verdict).toBe('agree');
    await page.close();
  });

  it('a page script rewriting the badge to "agrees" and writing into its host: the badge is built again', async () => {
    const page = await open('hostile/overlay-tamper.html');
    const done = () => page.evaluate(() => (window as unknown as { __hostile: { rewritten: number; injected: number } }).__hostile);
    await expect.poll(done, { timeout: 30_000 }).toEqual({ rewritten: 1, injected: 1 });
    await expect.poll(async () => (await badge(page, ETH)).verdict, { timeout: 10_000 }).toBe('differs');
    const eth = await badge(page, ETH);
    expect(eth.text).not.toContain('agrees');
    expect(eth.displayed).toBe('3400.00');
    // The text written into the host is gone, and was never read as the figure.
    expect(await page.evaluate(() => document.querySelector('[data-key^="ETHUSDT"]')?.childNodes.length)).toBe(0);
    await page.close();
  });

  it('a hidden second cross position: the ETHUSDT row (shown as its one-position estimate) does not agree', async () => {
    const page = await open('hostile/hidden-leg.html');
    await expect.poll(() => page.locator(ETH).count(), { timeout: 30_000 }).toBe(1);
    const eth = await badge(page, ETH);
    // The hidden row may be any position sharing the wallet: cannot verify, and no figure repeated.
    expect(eth.estimate).toBe('unknown');
    expect(eth.displayed).toBeNull();
    expect(eth.verdict).not.toBe('agree');
    expect(eth.text).not.toContain('agrees');
    await page.close();
  });
});
