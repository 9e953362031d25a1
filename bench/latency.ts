// Update latency: from a page value changing to the overlay carrying the new estimate. Each sample types
// a new order size into the busy page's form (value set, 'input' fired, as the page's React does) and
// waits, inside the page, for the pre-trade Long panel's data-estimate to equal the liquidation price of
// that order, computed here from Binance's rule (docs/rules/binance.md §2.3, tier 1: MMR 0.4 %, cum 0;
// the fixture's limit 60,500.0 at 20x isolated, added to the open 0.5 BTC long at 60,000.0 with wallet
// 1,500). The clock is the page's performance.now(): started right before the change, stopped by a
// MutationObserver on the overlay's (open) shadow root when the matching estimate lands. The overlay
// renders inside an animation-frame callback, so that frame paints it.
// - warm, busy: the worker running, the page updating 50 times a second meanwhile;
// - warm, quiet: the same with the page's updates stopped;
// - cold: the page still, the worker stopped first (CDP ServiceWorker.stopAllWorkers), so the change
//   has to start a fresh worker (the page's 50 Hz updates would restart it before the change).
// - warm, quiet, mark: a change the PAGE makes, not the trader: the mark price, set on the stopped busy
//   page the way busy-driver.js ticks it (window.__fixture.setMarkPrice: header and the BTCUSDT row's
//   Mark, PNL and Margin, plus the account's Unrealized PNL and Margin Balance). The content script
//   reads such updates in the next animation frame, going straight to the cells and labels it found
//   before (src/sites/read-page.ts, relocate). It waits for the open BTCUSDT badge's expanded view to carry the distance to
//   liquidation (data-metric="distance", data-value) = |mark - liquidation price|, the liquidation price
//   from Binance's rule for the isolated 0.5 BTC long (§2.3, tier 1: (Q·EP - WB) / (Q·(1 - MMR))).
//   The pause between changes is random over 0-250 ms, so a change lands anywhere in the page's frames.
// - busy, mark age (no budget): on the busy page, how old the mark behind the badge's distance is at
//   random moments, which shows the pacing of the page's own updates (src/content/read-pace.ts).
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../tests/support/browser';
import { launch, openBusyPage, setBusy, sleep, startBusyServer } from './busy-page';
import { processCpu } from './process-cpu';
import { quantileInterval } from './quantile-interval';
import { ms, pct, percentile, type BenchOptions, type Section } from './report';

const MMR = 0.004;
const POSITION = { size: 0.5, entry: 60000, wallet: 1500 };
const ORDER = { price: 60500, leverage: 20 };

/** The Long side's liquidation price for an order of `size` BTC, independently of the extension. */
export function expectedLongEstimate(size: number): number {
  const q = POSITION.size + size;
  const cost = POSITION.size * POSITION.entry + size * ORDER.price; // Q·EP
  const wallet = POSITION.wallet + (size * ORDER.price) / ORDER.leverage;
  return (cost - wallet) / (q * (1 - MMR));
}

/** Sizes 0.100 .. 0.490 BTC in 0.010 steps, cycling: neighbours' estimates differ by > 2 USDT. */
const sizeAt = (i: number) => 0.1 + 0.01 * (i % 40);
const TOLERANCE = 0.05; // USDT: far below the 2 USDT between neighbours, far above float error

/** The open BTCUSDT long's liquidation price (isolated: WB is its own wallet, no other position counts). */
export function expectedPositionLiquidation(): number {
  return (POSITION.size * POSITION.entry - POSITION.wallet) / (POSITION.size * (1 - MMR));
}

/**
 * Mark prices for the mark series in integer tenths: 62,000.0 +- 14.0 in 0.7 steps, cycling. Away from
 * the busy walk (pulled toward 61,000.0), so the first change is a change; neighbours' distances differ by >= 0.7.
 */
