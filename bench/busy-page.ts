// The busy Binance page the browser benchmarks run on: tests/fixtures/binance/busy-futures-btcusdt.html
// (50 updates a second, see busy-driver.js) served on https://www.binance.com, in Debian's Chromium with
// or without the built extension. Nothing else resolves, so the worker's market-data requests fail
// fast and it uses the bundled tables, as in the E2E tests.
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, repoRoot, type LaunchedBrowser } from '../tests/support/browser';
import { startServer, type TestServer } from '../tests/support/https-server';

const fixtures = join(repoRoot, 'tests/fixtures/binance');
export const BUSY_URL = 'https://www.binance.com/en/futures/BTCUSDT';

export function startBusyServer(): Promise<TestServer> {
  return startServer({
    '/en/futures/BTCUSDT': join(fixtures, 'busy-futures-btcusdt.html'),
    '/fixture-driver.js': join(fixtures, 'fixture-driver.js'),
    '/busy-driver.js': join(fixtures, 'busy-driver.js'),
    '/fixture.css': join(fixtures, 'fixture.css'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
}

export function launch(server: TestServer, dist: string, extension: boolean): Promise<LaunchedBrowser> {
  return launchWithExtension({ hosts: ['www.binance.com'], port: server.port, dist, extension });
}

export interface BusyPage {
  page: Page;
  cdp: CDPSession;
}

/**
 * Opens the busy page with a CDP session on it (Performance domain enabled). With the extension, waits
 * until the overlay shows a numeric pre-trade estimate, so measurements start from a working overlay.
 */
export async function openBusyPage(browser: LaunchedBrowser, options: { extension: boolean; still?: boolean }): Promise<BusyPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(options.still ? `${BUSY_URL}?still` : BUSY_URL);
  await page.waitForFunction(() => (window as never as { __busy?: unknown }).__busy !== undefined);
  if (options.extension) await waitForOrderEstimate(page, 20_000);
  return { page, cdp };
}

export async function waitForOrderEstimate(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const value = document.querySelector('liqcheck-order')?.shadowRoot?.querySelector('[data-liqcheck="order"][data-side="long"]')?.getAttribute('data-estimate');
      return value !== undefined && value !== null && /^\d/.test(value);
    },
    undefined,
    { timeout, polling: 50 },
  );
}

export type Metrics = Record<string, number>;

export async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function busyTicks(page: Page): Promise<number> {
  return page.evaluate(() => (window as never as { __busy: { ticks: number } }).__busy.ticks);
}

export async function setBusy(page: Page, running: boolean): Promise<void> {
  await page.evaluate((run) => {
    const busy = (window as never as { __busy: { start(): void; stop(): void } }).__busy;
    if (run) busy.start();
    else busy.stop();
  }, running);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
