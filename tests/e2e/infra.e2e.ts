// Self-test of the real-browser infrastructure (tests/support): the HTTPS fixture server under the
// venues' hostnames, Chromium with an unpacked extension, and stopping the extension's worker.
// It builds its own tiny extension, so it does not depend on the product build.
import { mkdir, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchWithExtension, type LaunchedBrowser } from '../support/browser';
import { injectScriptTags, jsonHandler, startServer, type RouteHandler, type TestServer } from '../support/https-server';

const pageTitle = 'Probe BTCUSDT Perpetual';

const probeManifest = {
  manifest_version: 3,
  name: 'Liqcheck infra probe',
  version: '0.0.1',
  background: { service_worker: 'worker.js' },
  content_scripts: [{ matches: ['https://www.binance.com/*'], js: ['content.js'], run_at: 'document_idle' }],
};

// The worker draws a fresh id on every start; the content script asks for it, so the page shows
// which worker instance answered.
const probeWorker = `
self.bootId = crypto.randomUUID();
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message === 'boot-id?') sendResponse(self.bootId);
});
`;
const probeContent = `
document.documentElement.dataset.probe = 'ok';
chrome.runtime.sendMessage('boot-id?').then((id) => { document.documentElement.dataset.bootId = id; });
`;

function htmlHandler(html: string): RouteHandler {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  };
}

let workDir: string;
let server: TestServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'liqcheck-infra-'));
  const extensionDir = join(workDir, 'extension');
  await mkdir(extensionDir);
  await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify(probeManifest));
  await writeFile(join(extensionDir, 'worker.js'), probeWorker);
  await writeFile(join(extensionDir, 'content.js'), probeContent);

  const pageFile = join(workDir, 'futures.html');
  await writeFile(pageFile, `<!doctype html><html><head><title>${pageTitle}</title></head><body><h1>BTCUSDT</h1></body></html>`);
  const injectedFile = join(workDir, 'injected.js');
  await writeFile(injectedFile, 'document.documentElement.dataset.injected = "yes";');

  server = await startServer(
    {
      '/en/futures/BTCUSDT': pageFile,
      '/__test/injected.js': injectedFile,
      '/__demo/market.js': fileURLToPath(new URL('../../demo/market.js', import.meta.url)),
      '/en/futures/ETHUSDT': htmlHandler(`<title>market</title><div data-fx="mark">61,000.0</div>
        <script>window.__calls = []; window.__symbols = [];
          window.__fixture = { setMarkPrice: (text, symbol) => { window.__calls.push(text); window.__symbols.push(symbol); } };</script>
        <script src="/__demo/market.js?seed=7"></script>`),
      '/demo/without-fixture': htmlHandler('<title>market</title><div data-fx="mark">61,000.0</div><script src="/__demo/market.js"></script>'),
      '/demo/without-price': htmlHandler(`<title>market</title>
        <script>window.__calls = []; window.__fixture = { setMarkPrice: (text) => window.__calls.push(text) };</script>
        <script src="/__demo/market.js"></script>`),
      'fapi.binance.com/fapi/v1/premiumIndex': jsonHandler({ symbol: 'BTCUSDT', markPrice: '60000.10' }),
      '/broken': htmlHandler('<!doctype html><title>broken</title><script>console.error("logged on purpose"); throw new Error("thrown on purpose");</script>'),
    },
    { injectScripts: ['/__test/injected.js'] },
  );
  browser = await launchWithExtension({
    dist: extensionDir,
    hosts: ['www.binance.com', 'fapi.binance.com'],
    port: server.port,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A GET from Node that trusts only the test certificate and checks it covers `host`. */
async function getTrustingTestCert(host: string, path: string): Promise<{ status: number; body: string }> {
  const ca = await readFile(new URL('../support/certs/cert.pem', import.meta.url));
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, servername: host, headers: { host }, ca },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('https fixture server', () => {
  it.each(['www.binance.com', 'fapi.binance.com', 'www.bybit.com', 'api.bybit.com', 'www.okx.com', 'app.hyperliquid.xyz', 'api.hyperliquid.xyz', 'www.bitget.com', 'api.bitget.com'])(
    'presents a certificate valid for %s',
    async (host) => {
      const { status } = await getTrustingTestCert(host, '/nothing-here');
      expect(status).toBe(404);
    },
  );

  it('routes host + path before plain paths, ignores the query string, and records traffic', async () => {
    const api = await getTrustingTestCert('fapi.binance.com', '/fapi/v1/premiumIndex?symbol=BTCUSDT');
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body)).toEqual({ symbol: 'BTCUSDT', markPrice: '60000.10' });
    const elsewhere = await getTrustingTestCert('api.bybit.com', '/fapi/v1/premiumIndex');
    expect(elsewhere.status).toBe(404);
    expect(server.requests).toContainEqual(
      expect.objectContaining({ host: 'fapi.binance.com', path: '/fapi/v1/premiumIndex', url: '/fapi/v1/premiumIndex?symbol=BTCUSDT', status: 200 }),
    );
    expect(server.requests).toContainEqual(expect.objectContaining({ host: 'api.bybit.com', path: '/fapi/v1/premiumIndex', status: 404 }));
  });

  it('injects script tags before the last </body>, or at the end without one', () => {
    expect(injectScriptTags('<body><p>x</p></body></html>', ['/a.js'])).toBe('<body><p>x</p><script src="/a.js"></script>\n</body></html>');
    expect(injectScriptTags('<p>x</p>', ['/a.js', '/b.js'])).toBe('<p>x</p>\n<script src="/a.js"></script>\n<script src="/b.js"></script>\n');
    expect(injectScriptTags('<p>x</p>', [])).toBe('<p>x</p>');
  });
});