const markTenthsAt = (i: number) => 620000 + ((i % 40) - 20) * 7;
const MARK_TOLERANCE = 0.1; // USDT: the worker's liquidation price may be rounded to the 0.1 tick
const MARK_GAP_MS = 250; // the longest pause between changes: changes land anywhere in the page's frames

interface Sample {
  ms?: number;
  error?: string;
}

// In-page code as plain JavaScript text: tsx would wrap named functions in a helper (__name) that
// does not exist in the page.
// Both series below: make the change, then resolve with the time until `matches()` holds in the
// overlay's shadow root (a MutationObserver on it), or with an error after `timeout` ms.
const TIME_UNTIL = `(root, matches, describe, timeout, resolve, change) => {
  let done = false;
  let timer;
  const observer = new MutationObserver(() => {
    if (matches()) finish({ ms: performance.now() - start });
  });
  const finish = (result) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    resolve(result);
  };
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  timer = setTimeout(() => finish({ error: 'timeout, ' + describe() }), timeout);
  const start = performance.now();
  change();
}`;

const MEASURE_IN_PAGE = `({ sizeText, expected, tolerance, timeout }) => new Promise((resolve) => {
  const timeUntil = ${TIME_UNTIL};
  const root = document.querySelector('liqcheck-order')?.shadowRoot;
  if (!root) return resolve({ error: 'no overlay' });
  const current = () => root.querySelector('[data-liqcheck="order"][data-side="long"]')?.getAttribute('data-estimate') ?? null;
  const matches = () => {
    const value = Number(current());
    return Number.isFinite(value) && Math.abs(value - expected) <= tolerance;
  };
  return timeUntil(root, matches, () => 'estimate ' + current() + ' vs expected ' + expected, timeout, resolve, () => window.__fixture.setSize(sizeText));
})`;

// The mark as busy-driver.js ticks it (same hooks, same account formulas: ETHUSDT +200, SOLUSDT +20 stay).
const MEASURE_MARK_IN_PAGE = `({ markTenths, expected, tolerance, timeout }) => new Promise((resolve) => {
  const timeUntil = ${TIME_UNTIL};
  const host = [...document.querySelectorAll('liqcheck-badge')].find((h) => h.shadowRoot?.querySelector('[data-liqcheck="position"][data-symbol="BTCUSDT"]'));
  const root = host?.shadowRoot;
  if (!root) return resolve({ error: 'no BTCUSDT badge' });
  const current = () => root.querySelector('[data-liqcheck="position-details"] [data-metric="distance"]')?.getAttribute('data-value') ?? null;
  const matches = () => {
    const value = Number(current());
    return current() !== null && Number.isFinite(value) && Math.abs(value - expected) <= tolerance;
  };
  if (matches()) return resolve({ error: 'distance already ' + current() + ' before the change' });
  const grouped = (value, decimals) => value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const setText = (el, text) => { if (el) el.textContent = text; };
  const markText = grouped(markTenths / 10, 1);
  const upnl = 0.5 * (markTenths / 10 - 60000) + 220;
  return timeUntil(root, matches, () => 'distance ' + current() + ' vs expected ' + expected, timeout, resolve, () => {
    window.__fixture.setMarkPrice(markText);
    setText(document.querySelector('[data-busy="upnl"]'), (upnl >= 0 ? '+' : '-') + grouped(Math.abs(upnl), 2) + ' USDT');
    setText(document.querySelector('[data-busy="mbal"]'), grouped(8000 + upnl, 2) + ' USDT');
    window.__busy.mark = markText;
  });
})`;

