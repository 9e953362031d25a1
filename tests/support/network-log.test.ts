import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserOwn, readLog, violations, type Attribution, type LoggedRequest } from './network-log';

const dir = mkdtempSync(join(tmpdir(), 'liqcheck-network-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function logOf(lines: (LoggedRequest | Attribution)[]): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

const request = (browser: LoggedRequest['browser'], session: string | undefined, host: string, port = 443): LoggedRequest => ({
  browser,
  session,
  host,
  port,
  target: `${host}:${port}`,
  served: false,
  at: '2026-12-04T17:00:00.000Z',
});
const allowed = new Set(['www.binance.com', 'fapi.binance.com']);

describe('the guard judges a request by who made it', () => {
  const file = logOf([
    request('chromium', 's1', 'update.googleapis.com'),
    request('chromium', 's1', 'www.binance.com'),
    request('chromium', 's1', 'tracker.example'),
    request('chromium', 's2', 'update.googleapis.com'),
    request('firefox', 's3', 'detectportal.firefox.com'),
    request('chromium', 's1', 'fapi.binance.com', 80),
    { kind: 'attribution', session: 's1', host: 'update.googleapis.com', port: 443, by: 'browser' },
    { kind: 'attribution', session: 's1', host: 'www.binance.com', port: 443, by: 'extension (worker)' },
    { kind: 'attribution', session: 's1', host: 'tracker.example', port: 443, by: 'extension (worker)' },
    { kind: 'attribution', session: 's1', host: 'fapi.binance.com', port: 80, by: 'browser' },
  ]);
  const entries = readLog(file);

  it('joins each request to the attribution of its browser session', () => {
    expect(entries.map((e) => e.by)).toEqual(['browser', 'extension (worker)', 'extension (worker)', undefined, undefined, 'browser']);
  });

  it("fails the extension's request outside the allowlist, and any request nobody attributed", () => {
    expect(violations(entries, allowed).map((e) => `${e.session} ${e.host}`)).toEqual(['s1 tracker.example', 's2 update.googleapis.com', 's3 detectportal.firefox.com']);
  });

  it("reports the browser's own apart, a plain-HTTP request to a venue host among them", () => {
    expect(browserOwn(entries, allowed).map((e) => `${e.host}:${e.port}`)).toEqual(['update.googleapis.com:443', 'fapi.binance.com:80']);
  });
});
