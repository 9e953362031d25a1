// npm run demo: shows Liqcheck at work on the Binance fixture pages, on a fresh machine, offline.
//
// Serves tests/fixtures/binance/ at https://www.binance.com/en/futures/<SYMBOL> (and the Chinese page
// at /zh-CN/futures/<SYMBOL>) from a local HTTPS server, injects demo/market.js (a simulated market
// that moves the mark price), and opens Chromium with dist/chrome.
// - With a display (DISPLAY set): a normal window; runs until the browser is closed.
// - Without one: headless; waits for the overlay, writes screenshots and an overlay summary to
//   demo-output/, and exits 0, or non-zero with the reason when the overlay never appears.
//
// After the Binance screenshots, headless runs also write one screenshot (and overlay summary) per other
// venue whose fixture exists: Bybit, OKX, Hyperliquid (and Bitget, Binance COIN-M once their fixtures
// land), each served on its real hostname. --venue <name> demos that venue alone (headless: its
// screenshot only; with a display: its page in a window); --venue binance (default) is the above.
//
// Options: --venue binance|bybit|bybit-inverse|okx|hyperliquid|bitget|binance-coinm,
// --fixture <file.html> (default futures-btcusdt.html), --zh-fixture <file.html>,
// --symbol <SYMBOL> (default BTCUSDT), --locale en|zh-CN, --fixtures <dir>, --dist <dir>,
// --out <dir>, --timeout <ms>, --headless / --headful, --seed <n> (replay a market), --start <price>
// (the market's first price when the fixture does not show one).
//
// --screenshots <dir>: the store screenshots (headless, 1280x800, the size both stores take): one
// <dir>/<page>.png per page shown, beside the usual output. Retake them all with
//   npm run demo -- --screenshots docs/screenshots
// --dist defaults to $LIQCHECK_DIST_ROOT/chrome when that is set (npm run demo builds there too).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { collectPageErrors, exchangeTabId, launchWithExtension, repoRoot, type LaunchedBrowser } from '../tests/support/browser';
import { jsonHandler, startServer, type Routes, type TestServer } from '../tests/support/https-server';
import { bapiBrackets } from '../src/market-data/testing/venue-answers';
import { bundledTable } from '../src/data';
import { FIXTURES_DIR } from '../src/sites/testing/fixture-pages';
import { FIXTURE_VARIANTS } from '../src/sites/testing/fixture-variants';
import type { Tier } from '../src/model/types';

const marketScriptPath = '/__liqcheck-demo/market.js';

const { values: options } = parseArgs({
  options: {
    venue: { type: 'string', default: 'binance' },
    fixture: { type: 'string', default: 'futures-btcusdt.html' },
    'zh-fixture': { type: 'string' },
    symbol: { type: 'string', default: 'BTCUSDT' },
    locale: { type: 'string', default: 'en' },
    fixtures: { type: 'string', default: 'tests/fixtures/binance' },
    dist: { type: 'string', default: join(process.env.LIQCHECK_DIST_ROOT ?? 'dist', 'chrome') },
    out: { type: 'string', default: 'demo-output' },
    timeout: { type: 'string', default: '20000' },
    headless: { type: 'boolean' },
    headful: { type: 'boolean' },
    seed: { type: 'string' },
    start: { type: 'string' },
    screenshots: { type: 'string' },
  },
});

const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(repoRoot, path));
const fixtureDir = fromRoot(options.fixtures);
const distDir = fromRoot(options.dist);
const outDir = fromRoot(options.out);
const overlayTimeout = Number(options.timeout) || 20_000;
const screenshotDir = options.screenshots ? fromRoot(options.screenshots) : undefined;
const headless = screenshotDir || options.headless ? true : options.headful ? false : !process.env.DISPLAY;
// Store screenshots are 1280x800 (Chrome Web Store; addons.mozilla.org takes any size).
const viewport = screenshotDir ? { width: 1280, height: 800 } : { width: 1440, height: 900 };
const STORE_ZOOM = 0.8;
const symbol = options.symbol.toUpperCase();

