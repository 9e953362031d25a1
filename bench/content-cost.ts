// Content-script cost on a busy page: the busy Binance page (50 updates a second) for N seconds in
// Chromium with the extension and without it, alternating, one fresh browser per round. The page's
// main-thread time comes from CDP Performance.getMetrics (ScriptDuration, TaskDuration, ... in thread
// CPU time: timeDomain threadTicks), read after a warm-up and again N seconds later. The content script
// runs on the page's main thread (in its isolated world), so its cost is the difference "with" minus
// "without", as a share of one core over the wall-clock interval. The worker runs in another process
// and is not in these numbers.
import { busyTicks, launch, metrics, openBusyPage, sleep, startBusyServer, type Metrics } from './busy-page';
import { profileContent, profileTable, type ContentProfile } from './content-profile';
import { processCpu } from './process-cpu';
import { pct, type BenchOptions, type Section } from './report';

const BUDGET = 0.01; // of one core
const KEYS = ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

interface Round {
  extension: boolean;
  seconds: number;
  /** Seconds of main-thread time per wall-clock second, per metric. */
  share: Record<(typeof KEYS)[number], number>;
  updatesPerSecond: number;
  /** CPU seconds per wall second of every process of this browser, and of its extension process (Linux). */
  browserShare: number | null;
  extensionShare: number | null;
}

async function round(extension: boolean, seconds: number, distRoot: string): Promise<Round> {
  const server = await startBusyServer();
  const browser = await launch(server, `${distRoot}/chrome`, extension);
  try {
    const { page, cdp } = await openBusyPage(browser, { extension });
    await sleep(3000); // warm-up: the first estimates, JIT, the overlay's first renders
    const before: Metrics = await metrics(cdp);
    const ticksBefore = await busyTicks(page);
    const cpuBefore = processCpu(browser.profileDir);
    const start = performance.now();
    await sleep(seconds * 1000);
    const after: Metrics = await metrics(cdp);
    const cpuAfter = processCpu(browser.profileDir);
    const wall = (performance.now() - start) / 1000;
    const ticks = (await busyTicks(page)) - ticksBefore;
    const share = Object.fromEntries(KEYS.map((k) => [k, ((after[k] ?? 0) - (before[k] ?? 0)) / wall])) as Round['share'];
    const cpu = cpuBefore && cpuAfter ? { browser: (cpuAfter.browser - cpuBefore.browser) / wall, extension: (cpuAfter.extension - cpuBefore.extension) / wall } : null;
    return { extension, seconds: wall, share, updatesPerSecond: ticks / wall, browserShare: cpu?.browser ?? null, extensionShare: cpu && extension ? cpu.extension : null };
  } finally {
    await browser.close();
    await server.close();
  }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const orDash = (share: number | null) => (share === null ? '–' : pct(share));

export async function contentCost(options: BenchOptions): Promise<Section> {
  const seconds = options.quick ? 5 : 30;
  const rounds = options.quick ? 1 : 2;
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    results.push(await round(false, seconds, options.distRoot));
    results.push(await round(true, seconds, options.distRoot));
  }
  const avg = (extension: boolean, key: (typeof KEYS)[number]) => mean(results.filter((r) => r.extension === extension).map((r) => r.share[key]));
  const added = (key: (typeof KEYS)[number]) => avg(true, key) - avg(false, key);
  // Per page update, scaled to the nominal 50 updates a second: on a loaded machine the page runs
  // slower than 50/s, differently in each round, and both the page's and the content script's work
  // follow the update rate.
  const perUpdate = (extension: boolean, key: (typeof KEYS)[number]) => mean(results.filter((r) => r.extension === extension).map((r) => r.share[key] / r.updatesPerSecond));
  const addedAt50 = (key: (typeof KEYS)[number]) => (perUpdate(true, key) - perUpdate(false, key)) * 50;
  const avgCpu = (extension: boolean, key: 'browserShare' | 'extensionShare') => {
    const values = results.filter((r) => r.extension === extension).map((r) => r[key]);
    return values.every((v) => v !== null) ? mean(values as number[]) : null;
  };
  const addedCpu = (key: 'browserShare') => {
    const withExt = avgCpu(true, key);
    const without = avgCpu(false, key);
    return withExt === null || without === null ? null : withExt - without;
  };

  const lines = [
    `The busy page (tests/fixtures/binance/busy-futures-btcusdt.html: mark price, PNL, account and a 28-level order book re-rendered 50 times a second) for ${seconds} s per round, ${rounds} round(s) each way, alternating without / with the extension, a fresh Chromium each round.`,
    'Main-thread time from CDP `Performance.getMetrics` on the page (thread CPU time), as a share of one core over the wall-clock interval. The last two columns come from /proc: CPU time of every process of that browser (page, browser, GPU, network, extension), and of the extension process alone, where the worker runs (not part of the budget, which is about the page\'s main thread).',
    '',
    '| round | extension | page updates/s | ScriptDuration | TaskDuration | LayoutDuration | RecalcStyleDuration | all processes | extension process |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r, i) => `| ${Math.floor(i / 2) + 1} | ${r.extension ? 'with' : 'without'} | ${r.updatesPerSecond.toFixed(1)} | ${KEYS.map((k) => pct(r.share[k])).join(' | ')} | ${orDash(r.browserShare)} | ${orDash(r.extensionShare)} |`),
    `| mean | added by the extension | | ${KEYS.map((k) => pct(added(k))).join(' | ')} | ${orDash(addedCpu('browserShare'))} | ${orDash(avgCpu(true, 'extensionShare'))} |`,
    `| per update × 50/s | added by the extension | 50 | ${KEYS.map((k) => pct(addedAt50(k))).join(' | ')} | | |`,
    '',
    'The budget is judged on the last row: each round\'s time divided by the page updates it actually ran, times 50, with minus without (the machine may not keep the page at 50 updates a second, and less often in one round than in another).',
  ];
  const profile = await profileContent(options.readableDistRoot, options.quick ? 3 : 10);
  lines.push('', '### Where the time goes', '', profileTable(profile), '', entryPoints(profile));
  const script = addedAt50('ScriptDuration');
  const task = addedAt50('TaskDuration');
  return {
    name: 'content-cost',
    title: 'Content-script cost on a busy page',
    body: lines.join('\n'),
    checks: [
      { name: 'page main-thread script time added by the extension at 50 updates/s (ScriptDuration)', value: `${pct(script)} of one core`, budget: '< 1 % of one core', pass: script < BUDGET },
      { name: 'page main-thread task time added at 50 updates/s (TaskDuration: script, style, layout, ...)', value: `${pct(task)} of one core`, budget: '< 1 % of one core', pass: task < BUDGET },
    ],
  };
}

/** The content script's few entry points as shares of its time, when the readable build names them. */
function entryPoints(profile: ContentProfile): string {
  const total = (prefix: string) => profile.rows.filter((r) => r.name.startsWith(`${prefix} `)).reduce((sum, r) => sum + r.totalMs, 0);
  const frame = total('frame');
  if (frame === 0) return '';
  const part = (label: string, prefix: string) => `${label} ${((total(prefix) / frame) * 100).toFixed(0)} %`;
  return `Per animation frame with a page change, \`frame()\` reads the whole page, serialises and posts a snapshot when anything changed, and updates the overlay: ${(frame / profile.seconds).toFixed(1)} ms per second in all; of it ${[part('reading the page (readPageAndAnchors)', 'readPageAndAnchors'), part('the port (send)', 'send'), part('the overlay (update)', 'update')].join(', ')}.`;
}
