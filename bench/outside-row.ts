// Issue 22's measurement from outside, as its own row: the built extension in Debian's Chromium on a
// busy page written without the project's bench code (bench/outside-page.html and .js, served on
// https://www.binance.com like the E2E tests), with the extension active vs Binance USDⓈ-M switched
// off in its own settings (storage.sync, from its options page), in N paired windows of 5 s, ABBA.
// Per window: the page's main-thread script and task time (CDP Performance.getMetrics, thread CPU
// time), the extension process's CPU and all of the browser's processes' CPU (/proc), and the latter
// by process type and thread (process-types.ts: where the CPU outside the page and worker goes). Then, with the
// extension active and the page still ticking: a typed order size -> the order panel's Long
// estimate, and a page-made change (the isolated position's margin) -> the position badge's estimate,
// each awaited in the page by a MutationObserver and checked against Binance's rule computed here.
// LIQCHECK_OUTSIDE_PAIRS sets the number of pairs (default 16; --quick 4).
import { join } from 'node:path';
import os from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../src/settings/settings';
import { launchWithExtension, repoRoot, type LaunchedBrowser } from '../tests/support/browser';
import { startServer } from '../tests/support/https-server';
import { metrics, sleep } from './busy-page';
import { processCpu } from './process-cpu';
import { readProcesses, spentBetween, type CpuByType } from './process-types';
import { quantileInterval } from './quantile-interval';
import { ms, pct, pctInterval, percentile, signedPct, type BenchOptions, type Check, type Section } from './report';
import { judge, pairedInterval, type Interval } from './statistics';

const URL = 'https://www.binance.com/en/futures/BTCUSDT';
const SCRIPT_GOAL = 0.005; // of one core (issue 22)
const BROWSER_GOAL = 0.03;
const LATENCY_GOAL_MS = 50;
/** How many threads the by-thread table lists. */
const THREAD_ROWS = 16;

// The page's position and order (bench/outside-page.js), and Binance's rule for an isolated long
// (docs/rules/binance.md §2.3, tier 1: MMR 0.4 %, cum 0): LP = (Q·EP − WB) / (Q·(1 − MMR)).
const Q = 0.5;
const ENTRY = 60000;
const MMR = 0.004;
const WALLET = 1500;
const ORDER = { price: 60500, leverage: 20 };
const liquidation = (size: number, cost: number, wallet: number) => (cost - wallet) / (size * (1 - MMR));
/** The order panel's Long estimate for `size` BTC added to the open long. */
const typedExpected = (size: number) => liquidation(Q + size, Q * ENTRY + size * ORDER.price, WALLET + (size * ORDER.price) / ORDER.leverage);
/** The open long's liquidation price once the page shows isolated margin `wallet` (plus PnL). */
const walletExpected = (wallet: number) => liquidation(Q, Q * ENTRY, wallet);
/** Sizes 0.100 .. 0.490 and wallets 1,400 .. 1,590 cycling: neighbours' estimates differ by > 2 USDT. */
const sizeAt = (i: number) => 0.1 + 0.01 * (i % 40);
const walletAt = (i: number) => 1400 + 10 * (i % 20);
const TOLERANCE = 0.05; // USDT

interface Window {
  seconds: number;
  script: number;
  task: number;
  updatesPerSecond: number;
  browser: number | null;
  extension: number | null;
  /** CPU seconds per process type and per thread over the window (process-types.ts). */
  byType: CpuByType | null;
  load: number;
}

interface Pair {
  activeFirst: boolean;
  active: Window;
  dormant: Window;
}

interface Series {
  label: string;
  samples: number[];
  errors: string[];
  /** 1-minute load average at the start and at the end of the series: latency is wall-clock time. */
  load: [number, number];
}

