// Why the browser's other processes work more while the extension is active on the outside row's busy
// page (issue 22): a Chrome trace of every process (CDP Tracing, started from the page's session),
// alternately with Binance USDⓈ-M active and switched off, summed per process and thread by task:
// what each top-level task is (its posted-from function, or the mojo interface method it received)
// and how much thread time it took. Not part of `npm run bench`; run by hand:
//   npx tsx bench/outside-trace.ts <dist root> [seconds per window, default 5] [pairs, default 2]
import os from 'node:os';
import { openOutsidePage } from './outside-row';
import { traceWindow, type TraceEvent } from './trace-window';

const CATEGORIES = ['toplevel', 'ipc', 'mojom', 'extensions', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'cc', 'viz', 'gpu'];

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);


type Totals = Map<string, { count: number; ms: number }>;

function add(totals: Totals, key: string, ms: number) {
  const t = totals.get(key) ?? { count: 0, ms: 0 };
  t.count += 1;
  t.ms += ms;
  totals.set(key, t);
}

/** What a top-level task did, as precisely as the trace says. */
function taskName(e: TraceEvent): string {
  const a = e.args ?? {};
  const posted = (a as { src_func?: string }).src_func ?? ((a as { task?: { posted_from?: { function_name?: string } } }).task?.posted_from?.function_name);
  const file = (a as { src_file?: string }).src_file;
  return posted ? `${e.name} <- ${posted}${file ? ` (${String(file).split('/').slice(-1)[0]})` : ''}` : e.name;
}


/** Per "process / thread / task": count and thread milliseconds (tdur, else wall dur) of the top-level and mojo/ipc events. */
function summarise(events: TraceEvent[]): Totals {
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processNames.set(e.pid, String(e.args?.name));
    if (e.name === 'process_labels') processNames.set(e.pid, `${processNames.get(e.pid) ?? ''} [${String(e.args?.labels)}]`);
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  }
  const totals: Totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const where = `${processNames.get(e.pid) ?? e.pid} / ${threadNames.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    // A thread's tasks are RunTask events; the others run inside one (a mojo message received, a
    // raster job, an extension function), so their time is already in a task's: marked "within".
    const within = TASKS.has(e.name) ? '' : 'within: ';
    if (e.cat.split(',').includes('toplevel')) add(totals, `${where} | ${within}${taskName(e)}`, ms);
    else if (/mojom|ipc|extensions/.test(e.cat)) add(totals, `${where} | ${within}(${e.cat}) ${e.name}`, ms);
  }
  return totals;
}

const [distRoot = 'dist', secondsText = '5', pairsText = '2'] = process.argv.slice(2);
const seconds = Number(secondsText);
const open = await openOutsidePage(distRoot.startsWith('/') ? distRoot : `${process.cwd()}/${distRoot}`);
try {
  const sums: Record<'active' | 'dormant', Totals> = { active: new Map(), dormant: new Map() };
  let active = true;
  for (let i = 0; i < Number(pairsText); i++) {
    for (const state of i % 2 === 0 ? [true, false] : [false, true]) {
      if (state !== active) await open.setActive(state);
      active = state;
      const events = await traceWindow(open.cdp, CATEGORIES, seconds);
      if (process.env.TRACE_DUMP) {
        const names = process.env.TRACE_DUMP.split(',');
        for (const name of names) for (const e of events.filter((x) => x.name === name).slice(0, 4)) console.error(state, JSON.stringify(e));
      }
      const totals = summarise(events);
      const into = sums[state ? 'active' : 'dormant'];
      for (const [key, t] of totals) {
        const s = into.get(key) ?? { count: 0, ms: 0 };
        into.set(key, { count: s.count + t.count, ms: s.ms + t.ms });
      }
      console.error(`window ${state ? 'active' : 'dormant'} done, load ${os.loadavg()[0]!.toFixed(1)}`);
    }
  }
  const total = Number(pairsText) * seconds;
  const keys = new Set([...sums.active.keys(), ...sums.dormant.keys()]);
  const rows = [...keys].map((key) => {
    const a = sums.active.get(key) ?? { count: 0, ms: 0 };
    const d = sums.dormant.get(key) ?? { count: 0, ms: 0 };
    return { key, perSecond: (a.count - d.count) / total, addedMsPerSecond: (a.ms - d.ms) / total, a, d };
  });
  rows.sort((x, y) => Math.abs(y.addedMsPerSecond) - Math.abs(x.addedMsPerSecond));
  console.log(`| process / thread | task | added per s | added ms per s (= ‰ of a core) | active count | dormant count |`);
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of rows.slice(0, 60)) {
    const [where, task] = r.key.split(' | ');
    console.log(`| ${where} | ${task} | ${r.perSecond.toFixed(1)} | ${r.addedMsPerSecond.toFixed(2)} | ${r.a.count} | ${r.d.count} |`);
  }
} finally {
  await open.close();
}