describe('chromium with an unpacked extension', () => {
  it('finds the extension id from its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('loads https://www.binance.com/... from the local server, over HTTPS, with the content script', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto('https://www.binance.com/en/futures/BTCUSDT?type=perpetual');
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe(pageTitle);
    expect(new URL(page.url()).origin).toBe('https://www.binance.com');
    const security = await response?.securityDetails();
    expect(security?.subjectName).toBe('Liqcheck E2E test venues');
    expect(server.requests).toContainEqual(expect.objectContaining({ host: 'www.binance.com', path: '/en/futures/BTCUSDT', status: 200 }));

    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.probe)).toBe('ok');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.injected)).toBe('yes');
    await page.close();
  });

  it('stopWorker() stops the worker; the next message wakes a fresh one', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.binance.com/en/futures/BTCUSDT');
    const readBootId = () => page.evaluate(() => document.documentElement.dataset.bootId ?? '');
    await expect.poll(readBootId).not.toBe('');
    const firstBoot = await readBootId();

    const readWorkerBootId = () => browser.worker()?.evaluate(() => (self as unknown as { bootId: string }).bootId);
    expect(await browser.workerStatus()).toBe('running');
    expect(await readWorkerBootId()).toBe(firstBoot);

    await browser.stopWorker();
    expect(await browser.workerStatus()).toBe('stopped');

    await page.reload();
    await expect.poll(readBootId).not.toBe('');
    const secondBoot = await readBootId();
    expect(secondBoot).not.toBe(firstBoot);
    expect(await browser.workerStatus()).toBe('running');
    expect(await readWorkerBootId()).toBe(secondBoot);
    await page.close();
  });

  it('never reaches hosts that are not mapped to the server', async () => {
    const page = await browser.context.newPage();
    // The recording proxy refuses the tunnel (and logs it); without a proxy the resolver rules would.
    await expect(page.goto('https://www.bybit.com/trade/usdt/BTCUSDT')).rejects.toThrow(/ERR_TUNNEL_CONNECTION_FAILED|ERR_NAME_NOT_RESOLVED/);
    expect(browser.proxied).toContainEqual({ target: 'www.bybit.com:443', allowed: false });
    await page.close();
  });

  it('collectPageErrors records uncaught exceptions and console errors', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://www.binance.com/broken');
    await expect.poll(() => errors.length).toBe(2);
    expect(errors).toContainEqual(expect.objectContaining({ kind: 'console', text: 'logged on purpose' }));
    expect(errors).toContainEqual(expect.objectContaining({ kind: 'pageerror', text: expect.stringContaining('thrown on purpose') }));
    await page.close();
  });
});

describe('demo/market.js, the simulated market', () => {
  type MarketPage = { __calls?: string[]; __symbols?: string[]; __liqcheckDemoMarket?: { ticks: number; stopped: boolean } };

  it('walks the mark price from the fixture\'s own figure, in the page\'s format, in small steps, for the page\'s symbol', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://www.binance.com/en/futures/ETHUSDT');
    await expect.poll(() => page.evaluate(() => (window as MarketPage).__calls?.length ?? 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const calls = await page.evaluate(() => (window as MarketPage).__calls ?? []);
    const prices = calls.map((text) => {
      expect(text).toMatch(/^\d{1,3}(,\d{3})*\.\d$/); // grouped thousands, one decimal, like "61,000.0"
      return Number(text.replace(/,/g, ''));
    });
    let previous = 61_000;
    for (const price of prices) {
      expect(Math.abs(price - previous)).toBeLessThanOrEqual(previous * 0.001); // at most 0.1 % per tick
      previous = price;
    }
    expect(new Set(prices).size).toBeGreaterThan(1);
    // The page's symbol goes along, so a fixture can move that symbol's cells only.
    expect(new Set(await page.evaluate(() => (window as MarketPage).__symbols))).toEqual(new Set(['ETHUSDT']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does nothing without window.__fixture, or without a starting price', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://www.binance.com/demo/without-fixture');
    // Each tick looks for window.__fixture first: a getter that counts the looks (and still gives
    // undefined) shows the market has ticked twice since.
    type Counted = MarketPage & { __looks?: number };
    await page.evaluate(() => {
      const w = window as Counted;
      w.__looks = 0;
      Object.defineProperty(window, '__fixture', { configurable: true, get: () => void (w.__looks = (w.__looks ?? 0) + 1) });
    });
    await expect.poll(() => page.evaluate(() => (window as Counted).__looks), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as MarketPage).__liqcheckDemoMarket?.ticks)).toBe(0);
    expect(await page.locator('[data-fx="mark"]').textContent()).toBe('61,000.0');

    await page.goto('https://www.binance.com/demo/without-price');
    await expect.poll(() => page.evaluate(() => (window as MarketPage).__liqcheckDemoMarket?.stopped)).toBe(true);
    expect(await page.evaluate(() => (window as MarketPage).__calls)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
