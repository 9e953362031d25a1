// The real OKX page (tests/fixtures/okx/captures/, rendered 2026-04-08 for a visitor not logged in)
// served on www.okx.com with the built extension in Chromium: a trader types a size and both sides'
// estimates appear. The page is served as captured, minus its scripts, stylesheets and frames (they
// would load OKX's app and third-party trackers; the DOM is what the capture recorded). OKX's API
// answers 404, so the bundled BTC-USDT-SWAP table is used (src/venues/okx/tiers.ts: tier 1, MMR 0.4 %,
// ctVal 0.01 BTC, from docs/rules/bybit-okx-bitget.md §3.3).
//
// Expected prices are computed here from OKX's isolated linear rule (docs/rules/bybit-okx-bitget.md
// §3.2): long (EP − M/Q)/(1 − m − f), short (EP + M/Q)/(1 + m + f), with m 0.4 % (tier 1), f 0.05 %
// (the regular taker rate the worker assumes), M = Q·EP/L the isolated margin, and the inputs the
// page shows: Limit, Price (USDT) 71,441.7, Amount (Contracts) typed, Isolated, 5x long / 5x short.
//
// The page is logged out: no positions panel. The order is a new position only when the worker takes
// a logged-out page for "no open position" (issue 18, the positions part); until then both sides say
// why they cannot verify.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser, type PageError } from '../support/browser';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
const CAPTURE = join(repoRoot, 'tests/fixtures/okx/captures/okx-trade-swap-btc-usdt-swap-2026-04-08.html');

/** The capture without what would fetch anything: scripts, link tags, frames, external sources. */
function staticCapture(): string {
  return readFileSync(CAPTURE, 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<(?:link|iframe)\b[^>]*>/gi, '')
    .replace(/<\/iframe>/gi, '')
    .replace(/\s(src|srcset)="https?:[^"]*"/gi, ' data-captured-$1=""');
}

let server: TestServer;
let browser: LaunchedBrowser;
let page: Page;
let errors: PageError[];

beforeAll(async () => {
  const html = staticCapture();
  server = await startServer({
    'www.okx.com/trade-swap/btc-usdt-swap': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    },
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  browser = await launchWithExtension({ hosts: ['www.okx.com'], port: server.port });
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto('https://www.okx.com/trade-swap/btc-usdt-swap');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const order = (side: 'long' | 'short') => `[data-liqcheck="order"][data-side="${side}"]`;
const m = new D('0.004');
const f = new D('0.0005');
const EP = new D('71441.7');
const CONTRACT = new D('0.01');
/** The isolated margin of Q BTC at EP and leverage L: M = Q·EP/L. */
const margin = (q: Decimal, leverage: number) => q.mul(EP).div(leverage);
const longLp = (q: Decimal, leverage: number) => EP.sub(margin(q, leverage).div(q)).div(new D(1).sub(m).sub(f));
const shortLp = (q: Decimal, leverage: number) => EP.add(margin(q, leverage).div(q)).div(new D(1).add(m).add(f));

async function expectEstimate(selector: string, expected: Decimal): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = await page.locator(selector).getAttribute('data-estimate', { timeout: 1000 }).catch(() => null);
        if (value === null || !/^-?\d/.test(value)) return `not a number yet: ${value} (${await page.locator(selector).textContent({ timeout: 1000 }).catch(() => '')})`;
        return new D(value).sub(expected).abs().lte(expected.mul('1e-9')) ? 'close' : `${value} != ${expected.toString()}`;
      },
      { timeout: 30_000, interval: 50 },
    )
    .toBe('close');
}

describe('OKX real page (2026-04-08, logged out), www.okx.com/trade-swap/btc-usdt-swap', () => {
  it('before a size is typed, both sides wait for one', async () => {
    for (const side of ['long', 'short'] as const) {
      await expect.poll(() => page.locator(order(side)).textContent({ timeout: 1000 }).catch(() => ''), { timeout: 30_000 }).toMatch(/size: nothing typed/);
    }
  });

  it('1 contract typed: 0.01 BTC at 71,441.7, Isolated 5x on both sides', async () => {
    await page.locator('.size-input input.okui-input-input').fill('1');
    const q = CONTRACT.mul(1);
    // Long: (71,441.7 − 14,288.34) / 0.9955; short: (71,441.7 + 14,288.34) / 1.0045.
    await expectEstimate(order('long'), longLp(q, 5));
    await expectEstimate(order('short'), shortLp(q, 5));
    // The overlay says how the size was read: contracts of 0.01 BTC.
    expect(await page.locator(order('long')).getAttribute('title')).toMatch(/0\.01/);
  });

  it("the short's own leverage (5x 10x): only the short side moves; 3 contracts scale nothing but the size", async () => {
    await page.evaluate(() => {
      document.querySelector('.order-settings-box .color-down')!.textContent = '10x';
    });
    await page.locator('.size-input input.okui-input-input').fill('3');
    const q = CONTRACT.mul(3);
    await expectEstimate(order('short'), shortLp(q, 10));
    await expectEstimate(order('long'), longLp(q, 5));
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});
