// What a mutation observer's callback costs on the outside page (bench/outside-page.html), apart from
// everything else the content script does: observers of the watcher's shape, in an isolated world the
// bench makes with CDP (as a content script's), with callbacks that read more or less of each record,
// each profiled for a few seconds (CPU profile, the callback's own samples). Not part of `npm run
// bench`; run by hand: `npx tsx bench/observer-callbacks.ts [seconds, default 10]`.
// The roots are the panels the Binance reader watches there; "cells" observes the roots without text
// and the text of the six cells a reading reads in them (the mark, the position's figures).
import { join } from 'node:path';
import { launchWithExtension, repoRoot } from '../tests/support/browser';
import { startServer } from '../tests/support/https-server';
import { OBSERVE } from '../src/content/page-watcher';
import type { Profile } from './content-profile';

const seconds = Number(process.argv[2] ?? 10);
const server = await startServer({
  '/en/futures/BTCUSDT': join(repoRoot, 'bench/outside-page.html'),
  '/outside-page.js': join(repoRoot, 'bench/outside-page.js'),
  '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
});
const browser = await launchWithExtension({ hosts: ['www.binance.com'], port: server.port, extension: false });
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await page.goto('https://www.binance.com/en/futures/BTCUSDT');
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = (await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'observer-callbacks' })) as { executionContextId: number };
  const run = (expression: string) => cdp.send('Runtime.evaluate', { expression, contextId: world.executionContextId });
  const structure: MutationObserverInit = { ...OBSERVE, characterData: false, characterDataOldValue: false };
  await run(`
    const all = ${JSON.stringify(OBSERVE)};
    const structure = ${JSON.stringify(structure)};
    const text = { characterData: true, characterDataOldValue: true, subtree: true };
    const roots = ['[name=header]', '[name=orderForm]', '#pane-positions', '#tab-positions'].map((s) => document.querySelector(s));
    const cells = ['header-mark', 'pos-mark', 'pos-margin', 'pos-ratio', 'pos-pnl', 'pos-roi'].map((id) => document.getElementById(id));
    // The callbacks are named so that the profile finds them: nothing, type and target, and the old value too.
    function callbackEmpty(records) { globalThis.kept = records.length; }
    function callbackTarget(records) { let n = 0; for (let i = 0; i < records.length; i++) { const r = records[i]; if (r.type === 'characterData' && r.target) n++; } globalThis.kept = n; }
    function callbackOldValue(records) { let n = 0; for (let i = 0; i < records.length; i++) { const r = records[i]; if (r.type === 'characterData' && r.oldValue !== r.target.data) n++; } globalThis.kept = n; }
    globalThis.observeWith = (callback, onlyCells) => {
      globalThis.observer?.disconnect();
      globalThis.records = 0;
      globalThis.observer = new MutationObserver((records) => { globalThis.records += records.length; callback(records); });
      for (const root of roots) globalThis.observer.observe(root, onlyCells ? structure : all);
      if (onlyCells) for (const cell of cells) globalThis.observer.observe(cell, text);
    };
  `);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  console.log(`${seconds} s each, ms a second in the callback (its own samples), and records a second:\n`);
  console.log('| callback | observed | callback ms/s | records/s |\n|---|---|---:|---:|');
  for (const callback of ['callbackEmpty', 'callbackTarget', 'callbackOldValue']) {
    for (const onlyCells of [false, true]) {
      await run(`observeWith(${callback}, ${onlyCells})`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await run('globalThis.records = 0');
      await cdp.send('Profiler.start');
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const records = ((await run('globalThis.records')) as { result: { value: number } }).result.value;
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      let ms = 0;
      const samples = profile.samples ?? [];
      for (let i = 0; i < samples.length; i++) {
        if (byId.get(samples[i]!)?.callFrame.functionName === callback) ms += (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
      }
      const span = (profile.endTime - profile.startTime) / 1e6;
      console.log(`| ${callback} | ${onlyCells ? "six cells' text" : 'all text'} | ${(ms / span).toFixed(2)} | ${Math.round(records / span)} |`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
