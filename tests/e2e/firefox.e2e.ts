// Firefox smoke test: the built extension (dist/firefox) in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (tests/support/firefox.ts), on the Binance and Bybit fixture
// pages served under the venues' real hostnames. Expected numbers are computed here from the
// references, from the inputs each fixture page shows:
// - Binance (docs/rules/binance.md §2.3, BTCUSDT/ETHUSDT tier 1 of 2026-09-16: MMR 0.4 %, cum 0);
// - Bybit (docs/rules/bybit-okx-bitget.md §2.3, current rule with MM at mark; BTCUSDT tier 1 of §2.6:
//   MMR 0.50 %, deduction 0; the fee to close sits in both IM and MM and cancels out).
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/browser';
import {
  collectFirefoxPageErrors,
  eventPageLoaded,
  EXTENSION_ID,
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxPageError,
  type LaunchedFirefox,
} from '../support/firefox';
import { startServer, type TestServer } from '../support/https-server';

const D = Decimal.clone({ precision: 40 });

/** Binance §2.3, one position in tier 1 (cum 0), wallet = the isolated wallet or the cross wallet. */
const BINANCE_MMR = new D('0.004');
const binanceLong = (q: Decimal.Value, ep: Decimal.Value, wb: Decimal.Value) =>
  new D(q).mul(ep).sub(wb).div(new D(q).mul(new D(1).sub(BINANCE_MMR)));
const binanceShort = (q: Decimal.Value, ep: Decimal.Value, wb: Decimal.Value) =>
  new D(q).mul(ep).add(wb).div(new D(q).mul(new D(1).add(BINANCE_MMR)));

/** Bybit §2.3 V3, isolated, margin M = Q·EP/L (no extra margin), tier 1 (deduction 0). */
const BYBIT_MMR = new D('0.005');
const bybitLong = (q: Decimal.Value, qEp: Decimal.Value, margin: Decimal.Value) =>
  new D(qEp).sub(margin).div(new D(q).mul(new D(1).sub(BYBIT_MMR)));
const bybitShort = (q: Decimal.Value, qEp: Decimal.Value, margin: Decimal.Value) =>
  new D(qEp).add(margin).div(new D(q).mul(new D(1).add(BYBIT_MMR)));
/**
 * §2.2: Bybit's IM column is the margin M plus the fee to close (f = 0.055 %) at the bankruptcy value,
 * for a short Q·EP + M, so M = (IM − f·Q·EP) / (1 + f). The page shows IM to the cent, so M comes from
 * the rounded figure, as the extension must take it.
 */
const BYBIT_FEE = new D('0.00055');
const bybitShortMarginFromIm = (im: Decimal.Value, qEp: Decimal.Value) => new D(im).sub(BYBIT_FEE.mul(qEp)).div(BYBIT_FEE.add(1));

/**
 * The hosts the extension may reach in these tests; anything else the proxy refuses. api.bybit.com
 * answers 404 (no route), as www.binance.com does for the bapi tier feed: both venues estimate on
 * their bundled tier tables and say the refresh failed. fapi.binance.com answers 404 to the risk
 * tools' candle request likewise (no volatility: the touch probability says why).
 */
const TEST_HOSTS = ['www.binance.com', 'fapi.binance.com', 'www.bybit.com', 'api.bybit.com'];
/** Real exchange and API hosts the extension knows: none may be asked for outside TEST_HOSTS. */
const VENUE_HOST = /binance|bybit|okx|hyperliquid|bitget/i;

let server: TestServer;
let firefox: LaunchedFirefox;