// In-page code as plain JavaScript text (tsx would wrap named functions in a helper the page lacks).
// Makes the change, then resolves with the page time until `matches()` holds in any overlay host of
// `hostTag`: a MutationObserver on the document catches a host made anew (the page may wipe one),
// and one on every host's shadow root catches its re-render.
const TIME_UNTIL = `({ hostTag, selector, expected, tolerance, timeout, change }) => new Promise((resolve) => {
  const hits = () => [...document.querySelectorAll(hostTag)].map((h) => h.shadowRoot?.querySelector(selector)?.getAttribute('data-estimate'));
  const matches = () => hits().some((v) => v != null && Math.abs(Number(v) - expected) <= tolerance);
  if (matches()) return resolve({ error: 'already ' + expected + ' before the change' });
  const observed = new WeakSet();
  let done = false;
  let timer;
  const finish = (result) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    resolve(result);
  };
  const attach = () => {
    for (const host of document.querySelectorAll(hostTag)) {
      if (host.shadowRoot && !observed.has(host.shadowRoot)) {
        observed.add(host.shadowRoot);
        observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      }
    }
  };
  const observer = new MutationObserver(() => {
    attach();
    if (matches()) finish({ ms: performance.now() - start });
  });
  observer.observe(document.body, { subtree: true, childList: true });
  attach();
  timer = setTimeout(() => finish({ error: 'timeout, shown ' + JSON.stringify(hits()) + ' vs ' + expected }), timeout);
  const start = performance.now();
  change();
})`;

const typeSize = (size: number) => `() => window.outsidePage.typeSize(${JSON.stringify(size.toFixed(3))})`;
const setWallet = (wallet: number) => `() => window.outsidePage.setIsolatedWallet(${wallet})`;

async function timeUntil(page: Page, hostTag: string, selector: string, expected: number, change: string): Promise<{ ms?: number; error?: string }> {
  const args = `{ hostTag: ${JSON.stringify(hostTag)}, selector: ${JSON.stringify(selector)}, expected: ${expected}, tolerance: ${TOLERANCE}, timeout: 3000, change: ${change} }`;
  return page.evaluate(`(${TIME_UNTIL})(${args})`) as Promise<{ ms?: number; error?: string }>;
}

async function series(page: Page, label: string, count: number, sample: (i: number) => Promise<{ ms?: number; error?: string }>): Promise<Series> {
  const result: Series = { label, samples: [], errors: [], load: [os.loadavg()[0]!, 0] };
  for (let i = 0; i < count; i++) {
    const s = await sample(i);
    if (s.ms !== undefined) result.samples.push(s.ms);
    else result.errors.push(s.error ?? 'unknown');
    await sleep(50 + Math.random() * 150); // changes land anywhere in the page's ticks and frames
  }
  result.load[1] = os.loadavg()[0]!;
  return result;
}

async function measureWindow(page: Page, cdp: CDPSession, profileDir: string, seconds: number): Promise<Window> {
  const load = os.loadavg()[0]!;
  const before = await metrics(cdp);
  const ticksBefore = (await page.evaluate('window.outsidePage.ticks')) as number;
  const cpuBefore = processCpu(profileDir);
  const typesBefore = readProcesses(profileDir);
  const start = performance.now();
  await sleep(seconds * 1000);
  const after = await metrics(cdp);
  const cpuAfter = processCpu(profileDir);
  const typesAfter = readProcesses(profileDir);
  const wall = (performance.now() - start) / 1000;
  const ticks = ((await page.evaluate('window.outsidePage.ticks')) as number) - ticksBefore;
  const share = (key: string) => ((after[key] ?? 0) - (before[key] ?? 0)) / wall;
  return {
    seconds: wall,
    script: share('ScriptDuration'),
    task: share('TaskDuration'),
    updatesPerSecond: ticks / wall,
    browser: cpuBefore && cpuAfter ? (cpuAfter.browser - cpuBefore.browser) / wall : null,
    extension: cpuBefore && cpuAfter ? (cpuAfter.extension - cpuBefore.extension) / wall : null,
    byType: typesBefore && typesAfter ? perSecond(spentBetween(typesBefore, typesAfter), wall) : null,
    load: (load + os.loadavg()[0]!) / 2,
  };
}

function perSecond(spent: CpuByType, wall: number): CpuByType {
  const scale = (map: Map<string, number>) => new Map([...map].map(([key, seconds]) => [key, seconds / wall]));
  return { types: scale(spent.types), threads: scale(spent.threads) };
}

/** Saves Binance USDⓈ-M on or off as the options page does, and waits until the overlay follows. */
async function switcher(browser: LaunchedBrowser, page: Page) {
  const settingsPage = await browser.context.newPage();
  await settingsPage.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
  return async (active: boolean) => {
    const settings: Settings = structuredClone(DEFAULT_SETTINGS);
    settings.venues['binance-usdm'].enabled = active;
    type ExtensionGlobal = { chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } } };
    await settingsPage.evaluate(([key, value]) => (globalThis as unknown as ExtensionGlobal).chrome.storage.sync.set({ [key]: value }), [SETTINGS_KEY, settings] as [string, Settings]);
    await page.waitForFunction(
      (want) => {
        const estimate = document.querySelector('liqcheck-order')?.shadowRoot?.querySelector('[data-liqcheck="order"][data-side="long"]')?.getAttribute('data-estimate');
        return want ? estimate != null && /^\d/.test(estimate) : document.querySelectorAll('liqcheck-badge, liqcheck-order').length === 0;
      },
      active,
      { timeout: 20_000, polling: 50 },
    );
    await sleep(1000); // the first renders and full read after the switch are start-up, not steady state
  };
}

