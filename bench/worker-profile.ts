// Where the worker's time goes while the outside page (bench/outside-page.html) streams: a CDP CPU
// profile of the extension's service worker in a READABLE build, its functions as content-profile.ts
// aggregates them, and every sample by its top frame (garbage collection and native calls included).
// Not part of `npm run bench`: `npx tsx bench/worker-profile.ts [seconds]`. Playwright opens no CDP
// session on a service worker, so puppeteer-core (the Firefox tests' driver) attaches to it through
// the browser's DevTools port.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { waitUntil } from '../tests/support/browser';
import { aggregate, buildReadable, profileTable, type Profile } from './content-profile';
import { openOutsidePage } from './outside-row';

const seconds = Number(process.argv[2] ?? 20);
const dist = process.env.LIQCHECK_READABLE_DIST ?? mkdtempSync(join(tmpdir(), 'liqcheck-readable-'));
buildReadable(dist);
const { browser, close } = await openOutsidePage(dist, ['--remote-debugging-port=0']);
try {
  // Chromium writes the port it chose into the profile directory.
  const portFile = join(browser.profileDir, 'DevToolsActivePort');
  await waitUntil(() => existsSync(portFile), 30_000);
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const worker = await devtools.waitForTarget((t) => t.type() === 'service_worker', { timeout: 30_000 });
  const cdp = await worker.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await devtools.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byTop = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i]!)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    byTop.set(key, (byTop.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  console.log('Every sample by its top frame (ms a second):\n');
  for (const [key, ms] of [...byTop].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(ms / seconds).toFixed(3)}  ${key}`);
  console.log('\n' + profileTable(aggregate(profile), 30, 'service worker'));
} finally {
  await close();
}
