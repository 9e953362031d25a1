// The risk tools in Chromium with the built extension: each tool once in the popup, and the overlay's
// touch probabilities from candles the worker fetched from the (local) Binance API host, checked
// against an independent computation here: σ from the closes, P = 2·Φ(−|ln(L/S)|/(σ√T)).
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candleAnswer } from '../../src/volatility/testing/candle-answers';
import { floatTouchProbability } from '../../src/model/risk/testing/float-touch';
import { chromiumPath, launchWithExtension, repoRoot, type LaunchedBrowser } from '../support/browser';
import { jsonHandler, startServer, type TestServer } from '../support/https-server';

const fixtures = join(repoRoot, 'tests/fixtures/binance');
const HOUR = 3_600_000;
// A week of hourly closes around 61,000, irregular but fixed.
const CLOSES = Array.from({ length: 169 }, (_, i) => (61000 * (1 + 0.004 * Math.sin(i * 1.3) + 0.002 * Math.cos(i * 0.7))).toFixed(1));

/** σ annualised: sample stdev of log returns × √8760, in floats. */
function sigmaOf(closes: readonly string[]): number {
  const r = closes.slice(1).map((c, i) => Math.log(Number(c) / Number(closes[i])));
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  return Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1)) * Math.sqrt(8760);
}

const touch = floatTouchProbability;

let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer({
    '/en/futures/BTCUSDT': join(fixtures, 'futures-btcusdt.html'),
    '/fixture-driver.js': join(fixtures, 'fixture-driver.js'),
    '/fixture.css': join(fixtures, 'fixture.css'),
    'fapi.binance.com/fapi/v1/klines': jsonHandler(candleAnswer('binance-usdm', CLOSES, Date.now() - 169 * HOUR)),
  });
  browser = await launchWithExtension({ hosts: ['www.binance.com', 'fapi.binance.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('risk tools', () => {
  it('overlay: the worker fetches a week of 1 h candles and shows the 1 h / 24 h touch probability of the independent computation', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
    const badge = page.locator('[data-liqcheck="position"][data-symbol="BTCUSDT"]');
    await badge.waitFor();
    await badge.locator('[data-liqcheck="toggle"]').click();
    // Only this row is expanded: its details are the page's only risk rows.
    const metric = (name: string) => page.locator(`[data-metric="${name}"]`);
    const touch1h = metric('touch1h');
    await expect.poll(() => touch1h.getAttribute('data-value'), { timeout: 30_000 }).toMatch(/^0\.\d+|^[01]$/);
    const klines = server.requests.filter((r) => r.host === 'fapi.binance.com' && r.path === '/fapi/v1/klines');
    // One request per symbol the page shows (the three position rows), once each.
    expect(klines.map((r) => r.url).sort()).toEqual(['BTCUSDT', 'ETHUSDT', 'SOLUSDT'].map((s) => `/fapi/v1/klines?symbol=${s}&interval=1h&limit=169`));
    const liq = Number(await badge.getAttribute('data-estimate'));
    const mark = Number(await metric('markPrice').getAttribute('data-value'));
    expect(mark).toBe(61000);
    const sigma = sigmaOf(CLOSES);
    expect(Math.abs(Number(await metric('volatility').getAttribute('data-value')) - sigma)).toBeLessThan(1e-9);
    const p1 = Number(await touch1h.getAttribute('data-value'));
    const p24 = Number(await metric('touch24h').getAttribute('data-value'));
    expect(Math.abs(p1 - touch(mark, liq, sigma, 1))).toBeLessThan(1e-9);
    expect(Math.abs(p24 - touch(mark, liq, sigma, 24))).toBeLessThan(1e-9);
    expect(p24).toBeGreaterThan(p1);
    await page.close();
  });

  it('popup: margin to a target, leverage what-if, funding erosion and touch probability on a typed position', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    // D1 (docs/rules/binance.md §8): 1 BTC at 100,000, 10x isolated, margin 10,000 -> 90,361.445783.
    await popup.locator('#calc-size').fill('1');
    await popup.locator('#calc-entryPrice').fill('100000');
    await popup.locator('#calc-markPrice').fill('100000');
    await popup.locator('#calc-leverage').fill('10');
    await expect.poll(async () => Number(await popup.locator('[data-liqcheck="calculator"]').getAttribute('data-estimate'))).toBeCloseTo(90361.445783, 5);

    // Margin to target: LP = (WB − Q·EP)/(Q·MMR − Q) at 85,000 needs WB = 100,000 − 85,000 × 0.996 = 15,340: add 5,340 (one tick of price = 0.996 of margin).
    const target = popup.locator('[data-liqcheck="tool-margin-target"]');
    await popup.locator('#tool-target').fill('85000');
    await expect.poll(async () => Number(await target.getAttribute('data-add-margin'))).toBeGreaterThan(0);
    expect(Math.abs(Number(await target.getAttribute('data-add-margin')) - 5340)).toBeLessThanOrEqual(0.996);
    const reached = Number(await target.getAttribute('data-liquidation'));
    expect(reached).toBeLessThanOrEqual(85000);
    expect(reached).toBeGreaterThanOrEqual(84999);
    expect(await target.textContent()).toContain('Add');
    await popup.locator('#tool-target').fill('101000');
    await expect.poll(() => target.getAttribute('data-reason')).toBe('wrong-side');

    // Leverage what-if: margin = 100,000 / L, LP = (100,000/L − 100,000)/(0.004 − 1) in the first tier.
    const rows = popup.locator('[data-liqcheck="tool-leverage"] tr[data-leverage]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-leverage')))).toEqual(['2', '3', '5', '10', '20', '50']);
    for (const l of [2, 5, 20, 50]) {
      const row = popup.locator(`[data-liqcheck="tool-leverage"] tr[data-leverage="${l}"]`);
      expect(Math.abs(Number(await row.getAttribute('data-liquidation')) - (100000 / l - 100000) / (0.004 - 1))).toBeLessThan(1e-6);
    }

    // Funding: 0.01 % per 8 h on 100,000 pays 10 per interval; (10,000 − 400) / 10 × 8 = 7,680 hours.
    await popup.locator('#tool-funding-rate').fill('0.01');
    const funding = popup.locator('[data-liqcheck="tool-funding"]');
    await expect.poll(() => funding.getAttribute('data-hours')).toBe('7680');
    expect(await funding.textContent()).toContain('7,680');
    await popup.locator('#tool-funding-rate').fill('-0.01');
    await expect.poll(() => funding.getAttribute('data-reason')).toBe('receives');

    // Touch probability with a typed volatility of 60 %.
    const touchTool = popup.locator('[data-liqcheck="tool-touch"]');
    await popup.locator('#tool-volatility').fill('60');
    await expect.poll(() => touchTool.getAttribute('data-volatility')).toBe('0.6');
    const liq = Number(await popup.locator('[data-liqcheck="calculator"]').getAttribute('data-estimate'));
    expect(Math.abs(Number(await touchTool.getAttribute('data-hour1')) - touch(100000, liq, 0.6, 1))).toBeLessThan(1e-9);
    expect(Math.abs(Number(await touchTool.getAttribute('data-hour24')) - touch(100000, liq, 0.6, 24))).toBeLessThan(1e-9);
    expect(await touchTool.textContent()).toContain('zero drift');
    await popup.close();
  });

  it('popup: the touch tool takes the volatility the worker cached for the symbol, with its source and age', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    const touchTool = popup.locator('[data-liqcheck="tool-touch"]');
    // Cached by the overlay test above (BTCUSDT on Binance USDⓈ-M, the calculator's default symbol).
    await expect.poll(async () => Number(await touchTool.getAttribute('data-volatility'))).toBeGreaterThan(0);
    // Shown to 2 decimals of a percent.
    expect(Math.abs(Number(await touchTool.getAttribute('data-volatility')) - sigmaOf(CLOSES))).toBeLessThan(0.00005 + 1e-12);
    expect(await popup.locator('[data-liqcheck="volatility-source"]').textContent()).toMatch(/^from Binance USDⓈ-M 1h klines, \d+ min old$/);
    await popup.close();
  });

  it('popup: filled from a position the tab read, the calculator gives the overlay\'s estimate and the tools run on it', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
    const badge = page.locator('[data-liqcheck="position"][data-symbol="BTCUSDT"]');
    await badge.waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    const tabId = await popup.evaluate(async () => {
      type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      return (await tabs.query({})).find((t) => t.url?.includes('/en/futures/BTCUSDT'))?.id;
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    await popup.locator('[data-liqcheck="prefill"][data-source="BTCUSDT:long"]').click();
    // The fixture's row 1: 0.500 BTC @ 60,000.0, mark 61,000.0, isolated.
    await expect.poll(() => popup.locator('#calc-size').inputValue()).toBe('0.500');
    expect(await popup.locator('#calc-markPrice').inputValue()).toBe('61000.0');
    const overlay = Number(await badge.getAttribute('data-estimate'));
    expect(Math.abs(Number(await popup.locator('[data-liqcheck="calculator"]').getAttribute('data-estimate')) - overlay)).toBeLessThan(1e-9);
    // The touch tool on it: the cached volatility, the same probability as the overlay's.
    const touchTool = popup.locator('[data-liqcheck="tool-touch"]');
    await expect.poll(async () => Number(await touchTool.getAttribute('data-volatility'))).toBeGreaterThan(0);
    const sigma = Number(await touchTool.getAttribute('data-volatility'));
    expect(Math.abs(Number(await touchTool.getAttribute('data-hour24')) - touch(61000, overlay, sigma, 24))).toBeLessThan(1e-9);
    await popup.close();
    await page.close();
  });
});