export interface OutsideResult {
  pairs: Pair[];
  typed: Series;
  pageMade: Series;
  totalSeconds: number;
}

export interface OutsidePage {
  browser: LaunchedBrowser;
  page: Page;
  cdp: CDPSession;
  /** Switches Binance USDⓈ-M on or off and waits until the overlay followed. */
  setActive(active: boolean): Promise<void>;
  close(): Promise<void>;
}

/** The busy page open in a browser with the built extension, active and warmed up. */
export async function openOutsidePage(distRoot: string, args: string[] = []): Promise<OutsidePage> {
  const server = await startServer({
    '/en/futures/BTCUSDT': join(repoRoot, 'bench/outside-page.html'),
    '/outside-page.js': join(repoRoot, 'bench/outside-page.js'),
    '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
  });
  const browser = await launchWithExtension({ hosts: ['www.binance.com'], port: server.port, dist: `${distRoot}/chrome`, args });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(URL);
    const setActive = await switcher(browser, page);
    await page.bringToFront();
    await setActive(true);
    await sleep(3000); // warm-up: JIT, the overlay's first renders
    return { browser, page, cdp, setActive, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function measureOutside(distRoot: string, pairCount: number, seconds: number, samples: number): Promise<OutsideResult> {
  const begin = performance.now();
  const { browser, page, cdp, setActive, close } = await openOutsidePage(distRoot);
  try {
    let active = true;
    const pairs: Pair[] = [];
    for (let i = 0; i < pairCount; i++) {
      const activeFirst = i % 2 === 0; // ABBA: a steady drift cancels, one switch every other window
      const windows: Partial<Record<'active' | 'dormant', Window>> = {};
      for (const state of activeFirst ? [true, false] : [false, true]) {
        if (state !== active) {
          await setActive(state);
          active = state;
        }
        windows[state ? 'active' : 'dormant'] = await measureWindow(page, cdp, browser.profileDir, seconds);
      }
      pairs.push({ activeFirst, active: windows.active!, dormant: windows.dormant! });
    }
    if (!active) await setActive(true);
    await sleep(2000);
    const order = 'liqcheck-order';
    const long = '[data-liqcheck="order"][data-side="long"]';
    const typed = await series(page, 'typed order size -> order panel, page ticking 50/s', samples, (i) => timeUntil(page, order, long, typedExpected(sizeAt(i + 1)), typeSize(sizeAt(i + 1))));
    const badge = '[data-liqcheck="position"][data-symbol="BTCUSDT"]';
    const pageMade = await series(page, "page-made change (the position's Margin cell) -> position badge, page ticking 50/s", samples, (i) =>
      timeUntil(page, 'liqcheck-badge', badge, walletExpected(walletAt(i + 1)), setWallet(walletAt(i + 1))),
    );
    return { pairs, typed, pageMade, totalSeconds: (performance.now() - begin) / 1000 };
  } finally {
    await close();
  }
}

/** The median of the paired differences with its distribution-free 95 % interval (quantile-interval.ts). */
function medianOf(differences: number[]): { median: number; low: number; high: number } {
  const sorted = [...differences].sort((a, b) => a - b);
  const ci = quantileInterval(sorted, 0.5);
  return { median: percentile(sorted, 50), low: ci.low, high: ci.high };
}

type Figure = 'script' | 'task' | 'extension' | 'browser';
const FIGURES: [Figure, string][] = [
  ['script', 'page main-thread script time added (ScriptDuration)'],
  ['task', 'page task time added (TaskDuration: script, style, layout, paint, IPC)'],
  ['extension', "the extension's process (the worker, /proc)"],
  ['browser', "all of the browser's processes (/proc)"],
];

function differences(pairs: Pair[], figure: Figure): [number[], number[]] | null {
  const a = pairs.map((p) => p.active[figure]);
  const d = pairs.map((p) => p.dormant[figure]);
  return a.every((v) => v !== null) && d.every((v) => v !== null) ? [a as number[], d as number[]] : null;
}

/**
 * Added CPU per process type (or per "type / thread"), active minus dormant per pair, as the rows of
 * the figures' table, largest mean first; a key missing from a window (no such process then) counts 0.
 * With `limit`, only that many rows, the rest summed into one line.
 */
function byTypeRows(pairs: Pair[], which: keyof CpuByType, limit?: number): string[] {
  if (pairs.some((p) => !p.active.byType || !p.dormant.byType)) return [];
  const keys = new Set(pairs.flatMap((p) => [...p.active.byType![which].keys(), ...p.dormant.byType![which].keys()]));
  const rows = [...keys].map((key) => {
    const a = pairs.map((p) => p.active.byType![which].get(key) ?? 0);
    const d = pairs.map((p) => p.dormant.byType![which].get(key) ?? 0);
    return { key, a, d, ci: pairedInterval(a, d), median: medianOf(a.map((v, i) => v - d[i]!)) };
  });
  rows.sort((x, y) => y.ci.mean - x.ci.mean);
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const line = (r: (typeof rows)[number]) =>
    `| ${r.key} | ${signedPct(r.median.median)} (95 % CI ${signedPct(r.median.low)} to ${signedPct(r.median.high)}) | ${pctInterval(r.ci)} | ${pct(mean(r.a))} | ${pct(mean(r.d))} |`;
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  const rest = rows.slice(shown.length);
  const restMean = rest.reduce((s, r) => s + r.ci.mean, 0);
  return [...shown.map(line), ...(rest.length ? [`| ${rest.length} other threads, summed | – | ${signedPct(restMean)} | – | – |`] : [])];
}

function latencyRow(s: Series): string {
  const sorted = [...s.samples].sort((a, b) => a - b);
  const ci = quantileInterval(sorted, 0.95);
  return `| ${s.label} | ${s.samples.length} | ${s.errors.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(ci.low)} – ${ms(ci.high)} | ${ms(sorted[sorted.length - 1] ?? Number.NaN)} | ${s.load[0].toFixed(1)} → ${s.load[1].toFixed(1)} |`;
}

function cpuCheck(name: string, ci: Interval, goal: number | null): Check {
  if (goal === null) return { name, value: `${pctInterval(ci)} of one core`, budget: 'none (reported)', pass: false, reported: true };
  const verdict = judge(ci, goal);
  return { name, value: `${pctInterval(ci)} of one core`, budget: `< ${pct(goal)} of one core (issue 22 goal)`, pass: verdict === 'PASS', inconclusive: verdict === 'inconclusive' };
}

function latencyCheck(s: Series): Check {
  const sorted = [...s.samples].sort((a, b) => a - b);
  const ci = quantileInterval(sorted, 0.95);
  const failedAny = s.errors.length > 0;
  return {
    name: `${s.label}: p95 over ${s.samples.length} changes (${s.errors.length} not shown within 3 s)`,
    value: `${ms(percentile(sorted, 95))} (95 % CI ${ms(ci.low)} – ${ms(ci.high)})`,
    budget: `< ${LATENCY_GOAL_MS} ms (issue 22 goal)`,
    pass: !failedAny && ci.high < LATENCY_GOAL_MS,
    inconclusive: !failedAny && ci.low <= LATENCY_GOAL_MS && ci.high >= LATENCY_GOAL_MS,
  };
}

export async function outsideRow(options: BenchOptions): Promise<Section> {
  const pairCount = Number(process.env.LIQCHECK_OUTSIDE_PAIRS ?? (options.quick ? 4 : 16));
  const seconds = options.quick ? 2 : 5;
  const samples = options.quick ? 20 : 150;
  const result = await measureOutside(options.distRoot, pairCount, seconds, samples);
  const { pairs } = result;
  const loads = pairs.flatMap((p) => [p.active.load, p.dormant.load]);
  const loadText = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)})`;
  const intervals = new Map<Figure, Interval>();
  const rows = FIGURES.map(([figure, label]) => {
    const both = differences(pairs, figure);
    if (!both) return `| ${label} | – | – | – |`;
    const ci = pairedInterval(both[0], both[1]);
    intervals.set(figure, ci);
    const median = medianOf(both[0].map((v, i) => v - both[1][i]!));
    const activeMean = both[0].reduce((a, b) => a + b, 0) / both[0].length;
    return `| ${label} | ${signedPct(median.median)} (95 % CI ${signedPct(median.low)} to ${signedPct(median.high)}) | ${pctInterval(ci)} | ${pct(activeMean)} |`;
  });
  const body = [
    `The built extension in Chromium on bench/outside-page.html, a busy Binance USDⓈ-M trade page written for this row without the project's fixtures or bench/busy-page.ts (mark, PnL, margin, account, the form's Max and a 20-level order book re-rendered 50 times a second; text committed as React DOM commits it), served on ${URL}. ${pairs.length} pairs of ${seconds} s windows, active-dormant then dormant-active (ABBA), dormant meaning Binance USDⓈ-M switched off in the extension's settings (storage.sync, saved from its options page); each window starts 1 s after the overlay came back with an estimate or went. ${(result.totalSeconds / 60).toFixed(1)} min in all with the latency series. 1-minute load average during the windows: ${loadText} on ${os.cpus().length} cores.`,
    '',
    `Page updates per second: active ${(pairs.reduce((a, p) => a + p.active.updatesPerSecond, 0) / pairs.length).toFixed(1)}, dormant ${(pairs.reduce((a, p) => a + p.dormant.updatesPerSecond, 0) / pairs.length).toFixed(1)} (mean). Figures are plain shares of one core, active minus dormant per pair: the median of the differences with its distribution-free 95 % interval (two ranked differences, quantile-interval.ts), and the mean with Student's t interval (statistics.ts), which the goals are judged on.`,
    '',
    '| figure | median added (95 % CI) | mean added (95 % CI) | active, mean |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
    `Where the CPU of all processes goes: each process's type is Chromium's --type= switch in its /proc/<pid>/cmdline (none: the browser process; renderers with --extension-process are the extension's worker and pages, the others the web page's; utility processes by --utility-sub-type), its CPU (user + system) read from /proc/<pid>/stat around the same windows (process-types.ts). Active minus dormant per pair, as above; active and dormant shares of one core beside.`,
    '',
    '| process type | median added (95 % CI) | mean added (95 % CI) | active, mean | dormant, mean |',
    '|---|---:|---:|---:|---:|',
    ...byTypeRows(pairs, 'types'),
    '',
    `The same by thread (/proc/<pid>/task/<tid>, named by its comm, a trailing number dropped so a pool counts as one), the ${THREAD_ROWS} largest mean additions:`,
    '',
    '| process type / thread | median added (95 % CI) | mean added (95 % CI) | active, mean | dormant, mean |',
    '|---|---:|---:|---:|---:|',
    ...byTypeRows(pairs, 'threads', THREAD_ROWS),
    '',
    `Then, extension active, page ticking: ${result.typed.samples.length + result.typed.errors.length} typed order sizes (the Size input's value set and 'input' fired) until the order panel's Long estimate equals Binance's rule for the order added to the open long, and as many page-made changes (the page's isolated margin set to one of 20 values, 1,400–1,590 USDT: the Margin and Liq.Price cells re-rendered) until the BTCUSDT badge's estimate equals (Q·EP − WB) / (Q·(1 − MMR)), within ${TOLERANCE} USDT. Timed in the page (performance.now()) from the change to the MutationObserver callback that sees the match (the overlay renders in an animation frame, so that frame paints it). The p95's interval is distribution-free (quantile-interval.ts).`,
    '',
    '| case | samples | not shown in 3 s | p50 | p95 | p95, 95 % CI | max | load (1 min), start → end |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    latencyRow(result.typed),
    latencyRow(result.pageMade),
    ...[result.typed, result.pageMade].filter((s) => s.errors.length).map((s) => `\n${s.label}: ${s.errors.length} failed, e.g. ${s.errors.slice(0, 3).join('; ')}`),
  ].join('\n');
  const ci = (figure: Figure) => intervals.get(figure) ?? { mean: Number.NaN, low: Number.NaN, high: Number.NaN, df: 0, n: 0 };
  return {
    name: 'outside',
    title: 'Issue 22: measured from outside, on an independently written busy page',
    body,
    checks: [
      cpuCheck('outside page: page script time added', ci('script'), SCRIPT_GOAL),
      cpuCheck('outside page: page task time added', ci('task'), null),
      cpuCheck("outside page: the extension's process added", ci('extension'), null),
      cpuCheck("outside page: all browser processes added", ci('browser'), BROWSER_GOAL),
      latencyCheck(result.typed),
      latencyCheck(result.pageMade),
    ],
  };
}