// On the busy page (50 ticks a second): how old the mark behind the overlay's distance is. The page's
// mark changes are logged as busy-driver.js makes them; at random moments the distance shown gives the
// mark it was computed from (liquidation price + distance, the long is above it), and its age is 0 when
// that is the page's mark now, else the time since the page moved off it.
const MARK_AGE_IN_PAGE = `({ liquidation, tolerance, count, gapMs }) => new Promise((resolve) => {
  const host = [...document.querySelectorAll('liqcheck-badge')].find((h) => h.shadowRoot?.querySelector('[data-liqcheck="position"][data-symbol="BTCUSDT"]'));
  const root = host?.shadowRoot;
  if (!root) return resolve({ samples: [], errors: ['no BTCUSDT badge'] });
  const log = [];
  const hooks = window.__fixture;
  const original = hooks.setMarkPrice;
  hooks.setMarkPrice = (text, symbol) => {
    log.push([performance.now(), Number(String(text).replace(/,/g, ''))]);
    return original(text, symbol);
  };
  const samples = [];
  const errors = [];
  const sample = () => {
    const shown = Number(root.querySelector('[data-liqcheck="position-details"] [data-metric="distance"]')?.getAttribute('data-value'));
    const now = performance.now();
    const mark = liquidation + shown;
    if (!Number.isFinite(shown) || log.length < 2) errors.push('no distance or no ticks yet');
    else if (Math.abs(log[log.length - 1][1] - mark) <= tolerance) samples.push(0);
    else {
      let i = log.length - 2;
      while (i >= 0 && Math.abs(log[i][1] - mark) > tolerance) i--;
      if (i < 0) errors.push('distance ' + shown + ' matches no mark the page showed in this series');
      else samples.push(now - log[i + 1][0]);
    }
    if (samples.length + errors.length >= count) {
      hooks.setMarkPrice = original;
      resolve({ samples, errors });
    } else setTimeout(sample, gapMs / 2 + Math.random() * gapMs);
  };
  setTimeout(sample, 1000);
})`;

/** Opens the BTCUSDT badge's expanded view (the trader's toggle) and waits for its distance figure. */
async function expandBtcBadge(page: Page): Promise<void> {
  const badge = page.locator('liqcheck-badge [data-liqcheck="position"][data-symbol="BTCUSDT"]');
  if ((await badge.getAttribute('data-expanded')) !== 'true') await badge.locator('[data-liqcheck="toggle"]').click();
  await page.locator('liqcheck-badge [data-liqcheck="position-details"] [data-metric="distance"][data-value]').first().waitFor({ timeout: 5000 });
}

async function measureMarkOnce(page: Page, markTenths: number, timeoutMs: number): Promise<Sample> {
  const expected = Math.abs(markTenths / 10 - expectedPositionLiquidation());
  const args = { markTenths, expected, tolerance: MARK_TOLERANCE, timeout: timeoutMs };
  return page.evaluate(`(${MEASURE_MARK_IN_PAGE})(${JSON.stringify(args)})`) as Promise<Sample>;
}