/** The other venues' demo pages: each venue's default fixture on its real hostname. */
interface VenuePage {
  host: string;
  path: string;
  dir: string;
  file: string;
}
const OTHER_VENUES: Record<string, VenuePage> = {
  bybit: { host: 'www.bybit.com', path: '/trade/usdt/BTCUSDT', dir: 'tests/fixtures/bybit', file: 'trade-usdt-btcusdt.html' },
  'bybit-inverse': { host: 'www.bybit.com', path: '/en/trade/inverse/BTCUSD', dir: 'tests/fixtures/bybit', file: 'trade-inverse-btcusd.html' },
  okx: { host: 'www.okx.com', path: '/trade-swap/btc-usdt-swap', dir: 'tests/fixtures/okx', file: 'trade-swap-btc-usdt-swap.html' },
  hyperliquid: { host: 'app.hyperliquid.xyz', path: '/trade/BTC', dir: 'tests/fixtures/hyperliquid', file: 'trade-btc.html' },
  bitget: { host: 'www.bitget.com', path: '/futures/usdt/BTCUSDT', dir: 'tests/fixtures/bitget', file: 'futures-usdt-btcusdt.html' },
  'binance-coinm': { host: 'www.binance.com', path: '/en/delivery/BTCUSD_PERP', dir: 'tests/fixtures/binance', file: 'delivery-btcusd-perp.html' },
};
const venueName = options.venue.toLowerCase();
if (venueName !== 'binance' && !OTHER_VENUES[venueName]) {
  console.error(`demo: unknown --venue ${options.venue} (one of binance, ${Object.keys(OTHER_VENUES).join(', ')})`);
  process.exit(2);
}
const hasFixture = (v: VenuePage) => existsSync(join(fromRoot(v.dir), v.file));
/** The other venues this run shows: the one asked for, or by default every one whose fixture exists. */
const otherVenues = Object.entries(OTHER_VENUES).filter(([name, v]) => (venueName === 'binance' ? hasFixture(v) : name === venueName));

function fail(message: string, code = 2): never {
  console.error(`demo: ${message}`);
  process.exit(code);
}

/** The zh page: --zh-fixture, else the first .html in the folder with "zh" in its name. */
function findZhFixture(files: string[]): string | undefined {
  if (options['zh-fixture']) return options['zh-fixture'];
  return files.find((name) => /\.html?$/i.test(name) && /(^|[-_.])zh([-_.]|$)/i.test(name));
}

function variantNamesIn(dir: string): string[] {
  return Object.keys(FIXTURE_VARIANTS)
    .map((key) => join(FIXTURES_DIR, key))
    .filter((path) => dirname(path) === dir)
    .map((path) => basename(path));
}

function buildRoutes(): { routes: Routes; zhFixture?: string } {
  if (!existsSync(fixtureDir)) fail(`no fixture folder at ${fixtureDir}`);
  // The files, and the pages built from them (fixture-variants.ts), which the fixture server serves by path.
  const files = readdirSync(fixtureDir)
    .filter((name) => statSync(join(fixtureDir, name)).isFile())
    .concat(variantNamesIn(fixtureDir));
  if (!files.includes(options.fixture)) fail(`no fixture ${options.fixture} in ${fixtureDir} (found: ${files.join(', ') || 'nothing'})`);
  const zhFixture = findZhFixture(files);

  const routes: Routes = {
    [marketScriptPath]: join(repoRoot, 'demo/market.js'),
    // The browser asks for it on every page; a 404 would show up as a console error.
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  };
  // Fixture assets (scripts, styles) are reachable by relative and by root-relative URLs.
  for (const name of files) {
    for (const prefix of ['/', '/en/futures/', '/zh-CN/futures/']) routes[`${prefix}${name}`] = join(fixtureDir, name);
  }
  routes[`/en/futures/${symbol}`] = join(fixtureDir, options.fixture);
  // A stand-in for Binance's public brackets feed, serving the bundled tables, so the demo's badges
  // show a table refreshed as on a live page rather than "refresh failed" (the other venues' APIs
  // are not served: their badges say the refresh failed and keep the bundled table).
  const tables: Record<string, Tier[]> = {};
  for (const name of new Set([symbol, 'BTCUSDT', 'ETHUSDT'])) {
    const table = bundledTable('binance-usdm', name);
    if (table) tables[name] = table.tiers;
  }
  routes['www.binance.com/bapi/futures/v1/friendly/future/common/brackets'] = jsonHandler(bapiBrackets(tables));
  if (zhFixture) routes[`/zh-CN/futures/${symbol}`] = join(fixtureDir, zhFixture);
  // Other venues: host-qualified routes, which win over the plain paths above (their own fixture.css).
  for (const [name, v] of otherVenues) {
    if (!hasFixture(v)) fail(`no fixture ${v.file} in ${v.dir} for --venue ${name}`);
    routes[`${v.host}${v.path}`] = join(fromRoot(v.dir), v.file);
    for (const asset of ['fixture.css', 'fixture-driver.js']) routes[`${v.host}/${asset}`] = join(fromRoot(v.dir), asset);
  }
  return { routes, zhFixture };
}

