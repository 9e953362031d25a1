// Where the content script's main-thread time goes on the busy page: a CDP CPU profile of the page
// (Profiler domain, sampling every 100 µs) with a READABLE build of the extension (LIQCHECK_MINIFY=false,
// so function names survive), aggregated per content-script function: self time (samples whose top
// frame is that function; DOM calls it makes count as its self time) and total time (samples with the
// function anywhere on the stack).
import { execFileSync } from 'node:child_process';
import { repoRoot } from '../tests/support/browser';
import { launch, openBusyPage, sleep, startBusyServer } from './busy-page';
import { ms, pct } from './report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface ContentProfile {
  seconds: number;
  /** Share of one core spent with content-script code on the stack. */
  totalShare: number;
  rows: { name: string; selfMs: number; totalMs: number }[];
}

export function buildReadable(distRoot: string): void {
  execFileSync('npx', ['vite', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, TARGET: 'chrome', LIQCHECK_MINIFY: 'false', LIQCHECK_DIST_ROOT: distRoot },
    stdio: 'ignore',
  });
}

export async function profileContent(readableDistRoot: string, seconds: number): Promise<ContentProfile> {
  const server = await startBusyServer();
  const browser = await launch(server, `${readableDistRoot}/chrome`, true);
  try {
    const { cdp } = await openBusyPage(browser, { extension: true });
    await sleep(2000);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await sleep(seconds * 1000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return aggregate(profile);
  } finally {
    await browser.close();
    await server.close();
  }
}

export function aggregate(profile: Profile): ContentProfile {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isOurs = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
  const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} :${node.callFrame.lineNumber + 1}`;

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let ours = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; the sample's own duration is the next delta.
    const duration = (deltas[i + 1] ?? 0) / 1000;
    let node = byId.get(samples[i]!);
    const top = node;
    const seen = new Set<string>();
    while (node) {
      if (isOurs(node)) seen.add(key(node));
      const up = parent.get(node.id);
      node = up === undefined ? undefined : byId.get(up);
    }
    if (seen.size === 0) continue;
    ours += duration;
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + duration);
    // A sample whose top frame is not ours (a native or GC frame under our call) counts as self time
    // of the deepest content-script function below it.
    let owner = top;
    while (owner && !isOurs(owner)) {
      const up = parent.get(owner.id);
      owner = up === undefined ? undefined : byId.get(up);
    }
    if (owner) self.set(key(owner), (self.get(key(owner)) ?? 0) + duration);
  }
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  const rows = [...total.entries()].map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }));
  rows.sort((a, b) => b.selfMs - a.selfMs);
  return { seconds, totalShare: ours / 1000 / seconds, rows };
}

export function profileTable(p: ContentProfile, top = 15, what = 'Binance USDⓈ-M content script'): string {
  const lines = [
    `CPU profile, ${p.seconds.toFixed(1)} s, readable build: ${what} code on the stack ${pct(p.totalShare)} of one core (profiling adds overhead of its own). Top functions by self time (a DOM call counts as the caller's self time):`,
    '',
    `| function (readable ${what}, line) | self | self per second | total (on stack) |`,
    '|---|---:|---:|---:|',
    ...p.rows.slice(0, top).map((r) => `| \`${r.name}\` | ${ms(r.selfMs)} | ${ms(r.selfMs / p.seconds)} | ${ms(r.totalMs)} |`),
  ];
  const byTotal = [...p.rows].sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  lines.push('', 'By total time (the function and everything it calls):', '', '| function | total | per second |', '|---|---:|---:|');
  for (const r of byTotal) lines.push(`| \`${r.name}\` | ${ms(r.totalMs)} | ${ms(r.totalMs / p.seconds)} |`);
  return lines.join('\n');
}