beforeAll(async () => {
  const binance = join(repoRoot, 'tests/fixtures/binance');
  const bybit = join(repoRoot, 'tests/fixtures/bybit');
  server = await startServer({
    'www.binance.com/en/futures/BTCUSDT': join(binance, 'futures-btcusdt.html'),
    'www.binance.com/fixture-driver.js': join(binance, 'fixture-driver.js'),
    'www.binance.com/fixture.css': join(binance, 'fixture.css'),
    'www.bybit.com/trade/usdt/BTCUSDT': join(bybit, 'trade-usdt-btcusdt.html'),
    'www.bybit.com/fixture-driver.js': join(bybit, 'fixture-driver.js'),
    'www.bybit.com/fixture.css': join(bybit, 'fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  firefox = await launchFirefoxWithExtension({ hosts: TEST_HOSTS, port: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function open(url: string): Promise<{ page: Page; errors: FirefoxPageError[] }> {
  const page = await firefox.newPage();
  const errors = collectFirefoxPageErrors(page);
  await page.goto(url);
  return { page, errors };
}

/**
 * The attributes of every overlay element matching `selector`, looked up through open shadow roots.
 * A string, not a function: the test transform may wrap named functions in helpers the page lacks.
 */
async function overlay(page: Page, selector: string): Promise<Record<string, string>[]> {
  const script = `(() => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(${JSON.stringify(selector)})) {
          const attributes = {};
          for (const a of el.attributes) attributes[a.name] = a.value;
          attributes['#text'] = el.textContent || '';
          found.push(attributes);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  })()`;
  return page.evaluate(script) as Promise<Record<string, string>[]>;
}

/** The one overlay element matching `selector`, once there is exactly one. */
async function one(page: Page, selector: string): Promise<Record<string, string>> {
  let found: Record<string, string>[] = [];
  await expect.poll(async () => (found = await overlay(page, selector)).length, { timeout: 30_000, interval: 100 }).toBe(1);
  return found[0]!;
}

/** Waits until the element's data-estimate is a decimal within 1e-9 (relative) of `expected`. */
async function expectEstimate(page: Page, selector: string, expected: Decimal): Promise<void> {
  await expect
    .poll(
      async () => {
        const [element] = await overlay(page, selector);
        const value = element?.['data-estimate'];
        if (value === undefined || !/^-?\d/.test(value)) return `not a number yet: ${value}`;
        return new D(value).sub(expected).abs().lte(expected.abs().mul('1e-9')) ? 'close' : `${value} != ${expected.toString()}`;
      },
      { timeout: 30_000, interval: 100 },
    )
    .toBe('close');
}

const position = (symbol: string, side?: 'long' | 'short') =>
  `[data-liqcheck="position"][data-symbol="${symbol}"]${side ? `[data-side="${side}"]` : ''}`;
const order = (side: 'long' | 'short') => `[data-liqcheck="order"][data-side="${side}"]`;

it('installs dist/firefox under its gecko id', () => {
  expect(firefox.extensionId).toBe(EXTENSION_ID);
});

describe('Binance, https://www.binance.com/en/futures/BTCUSDT', () => {
  let page: Page;
  let errors: FirefoxPageError[];
  beforeAll(async () => {
    ({ page, errors } = await open('https://www.binance.com/en/futures/BTCUSDT'));
  });

  it('BTCUSDT isolated long: the estimate of §2.3, agreeing with the page', async () => {
    // 0.5 BTC @ 60,000.0, Margin 2,000.00 with PNL +500.00 at mark 61,000.0: isolated wallet 1,500.
    await expectEstimate(page, position('BTCUSDT'), binanceLong('0.5', '60000', '1500'));
    const badge = await one(page, position('BTCUSDT'));
    expect(badge['data-verdict']).toBe('agree');
    expect(badge['data-side']).toBe('long');
    expect(badge['data-displayed']).toBe('57228.9');
  });

  it('ETHUSDT cross short: wallet 8,000 minus the isolated wallets; the page figure differs', async () => {
    await expectEstimate(page, position('ETHUSDT'), binanceShort('4', '3000', '5000'));
    expect((await one(page, position('ETHUSDT')))['data-verdict']).toBe('differs');
  });

  it('SOLUSDT: on its bundled 2024-10-24 table a 1x long (wallet = Q·EP) has no liquidation price, as the page says', async () => {
    await expect.poll(async () => (await one(page, position('SOLUSDT')))['data-estimate'], { timeout: 30_000 }).toBe('none');
    expect((await one(page, position('SOLUSDT')))['data-verdict']).toBe('agree');
  });

  it('pre-trade, limit 0.100 BTC at 60,500.0, 20x isolated, netted into the open long; follows a size change', async () => {
    await expectEstimate(page, order('long'), binanceLong('0.6', new D(36050).div('0.6'), '1802.5'));
    await expectEstimate(page, order('short'), binanceLong('0.4', '60000', '1200'));
    await page.evaluate(`window.__fixture.setSize('0.300')`);
    // Long: Q 0.8, entry (30,000 + 18,150) / 0.8, wallet 1,500 + 18,150 / 20.
    await expectEstimate(page, order('long'), binanceLong('0.8', new D(48150).div('0.8'), new D(1500).add(new D(18150).div(20))));
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('Bybit, https://www.bybit.com/trade/usdt/BTCUSDT (hedge mode)', () => {
  let page: Page;
  let errors: FirefoxPageError[];
  beforeAll(async () => {
    ({ page, errors } = await open('https://www.bybit.com/trade/usdt/BTCUSDT'));
  });

  it('shows a badge on every row, each with a verdict', async () => {
    await expect.poll(async () => (await overlay(page, '[data-liqcheck="position"]')).length, { timeout: 30_000 }).toBe(3);
    await expect
      .poll(async () => (await overlay(page, '[data-liqcheck="position"]')).map((b) => b['data-verdict']).sort(), { timeout: 30_000 })
      // ETHUSDT cross: Bybit's bundled table of 2025-12-29 gives about 4,125, not the page's illustrative 3,512.40.
      .toEqual(['agree', 'differs', 'differs']);
  });

  it('BTCUSDT isolated long 10x, 0.5 @ 60,000: the V3 estimate, agreeing with the page', async () => {
    await expectEstimate(page, position('BTCUSDT', 'long'), bybitLong('0.5', '30000', '3000'));
    expect((await one(page, position('BTCUSDT', 'long')))['data-verdict']).toBe('agree');
  });

  // IM 1,247.50 shown: margin 1,240 up to the cent the page rounds the fee (7.502) to.
  const shortMargin = bybitShortMarginFromIm('1247.50', '12400');

  it('BTCUSDT isolated short 10x, 0.2 @ 62,000, IM 1,247.50: the V3 estimate; the page shows 69,000.0, which differs', async () => {
    await expectEstimate(page, position('BTCUSDT', 'short'), bybitShort('0.2', '12400', shortMargin));
    const badge = await one(page, position('BTCUSDT', 'short'));
    expect(badge['data-verdict']).toBe('differs');
    expect(badge['data-displayed']).toBe('69000.0');
  });

  it('pre-trade, limit 0.100 BTC at 60,500.0, 10x, hedge mode: each side adds to its own leg', async () => {
    // Long: Q 0.6, Q·EP 30,000 + 6,050, margin 3,000 + 605. Short: Q 0.3, Q·EP 12,400 + 6,050, margin (from IM) + 605.
    await expectEstimate(page, order('long'), bybitLong('0.6', '36050', '3605'));
    await expectEstimate(page, order('short'), bybitShort('0.3', '18450', shortMargin.add(605)));
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('the event page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await firefox.newPage();
    await openExtensionPage(page, '/popup/index.html');
  });

  it('holds the host permissions of the pages, so the content scripts may run', async () => {
    // Firefox keeps only the origin of a host permission (https://www.binance.com/*); contains() asks
    // with the manifest's own patterns.
    const ask = (origins: string[]) => page.evaluate(`browser.permissions.contains({ origins: ${JSON.stringify(origins)} })`);
    expect(await ask(['https://www.binance.com/*/futures/*', 'https://www.bybit.com/trade/usdt/*'])).toBe(true);
    // And the check can fail: a host not in the manifest is not held.
    expect(await ask(['https://www.example.com/*'])).toBe(false);
  });

  it('answers a snapshot sent from an extension page with the §2.3 estimate', async () => {
    const snapshot = {
      venue: 'binance-usdm',
      symbol: 'BTCUSDT',
      market: { markPrice: { ok: true, value: '61000' } },
      order: null,
      account: null,
      positions: {
        declaredCount: { ok: true, value: 1 },
        rows: [
          {
            key: 'BTCUSDT:long',
            symbol: 'BTCUSDT',
            side: { ok: true, value: 'long' },
            marginMode: { ok: true, value: 'isolated' },
            leverage: { ok: true, value: '20' },
            size: { ok: true, value: { amount: '0.5', unit: 'base' } },
            entryPrice: { ok: true, value: '60000' },
            markPrice: { ok: true, value: '61000' },
            liquidationPrice: { ok: true, value: '57228.9' },
            margin: { ok: true, value: '2000' },
            marginRatio: { ok: false, reason: 'not shown' },
          },
        ],
      },
    };
    const message = { type: 'snapshot', v: 1, seq: 7, snapshot };
    const reply = (await page.evaluate(`browser.runtime.sendMessage(${JSON.stringify(message)})`)) as {
      type: string;
      seq: number;
      result?: { positions: { estimate: string; verdict: string }[] };
    };
    expect(reply.type).toBe('estimates');
    expect(reply.seq).toBe(7);
    const estimate = reply.result?.positions[0]?.estimate ?? 'missing';
    const expected = binanceLong('0.5', '60000', '1500');
    expect(new D(estimate).sub(expected).abs().lte(expected.mul('1e-9'))).toBe(true);
    expect(reply.result?.positions[0]?.verdict).toBe('agree');
  });

  it('answers a message it does not know with a typed error, not silence', async () => {
    const reply = (await page.evaluate(`browser.runtime.sendMessage({ type: 'ping', seq: 3 })`)) as { type: string; seq: number; error: { code: string } };
    expect(reply).toMatchObject({ type: 'error', seq: 3, error: { code: 'unknown-type' } });
  });
});

describe("the popup's Copy page layout: a script injected into the tab on the click", () => {
  it('copies the structure and the labels, no digit, none of our hosts', async () => {
    const { page } = await open('https://www.binance.com/en/futures/BTCUSDT');
    // The content script has read the page: the popup then offers the button.
    await one(page, position('BTCUSDT'));
    const popup = await firefox.newPage();
    await openExtensionPage(popup, '/popup/index.html');
    const tabId = (await popup.evaluate(`browser.tabs.query({ url: 'https://www.binance.com/*' }).then((tabs) => tabs[0].id)`)) as number;
    await openExtensionPage(popup, `/popup/index.html?tab=${tabId}`);
    // The clipboard is the page's own: the test reads what the popup wrote through a stand-in.
    await popup.evaluate(`(() => {
      window.copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text) => void window.copied.push(text) } });
    })()`);
    // An element handle's click, not a Locator's: on Firefox ESR 140.12 the Locator waited 30 s for
    // the button to count as stable and never clicked; the handle's click took 0.35 s.
    await (await popup.waitForSelector('[data-liqcheck="copy-layout"]'))!.click();
    const state = () => popup.evaluate(`document.querySelector('[data-liqcheck="copy-layout-status"]')?.getAttribute('data-state') ?? 'none'`);
    await expect.poll(state, { timeout: 30_000, interval: 100 }).toMatch(/^copied/);
    const layout = (await popup.evaluate('window.copied[0] ?? ""')) as string;
    expect(layout).not.toMatch(/\d/);
    expect(layout).toMatch(/^\s+input/m);
    expect(layout).toMatch(/"[^"]+"/);
    expect(layout).not.toContain('liqcheck-');
    await popup.close();
    await page.close();
  });
});

describe('the event page, suspended when idle (extensions.background.idle.timeout 1 s)', () => {
  // A Firefox of its own: the idle timeout is a launch pref. Firefox suspends the event page even
  // while the content script's port is open; the next snapshot must wake it and get an answer.
  let idle: LaunchedFirefox;
  let page: Page;
  let extensionPage: Page;
  let errors: FirefoxPageError[];
  beforeAll(async () => {
    idle = await launchFirefoxWithExtension({ hosts: TEST_HOSTS, port: server.port, prefs: { 'extensions.background.idle.timeout': 1000 } });
    extensionPage = await idle.newPage();
    await openExtensionPage(extensionPage, '/popup/index.html');
    page = await idle.newPage();
    errors = collectFirefoxPageErrors(page);
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
  });
  afterAll(async () => {
    await idle?.close();
  });

  it('answers the page, is suspended when idle, and wakes to answer the next change', async () => {
    await expectEstimate(page, order('long'), binanceLong('0.6', new D(36050).div('0.6'), '1802.5'));
    await expect.poll(() => eventPageLoaded(extensionPage), { timeout: 30_000, interval: 200 }).toBe(false);

    await page.evaluate(`window.__fixture.setSize('0.200')`);
    // Long: Q 0.7, entry (30,000 + 12,100) / 0.7, wallet 1,500 + 12,100 / 20.
    await expectEstimate(page, order('long'), binanceLong('0.7', new D(42100).div('0.7'), '2105'));
    expect((await one(page, order('long')))['data-stale']).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

it('never asked for a real exchange or API host outside the test hosts', () => {
  const escaped = firefox.proxied.filter((request) => !request.allowed && VENUE_HOST.test(request.target));
  expect(escaped).toEqual([]);
  // The proxy did carry the pages: the mapping is what the tests above ran on.
  expect(firefox.proxied).toContainEqual({ target: 'www.bybit.com:443', allowed: true });
});
