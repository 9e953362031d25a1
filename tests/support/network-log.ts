// The privacy record of the end-to-end suite: every request any test browser sends goes through a
// local recording proxy (recording-proxy.ts), which appends one JSON line per request to the file
// named by LIQCHECK_NETWORK_LOG (set by network-guard.ts for the whole suite). After the suite, any
// request to a host outside the allowlist fails the run, unless the browser made it on its own
// (Chromium only: netlog.ts tells who made each request; the browser's own are reported apart).
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Requester } from './netlog';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface LoggedRequest {
  /** Which browser sent it. */
  browser: 'chromium' | 'firefox';
  /** One launched browser (its proxy); attributions name it. */
  session?: string;
  /** The host asked for (CONNECT host:port, or a plain HTTP request's host). */
  host: string;
  port: number;
  /** host:port as asked in CONNECT, or the absolute URL of a plain HTTP request. */
  target: string;
  /** Tunnelled to the test server (a host that test serves); refused otherwise. */
  served: boolean;
  at: string;
}

/**
 * Who made the requests one browser sent to host:port, written when that browser closes
 * (netlog.ts). A request with no attribution (Firefox, or a browser that never closed) is judged
 * as if the extension had made it.
 */
export interface Attribution {
  kind: 'attribution';
  session: string;
  host: string;
  port: number;
  /** netlog.ts's Requester, the extension's refined to "extension (worker)" etc. where seen; 'unknown': not in the network log. */
  by: Requester | `extension (${string})` | 'unknown';
}

export const NETWORK_LOG_ENV = 'LIQCHECK_NETWORK_LOG';

/** Appends one request (or attribution) to the suite's log (or to `file`); no log configured: nothing is written. */
export function logRequest(entry: LoggedRequest | Attribution, file = process.env[NETWORK_LOG_ENV]): void {
  if (!file) return;
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

/** The requests in the log, each with who made it where an attribution says so. */
export function readLog(file: string): (LoggedRequest & { by?: Attribution['by'] })[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LoggedRequest | Attribution);
  const who = new Map<string, Attribution['by']>();
  for (const line of lines) if ('kind' in line) who.set(`${line.session} ${line.host}:${line.port}`, line.by);
  return lines.filter((line): line is LoggedRequest => !('kind' in line)).map((e) => ({ ...e, by: e.session ? who.get(`${e.session} ${e.host}:${e.port}`) : undefined }));
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
function outsideAllowlist(e: LoggedRequest, allowed: ReadonlySet<string>): boolean {
  return !LOOPBACK.test(e.host) && (!allowed.has(e.host.toLowerCase()) || e.port !== 443);
}

/** What fails the run: a request outside the allowlist by anyone but the browser on its own. */
export function violations<T extends LoggedRequest & { by?: Attribution['by'] }>(entries: readonly T[], allowed: ReadonlySet<string> = allowedHosts()): T[] {
  return entries.filter((e) => outsideAllowlist(e, allowed) && e.by !== 'browser');
}

/** Reported apart: requests outside the allowlist that the browser made on its own. */
export function browserOwn<T extends LoggedRequest & { by?: Attribution['by'] }>(entries: readonly T[], allowed: ReadonlySet<string> = allowedHosts()): T[] {
  return entries.filter((e) => outsideAllowlist(e, allowed) && e.by === 'browser');
}
