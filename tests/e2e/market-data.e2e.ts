// The built extension in Chromium fetching tier tables from a local stand-in of Binance's public
// brackets feed (served on https://www.binance.com through the resolver rules, like the page).
// The feed answers well, then badly in every way the issue lists; each bad answer is refused, the
// badge keeps estimating on the last good table and says the refresh failed and why. Expected
// estimates are §2.3 of docs/rules/binance.md computed here for the table in use.
// fapi.binance.com answers the instrument facts beside the feed: exchangeInfo with the recorded answer
// of data/sources/binance-usdm/ (BTCUSDT tick 0.10), fundingInfo with a test list (BTCUSDT every 4 h,
// not Binance's). The verdict names the tick and the day of the answer it came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { bapiBrackets, BINANCE_ETHUSDT_2024 } from '../../src/market-data/testing/venue-answers';
import type { Tier } from '../../src/model/types';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser, type PageError } from '../support/browser';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });
/** §2.3, one isolated long in tier 1 (cum 0). */
const longLp = (q: Decimal.Value, ep: Decimal.Value, wb: Decimal.Value, mmr: Decimal.Value) => new D(q).mul(ep).sub(wb).div(new D(q).mul(new D(1).sub(mmr)));
// The fixture's BTCUSDT: 0.5 @ 60,000, isolated wallet 1,500 (notional stays in tier 1 of both tables).
const BUNDLED_LP = longLp('0.5', '60000', '1500', '0.004');
/**
 * Not a venue's table: a test table whose tier 1 differs from the bundled one (1 % instead of
 * 0.4 %), so its use shows in the estimate. Tier 2's cum follows the recurrence: 50,000 × 1 %.
 */
const TEST_BTCUSDT: Tier[] = [
  { floor: '0', cap: '50000', maxLeverage: '50', maintenanceMarginRate: '0.01', maintenanceAmount: '0' },
  { floor: '50000', cap: '600000', maxLeverage: '25', maintenanceMarginRate: '0.02', maintenanceAmount: '500' },
];
const FETCHED_LP = longLp('0.5', '60000', '1500', '0.01');

const API_HOSTS = ['fapi.binance.com', 'api.bybit.com', 'www.okx.com', 'api.hyperliquid.xyz', 'api.bitget.com'];
const FEED_PATH = '/bapi/futures/v1/friendly/future/common/brackets';

type Mode = 'good' | 'absurd-rate' | 'floors-out-of-order' | 'malformed' | 'truncated' | 'empty' | 'no-symbols' | 'slow' | 'huge' | 'http-error';
let mode: Mode = 'absurd-rate';

const goodFeed = () => bapiBrackets({ BTCUSDT: TEST_BTCUSDT, ETHUSDT: BINANCE_ETHUSDT_2024 });
function feedFor(which: Mode): unknown {
  if (which === 'absurd-rate') return bapiBrackets({ BTCUSDT: TEST_BTCUSDT.map((t, i) => (i === 1 ? { ...t, maintenanceMarginRate: '5' } : t)), ETHUSDT: BINANCE_ETHUSDT_2024 });
  if (which === 'floors-out-of-order') return bapiBrackets({ BTCUSDT: [...TEST_BTCUSDT].reverse(), ETHUSDT: BINANCE_ETHUSDT_2024 });
  if (which === 'malformed') return { code: '000000', data: { brackets: 'BTCUSDT' } };
  if (which === 'no-symbols') return { code: '000000', data: { version: 1, brackets: [] } };
  return goodFeed();
}

function json(res: ServerResponse, text: string, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(text);
}

