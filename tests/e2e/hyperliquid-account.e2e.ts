// The built extension (dist/chrome) in real Chromium: a Hyperliquid page whose connected wallet is a
// watched address (issue 19). The page is tests/fixtures/hyperliquid/trade-btc.html (wallet button
// "0x8c3F...A91e") with its BTC short's minus sign taken away, so the page alone can't tell the side.
// api.hyperliquid.xyz/info answers clearinghouseState with the fixture's positions as the API would
// give them; the watch list is seeded into storage.local through an extension page, and the worker's
// own poll fetches and keeps the state. Expected prices are worked out here from the rule
// (docs/rules/hyperliquid-and-others.md §1.2–1.5), not read back from the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
const fixtures = join(repoRoot, 'tests/fixtures/hyperliquid');
const ADDRESS = '0x8c3f5e2b7d41a0c96e1f3b2d4a5c6e7f8091a91e';
let server: TestServer;
let browser: LaunchedBrowser;
/** The request bodies api.hyperliquid.xyz/info received. */
const infoBodies: string[] = [];

// The fixture's positions as clearinghouseState (the shape of the docs' example answer): BTC cross
// short 0.5 @ 60,000 marked 61,000 (cross accountValue 9,500 = wallet 10,000 less the PnL 500;
// cross MM 30,500 · 0.0125 = 381.25), ETH isolated long 10 @ 3,000 (rawUsd = 1,500 − 30,000),
// SOL isolated 1x long 20 @ 150.
const position = (coin: string, szi: string, entryPx: string, positionValue: string, leverage: object, liquidationPx: string | null, marginUsed: string, maxLeverage: number) => ({
  type: 'oneWay',
  position: { coin, szi, entryPx, positionValue, leverage, liquidationPx, marginUsed, maxLeverage, unrealizedPnl: '0', returnOnEquity: '0', cumFunding: { allTime: '0', sinceChange: '0', sinceOpen: '0' } },
});
const CLEARINGHOUSE = {
  assetPositions: [
    position('BTC', '-0.5', '60000', '30500', { type: 'cross', value: 10 }, '79012.3', '3050', 40),
    position('ETH', '10', '3000', '31000', { type: 'isolated', value: 20, rawUsd: '-28500' }, '2908.2', '2500', 25),
    position('SOL', '20', '150', '3040', { type: 'isolated', value: 1, rawUsd: '0' }, null, '3040', 20),
  ],
  crossMaintenanceMarginUsed: '381.25',
  crossMarginSummary: { accountValue: '9500', totalMarginUsed: '3050', totalNtlPos: '30500', totalRawUsd: '40000' },
  marginSummary: { accountValue: '15040', totalMarginUsed: '8590', totalNtlPos: '64540', totalRawUsd: '11500' },
  withdrawable: '6450',
  time: Date.now(),
};

async function info(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  infoBodies.push(body);
  const asked = JSON.parse(body) as { type?: string; user?: string };
  if (asked.type === 'clearinghouseState' && asked.user === ADDRESS) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ...CLEARINGHOUSE, time: Date.now() }));
    return;
  }
  // Tier tables (meta) are not served: the bundled tables of src/venues/hyperliquid/tiers.ts are used.
  res.writeHead(404).end();
}

beforeAll(async () => {
  const unsigned = readFileSync(join(fixtures, 'trade-btc.html'), 'utf8').replace('<td class="coin-short">-0.50000 BTC</td>', '<td class="coin-short">0.50000 BTC</td>');
  server = await startServer({
    'app.hyperliquid.xyz/trade/BTC': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(unsigned);
    },
    'app.hyperliquid.xyz/fixture-driver.js': join(fixtures, 'fixture-driver.js'),
    'app.hyperliquid.xyz/fixture.css': join(fixtures, 'fixture.css'),
    'api.hyperliquid.xyz/info': info,
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  browser = await launchWithExtension({ hosts: ['app.hyperliquid.xyz', 'api.hyperliquid.xyz'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const btc = '[data-liqcheck="position"][data-symbol="BTC"]';
const attribute = (page: Page, name: string) => page.locator(btc).getAttribute(name, { timeout: 1000 }).catch(() => null);

describe('Hyperliquid page connected to a watched address', () => {
  it('settles the short\'s side and estimates from the API\'s figures once the worker has polled the address', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://app.hyperliquid.xyz/trade/BTC');
    // The page alone: a size with no sign whose PnL contradicts a long is no side at all.
    await expect.poll(() => attribute(page, 'data-estimate'), { timeout: 30_000 }).toBe('unknown');
    expect(await attribute(page, 'data-side')).toBe('unknown');

    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await ext.evaluate((address) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ hlWatch: [address] }), ADDRESS);

    // W = 10,000; W − 0.5 (P − 60,000) = 0.5 · P · 0.0125 -> P = 40,000 / 0.50625.
    const expected = new D(40_000).div('0.50625');
    await expect
      .poll(async () => {
        const value = await attribute(page, 'data-estimate');
        return value !== null && /^\d/.test(value) && new D(value).sub(expected).abs().lte('0.000001') ? 'close' : `not yet: ${value}`;
      }, { timeout: 60_000, interval: 100 })
      .toBe('close');
    expect(await attribute(page, 'data-side')).toBe('short');
    // The page's own Liq. Price cell, "76,000", is still the exchange's figure: the fixture makes it differ.
    expect(await attribute(page, 'data-displayed')).toBe('76000');
    expect(infoBodies.some((b) => b.includes('"clearinghouseState"') && b.includes(ADDRESS))).toBe(true);
    expect(errors).toEqual([]);
    await ext.close();
    await page.close();
  });
});
