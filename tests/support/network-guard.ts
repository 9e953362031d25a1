// Vitest global setup of the end-to-end suite: one network log for every browser the suite launches
// (recording-proxy.ts writes to it), checked once all test files have run. A single request to a
// host outside manifest.json's host_permissions, or any plain-HTTP request, fails the run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowedHosts, NETWORK_LOG_ENV, readLog, violations } from './network-log';

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
    const hosts = [...new Set(entries.map((e) => `${e.host}:${e.port}`))].sort();
    console.log(`network guard: ${entries.length} requests from the test browsers, to ${hosts.length} hosts (${hosts.join(', ')}); outside the allowlist: ${bad.length}`);
    if (bad.length > 0) {
      // Kept for a look; the message says where.
      throw new Error(`network guard: ${bad.length} requests left for hosts outside manifest.json's host_permissions (${[...allowed].join(', ')}): ${[...new Set(bad.map((e) => `${e.browser} ${e.target}`))].join(', ')}; log: ${file}`);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
