// Memory: the busy page for 10 minutes in two Chromiums side by side, one with the extension and one
// without. Every minute, on each page: two forced garbage collections (CDP HeapProfiler.collectGarbage),
// then Runtime.getHeapUsage (the page's V8 isolate: the main world AND the content script's isolated
// world share it) and the DOM counters of Performance.getMetrics. V8 gives no per-world heap figure, so
// the content script's growth is the isolate's growth with the extension minus its growth without
// (same page, same seeded market), between minute 1 and minute 10. The content script's isolated world
// is found through Runtime.executionContextCreated (auxData.type "isolated", a chrome-extension origin)
// and asked each minute whether it still runs.
import type { CDPSession } from 'playwright-core';
import type { LaunchedBrowser } from '../tests/support/browser';
import type { TestServer } from '../tests/support/https-server';
import { busyTicks, launch, metrics, openBusyPage, sleep, startBusyServer, type BusyPage } from './busy-page';
import { mb, type BenchOptions, type Section } from './report';

const BUDGET_BYTES = 2 * 1024 * 1024;
const when = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`);

interface Reading {
  atSeconds: number;
  used: number;
  nodes: number;
  listeners: number;
  alive: boolean;
}

interface Run {
  extension: boolean;
  server: TestServer;
  browser: LaunchedBrowser;
  page: BusyPage;
  isolated: { id: number; name: string; origin: string } | null;
  readings: Reading[];
}

async function open(extension: boolean, distRoot: string): Promise<Run> {
  const server = await startBusyServer();
  const browser = await launch(server, `${distRoot}/chrome`, extension);
  const page = await openBusyPage(browser, { extension });
  const run: Run = { extension, server, browser, page, isolated: null, readings: [] };
  // Runtime.enable reports every existing context, the content script's isolated world included.
  page.cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) run.isolated = { id: context.id, name: context.name, origin: context.origin };
  });
  await page.cdp.send('Runtime.enable');
  return run;
}

async function isolatedAlive(cdp: CDPSession, contextId: number | undefined): Promise<boolean> {
  if (contextId === undefined) return false;
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'typeof chrome === "object" && Boolean(chrome.runtime && chrome.runtime.id)', contextId, returnByValue: true });
    return result.value === true;
  } catch {
    return false;
  }
}

async function read(run: Run, atSeconds: number): Promise<Reading> {
  const { cdp } = run.page;
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const m = await metrics(cdp);
  return { atSeconds, used: heap.usedSize, nodes: m.Nodes ?? 0, listeners: m.JSEventListeners ?? 0, alive: await isolatedAlive(cdp, run.isolated?.id) };
}

export async function memory(options: BenchOptions): Promise<Section> {
  const total = options.quick ? 40 : 600;
  const first = options.quick ? 10 : 60;
  const step = options.quick ? 10 : 60;
  const runs = [await open(false, options.distRoot), await open(true, options.distRoot)];
  const started = performance.now();
  let ticks: number[] = [];
  try {
    const ticksAtStart = await Promise.all(runs.map((r) => busyTicks(r.page.page)));
    for (let at = first; at <= total; at += step) {
      await sleep(Math.max(0, started + at * 1000 - performance.now()));
      for (const run of runs) run.readings.push(await read(run, at));
    }
    ticks = (await Promise.all(runs.map((r) => busyTicks(r.page.page)))).map((t, i) => t - ticksAtStart[i]!);
  } finally {
    for (const run of runs) {
      await run.browser.close();
      await run.server.close();
    }
  }
  const [without, withExt] = runs as [Run, Run];
  const growth = (run: Run) => run.readings[run.readings.length - 1]!.used - run.readings[0]!.used;
  const added = growth(withExt) - growth(without);
  const seconds = (performance.now() - started) / 1000;
  const lines = [
    `The busy page for ${when(total)} (${options.quick ? 'quick run' : 'full run'}) in two headless Chromiums at once, without and with the extension. Each reading: two forced GCs, then the page isolate's used JS heap (CDP Runtime.getHeapUsage: main world + the content script's isolated world), DOM nodes and JS event listeners (Performance.getMetrics).`,
    `Content script's isolated world: ${withExt.isolated ? `found (context "${withExt.isolated.name}", ${withExt.isolated.origin})` : 'NOT found'}; still running at every reading: ${withExt.readings.every((r) => r.alive) ? 'yes' : 'NO'}.`,
    `Page updates during the run: ${ticks.map((t) => (t / seconds).toFixed(1)).join(' (without) and ')} (with) per second (two browsers at once share the machine's cores, so below 50).`,
    '',
    '| at | heap without | heap with | difference | DOM nodes without / with | listeners without / with |',
    '|---:|---:|---:|---:|---:|---:|',
    ...withExt.readings.map((w, i) => {
      const o = without.readings[i]!;
      return `| ${when(w.atSeconds)} | ${mb(o.used)} | ${mb(w.used)} | ${mb(w.used - o.used)} | ${o.nodes} / ${w.nodes} | ${o.listeners} / ${w.listeners} |`;
    }),
    '',
    `Growth from the first to the last reading: without ${mb(growth(without))}, with ${mb(growth(withExt))}; added by the extension ${mb(added)}.`,
  ];
  return {
    name: 'memory',
    title: 'Memory over time',
    body: lines.join('\n'),
    checks: [
      {
        name: `JS heap growth added by the content script, ${when(first)} to ${when(total)} (page isolate, with minus without)`,
        value: mb(added),
        budget: '< 2 MB',
        pass: added < BUDGET_BYTES && withExt.isolated !== null && withExt.readings.every((r) => r.alive),
      },
    ],
  };
}