/** Page-coordinate box around some elements, with a margin, kept inside the page. */
async function cropAround(page: Page, locator: Locator, margin: { x: number; y: number }) {
  const boxes = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0) boxes.push(box);
  }
  if (boxes.length === 0) return undefined;
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  }));
  // boundingBox() is relative to the viewport; full-page screenshots clip in page coordinates.
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) + size.scrollX - margin.x);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) + size.scrollY - margin.y);
  const right = Math.min(size.width, Math.max(...boxes.map((b) => b.x + b.width)) + size.scrollX + margin.x);
  const bottom = Math.min(size.height, Math.max(...boxes.map((b) => b.y + b.height)) + size.scrollY + margin.y);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The store screenshot of a page as it stands: the viewport only, from the top. */
async function storeShot(page: Page, name: string, zoom = STORE_ZOOM): Promise<string | undefined> {
  if (!screenshotDir) return undefined;
  await mkdir(screenshotDir, { recursive: true });
  // The fixture pages are laid out for a wide window: zoomed out, 1280x800 shows a 1600x1000 one.
  await page.evaluate((z) => {
    document.documentElement.style.zoom = String(z);
    window.scrollTo(0, 0);
  }, zoom);
  await page.waitForTimeout(300);
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  await page.evaluate(() => void (document.documentElement.style.zoom = ''));
  return path;
}

/** Every overlay element with its test-hook attributes and visible text. */
async function readOverlay(page: Page) {
  const items = [];
  for (const element of await page.locator('[data-liqcheck]').all()) {
    const attributes = await element.evaluate((node) =>
      Object.fromEntries([...node.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])),
    );
    items.push({ ...attributes, text: (await element.innerText().catch(() => '')).replace(/\s+/g, ' ').trim() });
  }
  return items;
}

async function runHeadless(browser: LaunchedBrowser, url: string): Promise<number> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize(viewport);
  const errors = collectPageErrors(page);
  await page.goto(url);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const shot = async (name: string, clip?: { x: number; y: number; width: number; height: number }) => {
    const path = join(outDir, name);
    await page.screenshot({ path, fullPage: true, clip });
    written.push(path);
  };
  const base = `binance-${symbol.toLowerCase()}`;

  const position = page.locator('[data-liqcheck="position"]');
  const appeared = await position
    .first()
    .waitFor({ state: 'attached', timeout: overlayTimeout })
    .then(() => true)
    .catch(() => false);

  if (appeared) {
    // Let the simulated market tick a few times so the screenshot shows a live overlay.
    await page.waitForTimeout(1_500);
    await position.first().scrollIntoViewIfNeeded().catch(() => undefined);
  }
  await shot(`${base}.png`);
  if (appeared) {
    const positionClip = await cropAround(page, position.first(), { x: 160, y: 60 });
    if (positionClip) await shot(`${base}-position.png`, positionClip);
    const orders = page.locator('[data-liqcheck="order"]');
    const orderClip = (await orders.count()) > 0 ? await cropAround(page, orders, { x: 40, y: 40 }) : undefined;
    if (orderClip) await shot(`${base}-order.png`, orderClip);
    else console.warn('demo: no pre-trade panel ([data-liqcheck="order"]) on the page; no order crop written');
  }

  const store = await storeShot(page, base);
  if (store) written.push(store);
  const overlay = await readOverlay(page);
  const market = await page.evaluate(() => (window as unknown as { __liqcheckDemoMarket?: { ticks: number; lastText: string | null } }).__liqcheckDemoMarket ?? null);
  const summaryPath = join(outDir, `${base}-overlay.json`);
  await writeFile(summaryPath, JSON.stringify({ url, overlay, market, pageErrors: errors }, null, 2) + '\n');
  written.push(summaryPath);

  console.log(`demo: ${url}`);
  for (const item of overlay) console.log(`  ${JSON.stringify(item)}`);
  if (market) console.log(`  simulated market: ${market.ticks} ticks, mark price now ${market.lastText ?? '(not moved)'}`);
  for (const error of errors) console.log(`  page error: ${error.text}${error.location ? ` (${error.location})` : ''}`);
  console.log('demo: wrote');
  for (const path of written) console.log(`  ${relative(process.cwd(), path) || path}`);

  if (!appeared) {
    console.error(
      `demo: FAILED: no Liqcheck position badge ([data-liqcheck="position"]) within ${overlayTimeout} ms. ` +
        `Check that ${relative(process.cwd(), distDir) || distDir} is a fresh build and that the fixture shows an open position; ` +
        `the screenshot listed above shows what the page looked like.`,
    );
    return 1;
  }
  return 0;
}

