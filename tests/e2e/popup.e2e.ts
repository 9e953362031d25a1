// The popup of the built extension: this tab's read status from the content script, and the
// calculator on the model, prefilled from the tab's order form.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeTabId, launchWithExtension, repoRoot, type LaunchedBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/https-server';

const fixtures = join(repoRoot, 'tests/fixtures/binance');
let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer({
    '/en/futures/BTCUSDT': join(fixtures, 'futures-btcusdt.html'),
    '/fixture-driver.js': join(fixtures, 'fixture-driver.js'),
    '/fixture.css': join(fixtures, 'fixture.css'),
  });
  browser = await launchWithExtension({ hosts: ['www.binance.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup', () => {
  it('shows what the page read got, part by part, and prefills the calculator from the order form', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
    await page.locator('[data-liqcheck="position"][data-symbol="BTCUSDT"]').waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    const tabId = await exchangeTabId(popup);
    expect(tabId).toBeTypeOf('number');
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    const status = popup.locator('[data-liqcheck="read-status"]');
    // The fixture's BTCUSDT row shows all its fields, the TP/SL column's take-profit and stop-loss among them.
    await expect.poll(() => status.locator('[data-part="BTCUSDT long"]').textContent()).toBe('BTCUSDT long: read 12 of 12');
    // The order form: the size, price, leverage... and both of the page's own liq rows are read.
    // The stop-loss and take-profit boxes are not ticked on the fixture: named as not set, not as misread.
    const orderForm = (await status.locator('[data-part="Order form"]').textContent()) ?? '';
    expect(orderForm).toMatch(/^Order form: read 8 of 10/);
    expect(orderForm).toContain('stop-loss: not set with this order');
    expect(orderForm).toContain('take-profit: not set with this order');
    // Calculator prefilled with 0.100 BTC at 60,500.0, 20x isolated: margin 302.5 (no open position netted).
    expect(await popup.locator('#calc-size').inputValue()).toBe('0.100');
    expect(await popup.locator('#calc-entryPrice').inputValue()).toBe('60500.0');
    const estimate = Number(await popup.locator('[data-liqcheck="calculator"]').getAttribute('data-estimate'));
    // §2.3 long: (Q·EP − WB) / (Q·(1 − 0.004)), WB = Q·EP/20.
    const expected = (0.1 * 60500 - (0.1 * 60500) / 20) / (0.1 * 0.996);
    expect(Math.abs(estimate - expected)).toBeLessThan(1e-6);
    await popup.close();
    await page.close();
  });

  it('the calculator names a field it cannot use instead of computing from it', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    await popup.locator('#calc-size').fill('abc');
    await popup.locator('#calc-entryPrice').fill('100000');
    await expect.poll(() => popup.locator('[data-liqcheck="calculator"]').textContent()).toContain('Size: "abc" is not a positive number');
    expect(await popup.locator('[data-liqcheck="calculator"]').getAttribute('data-estimate')).toBe('unknown');
    await popup.close();
  });

  // The layout comes from a script the popup injects into the tab on the click (scripting.executeScript).
  it('copies the page layout: the structure and the labels, no digit', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
    await page.locator('[data-liqcheck="position"][data-symbol="BTCUSDT"]').waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    const tabId = await exchangeTabId(popup);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    // The clipboard is the page's own: the test reads what the popup wrote through a stand-in.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    });
    await popup.locator('[data-liqcheck="copy-layout"]').click();
    await expect.poll(() => popup.locator('[data-liqcheck="copy-layout-status"]').getAttribute('data-state')).toMatch(/^copied/);
    const [layout = ''] = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(layout).not.toMatch(/\d/);
    // The fixture's balances and prices are all digits: none is left; the form's labels and inputs are.
    expect(layout).toMatch(/^\s+input/m);
    expect(layout).toMatch(/"[^"]+"/);
    // The overlay's own hosts are not the page's.
    expect(layout).not.toContain('liqcheck-');
    await popup.close();
    await page.close();
  });
});
