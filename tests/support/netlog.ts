// Who made each request a test Chromium sent: read from Chromium's own network log
// (--log-net-log), which records every URL request of the network service with the origin that
// initiated it and the isolation key of the frame or worker it serves. The recording proxy sees
// only "CONNECT host:443"; this tells the extension's requests from the browser's own.
//
// Measured with Chromium 156 (a probe that made each kind of request; URL_REQUEST_START_JOB params):
// - the extension's worker and its pages: initiator "chrome-extension://<id>";
// - an exchange page and its scripts: initiator "https://www.binance.com" (an error page: "null");
//   a navigation: no initiator, but the isolation key of the site navigated to;
// - the browser on its own (the component updater's update check): initiator "not an origin" and
//   isolation key "null null": no frame and no worker asked for it.
import { readFileSync } from 'node:fs';

/** Who asked for a request. Only 'browser' is the browser's own; everything else is judged. */
export type Requester = 'extension' | 'page' | 'browser';

export interface NetlogRequest {
  url: string;
  host: string;
  port: number;
  initiator: string | undefined;
  isolationKey: string | undefined;
  by: Requester;
}

interface NetlogFile {
  constants?: { logEventTypes?: Record<string, number> };
  events?: { type: number; params?: Record<string, unknown> }[];
}

/** A request made for no frame and no worker: no initiating origin and an empty isolation key. */
export function requesterOf(initiator: string | undefined, isolationKey: string | undefined): Requester {
  if (initiator?.startsWith('chrome-extension://')) return 'extension';
  const noOrigin = initiator === undefined || initiator === 'not an origin';
  const noFrame = isolationKey === undefined || isolationKey === 'null null';
  return noOrigin && noFrame ? 'browser' : 'page';
}

/** An http(s) URL's host (lower case, no IPv6 brackets) and port (the scheme's default if none); else undefined. */
export function hostAndPort(text: string): { host: string; port: number } | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return { host: url.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
}

/**
 * Chromium finishes the file when it exits; a browser that was killed leaves it without its
 * closing brackets, so an unfinished file is closed here before parsing. Unreadable: [].
 */
export function parseNetlog(text: string): NetlogRequest[] {
  let log: NetlogFile;
  try {
    log = JSON.parse(text) as NetlogFile;
  } catch {
    try {
      log = JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as NetlogFile;
    } catch {
      return [];
    }
  }
  const startJob = log.constants?.logEventTypes?.URL_REQUEST_START_JOB;
  if (startJob === undefined) return [];
  const requests: NetlogRequest[] = [];
  for (const event of log.events ?? []) {
    const params = event.params;
    if (event.type !== startJob || typeof params?.url !== 'string') continue;
    const destination = hostAndPort(params.url);
    if (!destination) continue;
    const initiator = typeof params.initiator === 'string' ? params.initiator : undefined;
    const isolationKey = typeof params.network_isolation_key === 'string' ? params.network_isolation_key : undefined;
    requests.push({
      url: params.url,
      ...destination,
      initiator,
      isolationKey,
      by: requesterOf(initiator, isolationKey),
    });
  }
  return requests;
}

export function readNetlog(file: string): NetlogRequest[] {
  try {
    return parseNetlog(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * Who asked for host:port, from the network log. When several did, the one judged most strictly
 * wins (the extension, then a page), so a request of the extension is never excused by a browser
 * request to the same host. No request to it in the log: undefined (the proxy saw a connection the
 * log can't explain, which counts against the run).
 */
export function requesterFor(requests: readonly NetlogRequest[], host: string, port: number): Requester | undefined {
  const who = new Set(requests.filter((r) => r.host === host.toLowerCase() && r.port === port).map((r) => r.by));
  for (const by of ['extension', 'page', 'browser'] as const) if (who.has(by)) return by;
  return undefined;
}