/** One screenshot and overlay summary of another venue's page; false when no badge appeared. */
async function shootVenue(browser: LaunchedBrowser, name: string, v: VenuePage): Promise<boolean> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors = collectPageErrors(page);
  const url = `https://${v.host}${v.path}`;
  await page.goto(url);
  const appeared = await page
    .locator('[data-liqcheck="position"]')
    .first()
    .waitFor({ state: 'attached', timeout: overlayTimeout })
    .then(() => true)
    .catch(() => false);
  // Let the estimates arrive and the market tick once or twice.
  if (appeared) await page.waitForTimeout(1_000);
  await mkdir(outDir, { recursive: true });
  const shotPath = join(outDir, `${name}.png`);
  await page.screenshot({ path: shotPath, fullPage: true });
  const summaryPath = join(outDir, `${name}-overlay.json`);
  const overlay = await readOverlay(page);
  await writeFile(summaryPath, JSON.stringify({ url, overlay, pageErrors: errors }, null, 2) + '\n');
  const store = await storeShot(page, name);
  console.log(`demo: ${url}`);
  for (const item of overlay) console.log(`  ${JSON.stringify(item)}`);
  for (const path of [shotPath, summaryPath, ...(store ? [store] : [])]) console.log(`  wrote ${relative(process.cwd(), path) || path}`);
  await page.close();
  if (!appeared) console.error(`demo: FAILED: no Liqcheck position badge on ${url} within ${overlayTimeout} ms (see ${relative(process.cwd(), shotPath)})`);
  return appeared;
}

/**
 * Store screenshots of the extension's own pages: the popup as it opens over the Binance page (drawn
 * on that page's screenshot, as the browser shows it under the toolbar button), and the options page.
 */
async function shootExtensionPages(browser: LaunchedBrowser, pageUrl: string): Promise<void> {
  const base = `chrome-extension://${browser.extensionId}`;
  const venuePage = browser.context.pages().find((p) => p.url() === pageUrl);
  if (!venuePage) return;
  await venuePage.evaluate((z) => {
    document.documentElement.style.zoom = String(z);
    window.scrollTo(0, 0);
  }, STORE_ZOOM);
  await venuePage.waitForTimeout(300);
  const background = (await venuePage.screenshot({ fullPage: false })).toString('base64');
  await venuePage.evaluate(() => void (document.documentElement.style.zoom = ''));
  const popup = await browser.context.newPage();
  await popup.setViewportSize(viewport);
  await popup.goto(`${base}/popup/index.html`);
  const tabId = await exchangeTabId(popup);
  if (tabId !== undefined) {
    await popup.goto(`${base}/popup/index.html?tab=${tabId}`);
    await popup.waitForTimeout(1_500);
    await popup.evaluate((image) => {
      const html = document.documentElement.style;
      html.background = `url("data:image/png;base64,${image}") no-repeat top left`;
      html.height = '100%';
      const body = document.body.style;
      body.position = 'absolute';
      body.top = '4px';
      body.right = '12px';
      body.maxHeight = '780px';
      body.overflow = 'hidden';
      body.borderRadius = '8px';
      body.boxShadow = '0 8px 28px rgba(0, 0, 0, 0.6), 0 0 0 1px #474d57';
    }, background);
    const path = await storeShot(popup, 'popup', 1);
    if (path) console.log(`demo: wrote ${relative(process.cwd(), path) || path}`);
  }
  await popup.close();

  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const found = await page
    .goto(`${base}/options/index.html`)
    .then((response) => response?.ok() !== false)
    .catch(() => false);
  if (found) {
    await page.waitForTimeout(500);
    const path = await storeShot(page, 'options', 1);
    if (path) console.log(`demo: wrote ${relative(process.cwd(), path) || path}`);
  }
  await page.close();
}

