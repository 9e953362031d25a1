// npm run demo: shows Liqcheck at work on the Binance fixture pages, on a fresh machine, offline.
//
// Serves tests/fixtures/binance/ at https://www.binance.com/en/futures/<SYMBOL> (and the Chinese page
// at /zh-CN/futures/<SYMBOL>) from a local HTTPS server, injects demo/market.js (a simulated market
// that moves the mark price), and opens Chromium with dist/chrome.
// - With a display (DISPLAY set): a normal window; runs until the browser is closed.
// - Without one: headless; waits for the overlay, writes screenshots and an overlay summary to
//   demo-output/, and exits 0, or non-zero with the reason when the overlay never appears.
//
// Options: --fixture <file.html> (default futures-btcusdt.html), --zh-fixture <file.html>,
// --symbol <SYMBOL> (default BTCUSDT), --locale en|zh-CN, --fixtures <dir>, --dist <dir>,
// --out <dir>, --timeout <ms>, --headless / --headful, --seed <n> (replay a market), --start <price>
// (the market's first price when the fixture does not show one).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { collectPageErrors, launchWithExtension, repoRoot, type LaunchedBrowser } from '../tests/support/browser';
import { startServer, type Routes, type TestServer } from '../tests/support/https-server';

const marketScriptPath = '/__liqcheck-demo/market.js';

const { values: options } = parseArgs({
  options: {
    fixture: { type: 'string', default: 'futures-btcusdt.html' },
    'zh-fixture': { type: 'string' },
    symbol: { type: 'string', default: 'BTCUSDT' },
    locale: { type: 'string', default: 'en' },
    fixtures: { type: 'string', default: 'tests/fixtures/binance' },
    dist: { type: 'string', default: 'dist/chrome' },
    out: { type: 'string', default: 'demo-output' },
    timeout: { type: 'string', default: '20000' },
    headless: { type: 'boolean' },
    headful: { type: 'boolean' },
    seed: { type: 'string' },
    start: { type: 'string' },
  },
});

const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(repoRoot, path));
const fixtureDir = fromRoot(options.fixtures);
const distDir = fromRoot(options.dist);
const outDir = fromRoot(options.out);
const overlayTimeout = Number(options.timeout) || 20_000;
const headless = options.headless ? true : options.headful ? false : !process.env.DISPLAY;
const symbol = options.symbol.toUpperCase();

function fail(message: string, code = 2): never {
  console.error(`demo: ${message}`);
  process.exit(code);
}

/** The zh page: --zh-fixture, else the first .html in the folder with "zh" in its name. */
function findZhFixture(files: string[]): string | undefined {
  if (options['zh-fixture']) return options['zh-fixture'];
  return files.find((name) => /\.html?$/i.test(name) && /(^|[-_.])zh([-_.]|$)/i.test(name));
}

function buildRoutes(): { routes: Routes; zhFixture?: string } {
  if (!existsSync(fixtureDir)) fail(`no fixture folder at ${fixtureDir}`);
  const files = readdirSync(fixtureDir).filter((name) => statSync(join(fixtureDir, name)).isFile());
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
  if (zhFixture) routes[`/zh-CN/futures/${symbol}`] = join(fixtureDir, zhFixture);
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
  await page.setViewportSize({ width: 1440, height: 900 });
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
    browser = await launchWithExtension({ dist: distDir, hosts: ['www.binance.com'], port: server.port, headless });
    const enUrl = `https://www.binance.com/en/futures/${symbol}`;
    const zhUrl = zhFixture ? `https://www.binance.com/zh-CN/futures/${symbol}` : undefined;
    if (headless) return await runHeadless(browser, options.locale === 'zh-CN' && zhUrl ? zhUrl : enUrl);
    return await runHeadful(browser, zhUrl ? [enUrl, zhUrl] : [enUrl]);
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