function serveFeed(res: ServerResponse): void {
  const which = mode;
  if (which === 'truncated') return json(res, JSON.stringify(goodFeed()).slice(0, 300));
  if (which === 'empty') return json(res, '');
  if (which === 'http-error') return json(res, '{"code":"100001","msg":"busy"}', 503);
  if (which === 'slow') {
    // Long after the extension's 8 s limit, even on a loaded machine.
    const timer = setTimeout(() => json(res, JSON.stringify(goodFeed())), 60_000);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (which === 'huge') {
    // 10 MB of valid-looking JSON, chunked (no Content-Length): only the size cap can stop it.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    res.write('{"pad":"');
    const more = () => {
      while (sent < 10 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      if (!res.destroyed) res.end('"}');
    };
    res.on('error', () => undefined);
    return more();
  }
  json(res, JSON.stringify(feedFor(which)));
}

const fixtures = join(repoRoot, 'tests/fixtures/binance');
const exchangeInfo = readFileSync(join(repoRoot, 'data/sources/binance-usdm/exchange-info-BTCUSDT-2025-05-30.json'), 'utf8');
const fundingInfo = JSON.stringify([{ symbol: 'BTCUSDT', adjustedFundingRateCap: '0.03', adjustedFundingRateFloor: '-0.03', fundingIntervalHours: 4, disclaimer: false }]);
let server: TestServer;
let browser: LaunchedBrowser;
let page: Page;
let errors: PageError[];
const requested: string[] = [];

beforeAll(async () => {
  server = await startServer({
    '/en/futures/BTCUSDT': join(fixtures, 'futures-btcusdt.html'),
    '/fixture-driver.js': join(fixtures, 'fixture-driver.js'),
    '/fixture.css': join(fixtures, 'fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
    [`www.binance.com${FEED_PATH}`]: (_req, res) => serveFeed(res),
    'fapi.binance.com/fapi/v1/exchangeInfo': (_req, res) => json(res, exchangeInfo),
    'fapi.binance.com/fapi/v1/fundingInfo': (_req, res) => json(res, fundingInfo),
  });
  browser = await launchWithExtension({ hosts: ['www.binance.com', ...API_HOSTS], port: server.port });
  browser.context.on('request', (request) => requested.push(request.url()));
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto('https://www.binance.com/en/futures/BTCUSDT');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const BTC = '[data-liqcheck="position"][data-symbol="BTCUSDT"]';
const tag = (kind: string) => `${BTC} [data-liqcheck="warning"][data-kind="${kind}"]`;
const feedRequests = () => server.requests.filter((r) => r.host === 'www.binance.com' && r.path === FEED_PATH).length;

/** Polls the BTCUSDT badge until its estimate is within 1e-9 of `expected`. */
async function expectEstimate(expected: Decimal, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = await page.locator(BTC).getAttribute('data-estimate', { timeout: 1000 }).catch(() => null);
        if (value === null || !/^-?\d/.test(value)) return `not a number yet: ${value}`;
        return new D(value).sub(expected).abs().lte(expected.mul('1e-9')) ? 'close' : `${value} != ${expected.toString()}`;
      },
      { timeout, interval: 50 },
    )
    .toBe('close');
}

async function failureText(timeout = 30_000): Promise<string> {
  await page.locator(tag('market-data-refresh-failed')).waitFor({ timeout });
  // Inside the badge's one quiet mark, visually hidden: its words are the worker's message.
  return (await page.locator(tag('market-data-refresh-failed')).textContent()) ?? '';
}

/**
 * A day passes: the stored table and the last failure are made older in storage.local (from the
 * worker), then the page changes so the content script sends a new snapshot and the worker sees
 * the table is due.
 */
let pokes = 0;
async function aDayLater(): Promise<void> {
  const before = feedRequests();
  await browser.worker()!.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
    const all = (await local.get(null)) as Record<string, { table?: { fetchedAt: number }; failure?: { at: number } }>;
    for (const entry of Object.values(all)) {
      if (entry.table) entry.table.fetchedAt = Math.min(entry.table.fetchedAt, Date.now() - 25 * 60 * 60 * 1000);
      if (entry.failure) entry.failure.at = Date.now() - 60 * 60 * 1000;
    }
    await local.set(all);
  });
  pokes += 1;
  await page.evaluate((size) => (window as never as { __fixture: { setSize(t: string): void } }).__fixture.setSize(size), `0.${100 + pokes}`);
  await expect.poll(feedRequests, { timeout: 30_000 }).toBeGreaterThan(before);
}

describe('tier tables from the public brackets feed', () => {
  it('first answer refused (a rate of 5): estimates on the bundled 2026-09-16 table, flagged old and the refresh named', async () => {
    await expectEstimate(BUNDLED_LP);
    expect(await failureText()).toContain('tier 2 maintenance margin rate 5 is not in [0.001, 0.75]');
    expect(await page.locator(tag('stale-market-data')).textContent()).toMatch(/^BTCUSDT tier table of 2026-09-16 \(bundled\) is \d+ days old$/);
    expect(await page.locator(BTC).getAttribute('title')).toContain('Tier table of 2026-09-16 (bundled)');
    // Said once for the order form too.
    await expect.poll(() => page.locator('[data-liqcheck="order-panel"] > .warnings [data-kind="stale-market-data"]').count()).toBe(1);
    // No fetched table: the tick is the recorded exchangeInfo's, dated with it.
    expect(await page.locator(BTC).getAttribute('title')).toContain('one price tick of 0.10 (the instrument\'s, market data of 2025-05-30)');
    // SOLUSDT: the feed has no table, so the bundled 2024-10-24 one (freqtrade's copy) is used, and its refresh failure named.
    await expect.poll(() => page.locator('[data-liqcheck="position"][data-symbol="SOLUSDT"]').getAttribute('title')).toContain('Tier table of 2024-10-24 (bundled)');
  });

  it('a good answer: the fetched table is used, the badge says its date, no flag', async () => {
    mode = 'good';
    await aDayLater();
    await expectEstimate(FETCHED_LP);
    const today = new Date().toISOString().slice(0, 10);
    expect(await page.locator(BTC).getAttribute('title')).toMatch(new RegExp(`Tier table of ${today} \\(fetched ${today} \\d\\d:\\d\\d UTC\\)`));
    // The facts came with the fetch: the tick is dated with it, and both answers were asked for.
    expect(await page.locator(BTC).getAttribute('title')).toContain(`one price tick of 0.10 (the instrument's, market data of ${today})`);
    for (const path of ['/fapi/v1/exchangeInfo', '/fapi/v1/fundingInfo']) expect(server.requests).toContainEqual(expect.objectContaining({ host: 'fapi.binance.com', path, status: 200 }));
    await expect.poll(() => page.locator(`${BTC} [data-liqcheck="warning"]`).count()).toBe(0);
    await expect.poll(() => page.locator('[data-liqcheck="order-panel"] [data-kind="stale-market-data"]').count()).toBe(0);
  });

  const bad: [Mode, RegExp, number?][] = [
    ['malformed', /no data\.brackets list/],
    ['truncated', /not JSON \(cut short\?\)/],
    ['empty', /sent an empty answer/],
    ['no-symbols', /the brackets feed has no BTCUSDT/],
    ['absurd-rate', /maintenance margin rate 5 is not in \[0\.001, 0\.75\]/],
    // This feed's first tier starts at 50,000: refused for that before its order is looked at.
    ['floors-out-of-order', /tier 1 starts at 50000, not at 0/],
    ['http-error', /answered HTTP 503/],
    ['huge', /more than the 4 MB allowed/],
    ['slow', /did not answer within 8 s/, 60_000],
  ];
  for (const [which, reason, timeout] of bad) {
    it(`${which}: refused; still estimating on the last good table, and saying so`, async () => {
      mode = which;
      await aDayLater();
      await expect.poll(() => failureText(), { timeout: timeout ?? 30_000 }).toMatch(reason);
      await expectEstimate(FETCHED_LP);
      expect(await page.locator(BTC).getAttribute('title')).toMatch(/Tier table of \d{4}-\d\d-\d\d \(fetched /);
      expect(await page.locator(BTC).getAttribute('data-verdict')).not.toBe('unknown');
    }, 120_000);
  }

  it('the worker stopped and started again: the stored table is still the one in use', async () => {
    await browser.stopWorker();
    await page.evaluate(() => (window as never as { __fixture: { setSize(t: string): void } }).__fixture.setSize('0.250'));
    await expectEstimate(FETCHED_LP);
  });

  it('asked nothing of any host but the venue page and the allowed API endpoints', () => {
    const hosts = new Set(server.requests.map((r) => r.host));
    expect([...hosts].every((h) => h === 'www.binance.com' || API_HOSTS.includes(h))).toBe(true);
    // Every extension-side request matches a manifest host permission.
    const patterns = manifest.host_permissions.map((p) => new RegExp(`^${p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
    const api = server.requests.filter((r) => r.path.startsWith('/bapi/') || API_HOSTS.includes(r.host));
    expect(api.length).toBeGreaterThan(0);
    for (const r of api) expect(patterns.some((p) => p.test(`https://${r.host}${r.url}`)), r.url).toBe(true);
    // What the browser itself reports (pages and the worker): only those hosts.
    const web = requested.map((u) => new URL(u)).filter((u) => u.protocol === 'https:' || u.protocol === 'http:');
    expect(web.some((u) => u.pathname === FEED_PATH)).toBe(true);
    expect([...new Set(web.map((u) => u.host))].filter((h) => h !== 'www.binance.com' && !API_HOSTS.includes(h))).toEqual([]);
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});