async function measureOnce(page: Page, size: number, timeoutMs: number): Promise<Sample> {
  const args = { sizeText: size.toFixed(3), expected: expectedLongEstimate(size), tolerance: TOLERANCE, timeout: timeoutMs };
  return page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify(args)})`) as Promise<Sample>;
}

interface Series {
  label: string;
  /** CPU seconds per wall second of the extension process (the worker) during the series; Linux only. */
  workerCpu?: number | null;
  samples: number[];
  errors: string[];
  /** Cold series: stops made again because the worker was running 300 ms after one. */
  stopsAgain?: number;
}

async function warmSeries(browser: LaunchedBrowser, page: Page, label: string, count: number, offset: number): Promise<Series> {
  const series: Series = { label, samples: [], errors: [] };
  const cpuBefore = processCpu(browser.profileDir);
  const begin = performance.now();
  for (let i = 0; i < count; i++) {
    const sample = await measureOnce(page, sizeAt(offset + i + 1), 2000);
    if (sample.ms !== undefined) series.samples.push(sample.ms);
    else series.errors.push(sample.error ?? 'unknown');
    await sleep(Math.random() * 40); // vary the phase against the page's ticks and the frames
  }
  const cpuAfter = processCpu(browser.profileDir);
  series.workerCpu = cpuBefore && cpuAfter ? (cpuAfter.extension - cpuBefore.extension) / ((performance.now() - begin) / 1000) : null;
  return series;
}

async function markSeries(browser: LaunchedBrowser, page: Page, count: number): Promise<Series> {
  const series: Series = { label: 'warm, page quiet, mark price changed by the page', samples: [], errors: [] };
  await expandBtcBadge(page);
  const cpuBefore = processCpu(browser.profileDir);
  const begin = performance.now();
  for (let i = 0; i < count; i++) {
    const sample = await measureMarkOnce(page, markTenthsAt(i), 2000);
    if (sample.ms !== undefined) series.samples.push(sample.ms);
    else series.errors.push(sample.error ?? 'unknown');
    await sleep(Math.random() * MARK_GAP_MS);
  }
  const cpuAfter = processCpu(browser.profileDir);
  series.workerCpu = cpuBefore && cpuAfter ? (cpuAfter.extension - cpuBefore.extension) / ((performance.now() - begin) / 1000) : null;
  return series;
}

async function markAgeSeries(page: Page, count: number): Promise<Series> {
  await expandBtcBadge(page);
  const args = { liquidation: expectedPositionLiquidation(), tolerance: MARK_TOLERANCE / 2, count, gapMs: 150 };
  const result = (await page.evaluate(`(${MARK_AGE_IN_PAGE})(${JSON.stringify(args)})`)) as { samples: number[]; errors: string[] };
  return { label: 'busy page: age of the mark behind the distance shown', samples: result.samples, errors: result.errors };
}

async function coldSeries(browser: LaunchedBrowser, page: Page, count: number, offset: number): Promise<Series> {
  const series: Series = { label: 'cold: worker stopped, page still', samples: [], errors: [] };
  let stopsAgain = 0;
  for (let i = 0; i < count; i++) {
    // In about one run in three, the worker was running again 300 ms after a stop, once in twenty
    // (bench/results.md, 2026-12-07): the stop is made again, up to three times in all, and counted.
    let status = 'running';
    for (let stops = 0; stops < 3 && status !== 'stopped'; stops++) {
      if (stops > 0) stopsAgain += 1;
      await browser.stopWorker();
      await page.bringToFront(); // stopWorker works through a page of its own
      await sleep(300);
      status = await browser.workerStatus();
      await page.bringToFront();
    }
    if (status !== 'stopped') {
      series.errors.push(`worker ${status} before the change`);
      continue;
    }
    const sample = await measureOnce(page, sizeAt(offset + i + 1), 5000);
    if (sample.ms !== undefined) series.samples.push(sample.ms);
    else series.errors.push(sample.error ?? 'unknown');
  }
  return { ...series, stopsAgain };
}

function row(s: Series): string {
  const sorted = [...s.samples].sort((a, b) => a - b);
  const cpu = s.workerCpu === undefined || s.workerCpu === null ? '–' : pct(s.workerCpu);
  const ci = quantileInterval(sorted, 0.95);
  return `| ${s.label} | ${s.samples.length} | ${s.errors.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(ci.low)} – ${ms(ci.high)} | ${ms(sorted[sorted.length - 1] ?? Number.NaN)} | ${cpu} |`;
}

export async function latency(options: BenchOptions): Promise<Section> {
  const warmCount = options.quick ? 50 : 500;
  const markCount = options.quick ? 30 : 500;
  const coldCount = options.quick ? 3 : 20;
  const server = await startBusyServer();
  const browser = await launch(server, `${options.distRoot}/chrome`, true);
  let busy: Series;
  let quiet: Series;
  let mark: Series;
  let cold: Series;
  let age: Series;
  try {
    const { page } = await openBusyPage(browser, { extension: true });
    await sleep(2000);
    busy = await warmSeries(browser, page, 'warm, page updating 50/s', warmCount, 0);
    age = await markAgeSeries(page, options.quick ? 30 : 300);
    await setBusy(page, false);
    await sleep(500);
    quiet = await warmSeries(browser, page, 'warm, page quiet', warmCount, 7);
    mark = await markSeries(browser, page, markCount);
    cold = await coldSeries(browser, page, coldCount, 13);
  } finally {
    await browser.close();
    await server.close();
  }
  const p95 = (s: Series) => percentile([...s.samples].sort((a, b) => a - b), 95);
  const errorsOf = (s: Series) => (s.errors.length ? `\n\n${s.label}: ${s.errors.length} sample(s) failed, e.g. ${s.errors.slice(0, 3).join('; ')}` : '');
  const body = [
    'A new order size typed into the busy page (the Long side\'s estimate changes by > 2 USDT between sizes); the time until the overlay\'s pre-trade Long panel carries the estimate computed independently from Binance\'s rule (within 0.05 USDT), measured in the page with performance.now() and a MutationObserver on the overlay\'s shadow root. A sample that never matched within 2 s (cold: 5 s) counts as failed. The 95 % confidence interval of the p95 is distribution-free: two of the sorted samples chosen by rank (quantile-interval.ts). The last column is the CPU time of the extension process (where the worker runs) per second of the series, from /proc.',
    '',
    '| case | samples | failed | p50 | p95 | p95, 95 % CI | max | worker process CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row(busy),
    row(quiet),
    row(mark),
    row(cold),
    row(age),
    '',
    `The mark row is a change the page makes: the quiet page's mark price set as busy-driver.js ticks it (header, the BTCUSDT row's Mark, PNL and Margin, the account's PNL and balance), to one of 40 prices 62,000.0 ± 14.0 in 0.7 steps, with a random pause of 0-${MARK_GAP_MS} ms between changes; the time until the BTCUSDT badge's expanded view (opened first with its toggle) carries the distance to liquidation |mark − ${expectedPositionLiquidation().toFixed(4)}| (the isolated long's liquidation price from Binance's rule, §2.3, tier 1) within ${MARK_TOLERANCE} USDT. The content script reads every page update in the next animation frame; between full reads (at least every 10 s, and whenever an element is added, the URL changes or the window is resized: src/content/run.ts) it goes straight to the cells and labels the last reading found.`,
    '',
    `The last row has no budget: it shows what the pacing of the page's own updates costs on a page that changes 50 times a second. At random moments (every 75-225 ms, ${age.samples.length} of them) the distance shown in the BTCUSDT badge gives the mark it was computed from; its age is 0 when that is the page's mark at that moment, else the time since the page moved off it. The content script reads the page's own updates at once while they come no faster than 10 a second (bursts of 4), else 10 times a second, and a page streaming more than 20 batches of changes a second (this one) once a second (src/content/read-pace.ts), so on this page a shown mark is up to about 1 s plus the worker's answer behind; the trader's input (the busy-page row above) is not paced.`,
  ].join('\n') + errorsOf(busy) + errorsOf(quiet) + errorsOf(mark) + errorsOf(cold) + errorsOf(age) +
    (cold.stopsAgain ? `\n\n${cold.label}: the worker was running 300 ms after a stop ${cold.stopsAgain} time(s); each time it was stopped again before the change.` : '');
  return {
    name: 'latency',
    title: 'Update latency',
    body,
    checks: [
      { name: `warm worker, busy page: p95 over ${busy.samples.length} changes`, value: ms(p95(busy)), budget: '< 50 ms', pass: p95(busy) < 50 && busy.errors.length === 0 },
      { name: `warm worker, quiet page: p95 over ${quiet.samples.length} changes`, value: ms(p95(quiet)), budget: '< 50 ms', pass: p95(quiet) < 50 && quiet.errors.length === 0 },
      { name: `warm worker, quiet page, mark price changed by the page: p95 over ${mark.samples.length} changes`, value: ms(p95(mark)), budget: '< 50 ms', pass: p95(mark) < 50 && mark.errors.length === 0 },
      { name: `first estimate after the worker was stopped: p95 over ${cold.samples.length}`, value: ms(p95(cold)), budget: '< 300 ms', pass: p95(cold) < 300 && cold.errors.length === 0 },
    ],
  };
}
