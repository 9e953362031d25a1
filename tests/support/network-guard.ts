// Vitest global setup of the end-to-end suite: one network log for every browser the suite launches
// (recording-proxy.ts writes to it, browser.ts adds who made each request), checked once all test
// files have run. A request to a host outside manifest.json's host_permissions, or a plain-HTTP
// request, fails the run, unless the browser made it on its own (no page, no worker, no extension
// asked for it: netlog.ts); those are listed apart. Firefox's requests carry no attribution, so
// every one of them is judged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowedHosts, browserOwn, NETWORK_LOG_ENV, readLog, violations } from './network-log';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'liqcheck-network-'));
  const file = join(dir, 'requests.jsonl');
  writeFileSync(file, '');
  // Test files run in child processes started after this, which inherit the environment.
  process.env[NETWORK_LOG_ENV] = file;
  return () => {
    const entries = readLog(file);
    const allowed = allowedHosts();
    const bad = violations(entries, allowed);
    const own = browserOwn(entries, allowed);
    const requester = (e: (typeof entries)[number]) => `${e.browser} ${e.by ?? 'unattributed'}`;
    const count = (list: typeof entries) => {
      const by = new Map<string, number>();
      for (const e of list) by.set(requester(e), (by.get(requester(e)) ?? 0) + 1);
      return [...by].sort().map(([who, n]) => `${who} ${n}`).join(', ');
    };
    const hosts = [...new Set(entries.map((e) => `${e.host}:${e.port}`))].sort();
    console.log(`network guard: ${entries.length} requests from the test browsers, to ${hosts.length} hosts (${hosts.join(', ')}); by requester: ${count(entries)}`);
    console.log(`network guard: the browsers' own requests outside the allowlist (reported, not failed): ${own.length}${own.length > 0 ? ` (${[...new Set(own.map((e) => `${e.browser} ${e.host}:${e.port}`))].join(', ')})` : ''}`);
    console.log(`network guard: requests by the extension, the pages or unattributed, outside the allowlist: ${bad.length}`);
    if (bad.length > 0) {
      // Kept for a look; the message says where.
      throw new Error(`network guard: ${bad.length} requests left for hosts outside manifest.json's host_permissions (${[...allowed].join(', ')}): ${[...new Set(bad.map((e) => `${requester(e)} ${e.target}`))].join(', ')}; log: ${file}`);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
