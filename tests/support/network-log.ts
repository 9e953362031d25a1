// The privacy record of the end-to-end suite: every request any test browser sends goes through a
// local recording proxy (recording-proxy.ts), which appends one JSON line per request to the file
// named by LIQCHECK_NETWORK_LOG (set by network-guard.ts for the whole suite). After the suite, any
// request to a host outside the allowlist fails the run.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface LoggedRequest {
  /** Which browser sent it. */
  browser: 'chromium' | 'firefox';
  /** The host asked for (CONNECT host:port, or a plain HTTP request's host). */
  host: string;
  port: number;
  /** host:port as asked in CONNECT, or the absolute URL of a plain HTTP request. */
  target: string;
  /** Tunnelled to the test server (a host that test serves); refused otherwise. */
  served: boolean;
  at: string;
}

export const NETWORK_LOG_ENV = 'LIQCHECK_NETWORK_LOG';

/** Appends one request to the suite's log (or to `file`); no log configured: nothing is written. */
export function logRequest(entry: LoggedRequest, file = process.env[NETWORK_LOG_ENV]): void {
  if (!file) return;
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

export function readLog(file: string): LoggedRequest[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LoggedRequest);
}

/**
 * The hosts the extension may ever talk to: the venue pages and the venues' public market-data
 * endpoints, i.e. every host in manifest.json's host_permissions (read at run time, so a new
 * permission is reviewed in the manifest, not here).
 */
export function allowedHosts(manifestPath = join(repoRoot, 'manifest.json')): Set<string> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  const hosts = new Set<string>();
  for (const pattern of manifest.host_permissions ?? []) {
    const m = /^https:\/\/([^/*]+)\//.exec(pattern);
    if (m) hosts.add(m[1]!.toLowerCase());
  }
  return hosts;
}

/** Loopback never leaves the machine: where the browsers' own services are pointed to fail. */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

/** Requests to hosts outside the allowlist, and plain-HTTP requests to them (the venues are HTTPS). */
export function violations(entries: readonly LoggedRequest[], allowed: ReadonlySet<string> = allowedHosts()): LoggedRequest[] {
  return entries.filter((e) => !LOOPBACK.test(e.host) && (!allowed.has(e.host.toLowerCase()) || e.port !== 443));
}
