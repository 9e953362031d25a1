// Content-script cost on a busy page: the busy Binance page (50 updates a second) for N seconds in
// Chromium with the extension and without it, alternating, one fresh browser per round. The page's
// main-thread time comes from CDP Performance.getMetrics (ScriptDuration, TaskDuration, ... in thread
// CPU time: timeDomain threadTicks), read after a warm-up and again N seconds later. The content script
// runs on the page's main thread (in its isolated world), so its cost is the difference "with" minus
// "without", as a share of one core over the wall-clock interval. The worker runs in another process
// and is not in these numbers.
import { busyTicks, launch, metrics, openBusyPage, sleep, startBusyServer, type Metrics } from './busy-page';
import { profileContent, profileTable } from './content-profile';
import { pct, type BenchOptions, type Section } from './report';

const BUDGET = 0.01; // of one core
const KEYS = ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

interface Round {
  extension: boolean;
  seconds: number;
  /** Seconds of main-thread time per wall-clock second, per metric. */
  share: Record<(typeof KEYS)[number], number>;
  updatesPerSecond: number;
}

async function round(extension: boolean, seconds: number, distRoot: string): Promise<Round> {
  const server = await startBusyServer();
  const browser = await launch(server, `${distRoot}/chrome`, extension);
  try {
    const { page, cdp } = await openBusyPage(browser, { extension });
    await sleep(3000); // warm-up: the first estimates, JIT, the overlay's first renders
    const before: Metrics = await metrics(cdp);
    const ticksBefore = await busyTicks(page);
    const start = performance.now();
    await sleep(seconds * 1000);
    const after: Metrics = await metrics(cdp);
    const wall = (performance.now() - start) / 1000;
    const ticks = (await busyTicks(page)) - ticksBefore;
    const share = Object.fromEntries(KEYS.map((k) => [k, ((after[k] ?? 0) - (before[k] ?? 0)) / wall])) as Round['share'];
    return { extension, seconds: wall, share, updatesPerSecond: ticks / wall };
  } finally {
    await browser.close();
    await server.close();
  }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

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

  const lines = [
    `The busy page (tests/fixtures/binance/busy-futures-btcusdt.html: mark price, PNL, account and a 28-level order book re-rendered 50 times a second) for ${seconds} s per round, ${rounds} round(s) each way, alternating without / with the extension, a fresh Chromium each round.`,
    'Main-thread time from CDP `Performance.getMetrics` on the page (thread CPU time), as a share of one core over the wall-clock interval. The worker runs in the extension process and is not included.',
    '',
    '| round | extension | page updates/s | ScriptDuration | TaskDuration | LayoutDuration | RecalcStyleDuration |',
    '|---:|---|---:|---:|---:|---:|---:|',
    ...results.map((r, i) => `| ${Math.floor(i / 2) + 1} | ${r.extension ? 'with' : 'without'} | ${r.updatesPerSecond.toFixed(1)} | ${KEYS.map((k) => pct(r.share[k])).join(' | ')} |`),
    `| mean | added by the extension | | ${KEYS.map((k) => pct(added(k))).join(' | ')} |`,
  ];
  const profile = await profileContent(options.readableDistRoot, options.quick ? 3 : 10);
  lines.push('', '### Where the time goes', '', profileTable(profile));
  const script = added('ScriptDuration');
  const task = added('TaskDuration');
  return {
    name: 'content-cost',
    title: 'Content-script cost on a busy page',
    body: lines.join('\n'),
    checks: [
      { name: 'main-thread script time added by the extension (ScriptDuration)', value: `${pct(script)} of one core`, budget: '< 1 % of one core', pass: script < BUDGET },
      { name: 'main-thread task time added (TaskDuration: script, style, layout, ...)', value: `${pct(task)} of one core`, budget: '< 1 % of one core', pass: task < BUDGET },
    ],
  };
}
