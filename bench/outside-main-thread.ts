// What the page's main thread spends beyond script on the outside page (bench/outside-page.html):
// a devtools.timeline trace, extension active vs its venue switched off, summed per event name
// (Paint, Layout, PrePaint, FunctionCall...) on the thread that runs the page's timers. The outside
// row's ScriptDuration misses what the overlay's nodes cost the page's own frames; outside-trace.ts
// sums every process by task. Not part of `npm run bench`; run by hand, e.g. after `npm run build`:
//   npx tsx bench/outside-main-thread.ts <dist root, default dist> [windows, default 3] [seconds, default 5]
// Tracing adds overhead of its own: compare builds with it, not against budgets.
import { openOutsidePage } from './outside-row';
import { traceWindow, type TraceEvent } from './trace-window';


type PerSecond = Map<string, { count: number; ms: number }>;

const [distRoot = 'dist', windowsArg = '3', secondsArg = '5'] = process.argv.slice(2);
const windows = Number(windowsArg);
const seconds = Number(secondsArg);

/** Events and milliseconds a second, per event name, on the thread with the most TimerFire events. */
function perSecond(events: readonly TraceEvent[]): PerSecond {
  const timers = new Map<string, number>();
  for (const e of events) if (e.name === 'TimerFire') timers.set(`${e.pid}:${e.tid}`, (timers.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...timers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const by: PerSecond = new Map();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X') continue;
    const sum = by.get(e.name) ?? { count: 0, ms: 0 };
    sum.count += 1 / seconds;
    sum.ms += (e.dur ?? 0) / 1000 / seconds;
    by.set(e.name, sum);
  }
  return by;
}

const { cdp, setActive, close } = await openOutsidePage(distRoot);
try {
  const runs: Record<'active' | 'dormant', PerSecond[]> = { active: [], dormant: [] };
  // ABBA, as the outside row: a steady drift cancels.
  for (let i = 0; i < windows; i++) {
    for (const active of i % 2 === 0 ? [true, false] : [false, true]) {
      await setActive(active);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      runs[active ? 'active' : 'dormant'].push(perSecond(await traceWindow(cdp, ['devtools.timeline'], seconds)));
    }
  }
  const mean = (list: PerSecond[], name: string, key: 'count' | 'ms') => list.reduce((sum, m) => sum + (m.get(name)?.[key] ?? 0), 0) / list.length;
  const names = new Set([...runs.active, ...runs.dormant].flatMap((m) => [...m.keys()]));
  const rows = [...names]
    .map((name) => ({ name, na: mean(runs.active, name, 'count'), nd: mean(runs.dormant, name, 'count'), ma: mean(runs.active, name, 'ms'), md: mean(runs.dormant, name, 'ms') }))
    .sort((a, b) => b.ma - b.md - (a.ma - a.md));
  console.log(`${windows} active and ${windows} dormant windows of ${seconds} s, the page's main thread:\n`);
  console.log('| event | per second, active / dormant | ms a second, active / dormant | added ms a second |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows.slice(0, 20)) {
    const added = r.ma - r.md;
    console.log(`| ${r.name} | ${r.na.toFixed(1)} / ${r.nd.toFixed(1)} | ${r.ma.toFixed(2)} / ${r.md.toFixed(2)} | ${added >= 0 ? '+' : ''}${added.toFixed(2)} |`);
  }
} finally {
  await close();
}