/** The Chrome Web Store's small promo tile (440x280): the mark, the name and one line. */
async function shootPromoTile(browser: LaunchedBrowser): Promise<void> {
  if (!screenshotDir) return;
  const icon = (await readFile(join(repoRoot, 'icons/icon-128.png'))).toString('base64');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  // Built with DOM calls, no HTML strings; the page is about:blank, nothing is fetched.
  await page.evaluate((png) => {
    const style = document.body.style;
    Object.assign(style, { margin: '0', height: '280px', display: 'flex', alignItems: 'center', gap: '18px', padding: '0 32px', boxSizing: 'border-box' });
    style.background = 'linear-gradient(135deg, #181a20 0%, #0b0e11 100%)';
    style.font = '15px/1.4 system-ui, sans-serif';
    style.color = '#eaecef';
    const img = document.createElement('img');
    img.src = `data:image/png;base64,${png}`;
    Object.assign(img.style, { width: '128px', height: '128px', margin: '0 -16px' });
    const text = document.createElement('div');
    const name = document.createElement('div');
    name.textContent = 'Liqcheck';
    Object.assign(name.style, { font: '700 34px/1.1 system-ui, sans-serif', color: '#f0b90b', marginBottom: '8px' });
    const line = document.createElement('div');
    line.textContent = 'A second, independent estimate of your liquidation price, beside the exchange’s own.';
    text.append(name, line);
    document.body.append(img, text);
  }, icon);
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, 'promo-small.png');
  await page.screenshot({ path });
  console.log(`demo: wrote ${relative(process.cwd(), path) || path}`);
  await page.close();
}

async function runHeadful(browser: LaunchedBrowser, urls: string[]): Promise<number> {
  const first = browser.context.pages()[0] ?? (await browser.context.newPage());
  await first.goto(urls[0]!);
  for (const url of urls.slice(1)) await (await browser.context.newPage()).goto(url);
  console.log(`demo: Chromium is open on ${urls.join(' and ')}. Close the browser (or press Ctrl+C) to stop.`);
  await new Promise<void>((done) => browser.context.once('close', () => done()));
  return 0;
}

async function main(): Promise<number> {
  if (!existsSync(join(distDir, 'manifest.json'))) fail(`no extension build at ${distDir} (run npm run build first)`);
  const { routes, zhFixture } = buildRoutes();
  const marketQuery = new URLSearchParams();
  if (options.seed) marketQuery.set('seed', options.seed);
  if (options.start) marketQuery.set('start', options.start);
  const marketSrc = marketQuery.size > 0 ? `${marketScriptPath}?${marketQuery}` : marketScriptPath;
  const server: TestServer = await startServer(routes, { injectScripts: [marketSrc] });
  let browser: LaunchedBrowser | undefined;
  const shutdown = async () => {
    await browser?.close();
    await server.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown().finally(() => process.exit(130)));
  }
  try {
    const hosts = [...new Set(['www.binance.com', ...otherVenues.map(([, v]) => v.host)])];
    browser = await launchWithExtension({ dist: distDir, hosts, port: server.port, headless });
    const enUrl = `https://www.binance.com/en/futures/${symbol}`;
    const zhUrl = zhFixture ? `https://www.binance.com/zh-CN/futures/${symbol}` : undefined;
    const otherUrls = otherVenues.map(([, v]) => `https://${v.host}${v.path}`);
    if (!headless) return await runHeadful(browser, venueName === 'binance' ? (zhUrl ? [enUrl, zhUrl] : [enUrl]) : otherUrls);
    let code = venueName === 'binance' ? await runHeadless(browser, options.locale === 'zh-CN' && zhUrl ? zhUrl : enUrl) : 0;
    for (const [name, v] of otherVenues) if (!(await shootVenue(browser, name, v))) code = 1;
    if (screenshotDir && venueName === 'binance') {
      await shootExtensionPages(browser, enUrl);
      await shootPromoTile(browser);
    }
    return code;
  } finally {
    await shutdown();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('demo: FAILED:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
