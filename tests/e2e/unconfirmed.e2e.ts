// Bitget's page reading has no real page behind it: in the built extension, every Bitget badge and
// the order panel carry the quiet "unconfirmed" mark, and another venue's page does not.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, repoRoot, type LaunchedBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/https-server';

const fixtures = join(repoRoot, 'tests/fixtures');
let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer({
    'www.bitget.com/futures/usdt/BTCUSDT': join(fixtures, 'bitget/futures-usdt-btcusdt.html'),
    'www.bitget.com/fixture-driver.js': join(fixtures, 'bitget/fixture-driver.js'),
    'www.bitget.com/fixture.css': join(fixtures, 'bitget/fixture.css'),
    'www.binance.com/en/futures/BTCUSDT': join(fixtures, 'binance/futures-btcusdt.html'),
    'www.binance.com/fixture-driver.js': join(fixtures, 'binance/fixture-driver.js'),
    'www.binance.com/fixture.css': join(fixtures, 'binance/fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  browser = await launchWithExtension({ hosts: ['www.bitget.com', 'api.bitget.com', 'www.binance.com'], port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('unconfirmed page reading', () => {
  it('marks every Bitget badge and the order panel, and no Binance one', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.bitget.com/futures/usdt/BTCUSDT');
    const badges = page.locator('[data-liqcheck="position"]');
    await badges.first().waitFor();
    await expect.poll(async () => {
      const total = await badges.count();
      const marked = await page.locator('[data-liqcheck="position"] [data-liqcheck="unconfirmed"]').count();
      return total > 0 && marked === total;
    }).toBe(true);
    await expect.poll(() => page.locator('[data-liqcheck="order-panel"] [data-liqcheck="unconfirmed-note"]').textContent()).toBe("This exchange's page reading is unconfirmed: no real page has been checked");
    await page.close();

    const binance = await browser.context.newPage();
    await binance.goto('https://www.binance.com/en/futures/BTCUSDT');
    await binance.locator('[data-liqcheck="position"][data-symbol="BTCUSDT"]').waitFor();
    await binance.locator('[data-liqcheck="order-panel"]').waitFor();
    expect(await binance.locator('[data-liqcheck="unconfirmed"]').count()).toBe(0);
    await binance.close();
  });
});