describe('risk tools in Chinese', () => {
  it('the popup\'s tools speak zh_CN (Chromium takes its UI language from LANGUAGE, with the zh-CN pack)', async () => {
    if (!existsSync(join(dirname(realpathSync(chromiumPath)), 'locales', 'zh-CN.pak')) && !existsSync('/usr/lib/chromium/locales/zh-CN.pak')) {
      throw new Error('Chromium has no zh-CN locale pack: apt-get install -y chromium-l10n');
    }
    const saved = process.env.LANGUAGE;
    process.env.LANGUAGE = 'zh_CN';
    let zh: LaunchedBrowser;
    try {
      zh = await launchWithExtension({ hosts: [], port: server.port, args: ['--lang=zh-CN'] });
    } finally {
      if (saved === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = saved;
    }
    try {
      const popup = await zh.context.newPage();
      await popup.goto(`chrome-extension://${zh.extensionId}/popup/index.html`);
      await popup.locator('#calc-size').fill('1');
      await popup.locator('#calc-entryPrice').fill('100000');
      await popup.locator('#calc-markPrice').fill('100000');
      await popup.locator('#tool-funding-rate').fill('0.01');
      const funding = popup.locator('[data-liqcheck="tool-funding"]');
      await expect.poll(() => funding.getAttribute('data-hours')).toBe('7680');
      expect(await funding.textContent()).toContain('仅靠资金费，7,680 小时（320 天）后降至维持保证金');
      expect(await popup.locator('[data-liqcheck="tool-touch"] h3').textContent()).toBe('标记价格触及强平价格的概率');
      expect(await popup.locator('label[for="calc-size"]').textContent()).toBe('数量（币）');
    } finally {
      await zh.close();
    }
  });
});
