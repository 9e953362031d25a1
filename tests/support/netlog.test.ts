import { describe, expect, it } from 'vitest';
import { parseNetlog, requesterFor, requesterOf } from './netlog';

// The shape of Chromium 156's --log-net-log file, with URL_REQUEST_START_JOB params as a probe
// recorded them (the event type numbers differ between builds; the file names them in constants).
const START_JOB = 113;
function netlogText(events: { url: string; initiator?: string; network_isolation_key?: string }[], finished = true): string {
  const text = JSON.stringify({
    constants: { logEventTypes: { REQUEST_ALIVE: 2, URL_REQUEST_START_JOB: START_JOB } },
    events: [
      { type: 2, params: { url: 'https://ignored.example/', priority: 'IDLE' } },
      ...events.map((params) => ({ type: START_JOB, phase: 1, params: { method: 'GET', request_type: 'other', ...params } })),
    ],
  });
  // A browser that was killed leaves the events array open.
  return finished ? text : `${text.slice(0, -2)},\n`;
}

const EXTENSION = 'chrome-extension://ndpfphfghapfjggdekgeklbaeignadfg';

describe('requesterOf: who asked, from the initiator and the isolation key', () => {
  it('the extension (worker or page): its own origin initiates', () => {
    expect(requesterOf(EXTENSION, `${EXTENSION} ${EXTENSION}`)).toBe('extension');
  });
  it('a page: a web origin initiates, or an opaque one (an error page)', () => {
    expect(requesterOf('https://www.binance.com', 'https://binance.com https://binance.com')).toBe('page');
    expect(requesterOf('null', 'null [internally: (7E8C) anonymous] null [internally: (7E8C) anonymous]')).toBe('page');
  });
  it('a navigation has no initiator but the site it goes to: not the browser on its own', () => {
    expect(requesterOf('not an origin', 'https://evil.example https://evil.example')).toBe('page');
    expect(requesterOf(undefined, 'https://evil.example https://evil.example')).toBe('page');
  });
  it('the browser itself: no initiating origin and no frame or worker', () => {
    expect(requesterOf('not an origin', 'null null')).toBe('browser');
    expect(requesterOf(undefined, undefined)).toBe('browser');
  });
});

describe('parseNetlog', () => {
  const events = [
    { url: 'https://update.googleapis.com/service/update2/json?cup2key=x', initiator: 'not an origin', network_isolation_key: 'null null' },
    { url: 'https://api.bybit.com/v5/market/tickers', initiator: EXTENSION, network_isolation_key: `${EXTENSION} ${EXTENSION}` },
    { url: 'http://update.googleapis.com/service/update2/json', initiator: 'not an origin', network_isolation_key: 'null null' },
    { url: 'chrome-extension://abc/popup/index.html', initiator: 'not an origin' },
  ];

  it('reads every URL request with its host, port (from the scheme) and requester', () => {
    expect(parseNetlog(netlogText(events))).toEqual([
      expect.objectContaining({ host: 'update.googleapis.com', port: 443, by: 'browser' }),
      expect.objectContaining({ host: 'api.bybit.com', port: 443, by: 'extension' }),
      expect.objectContaining({ host: 'update.googleapis.com', port: 80, by: 'browser' }),
    ]);
  });

  it('reads a file the browser left unfinished', () => {
    expect(parseNetlog(netlogText(events, false)).map((r) => r.host)).toEqual(['update.googleapis.com', 'api.bybit.com', 'update.googleapis.com']);
  });

  it('an unreadable file is no requests, not an exception', () => {
    expect(parseNetlog('')).toEqual([]);
    expect(parseNetlog('{"events": [')).toEqual([]);
    expect(parseNetlog('{"constants": {}, "events": []}')).toEqual([]);
  });
});

describe('requesterFor: one answer per host and port', () => {
  const requests = parseNetlog(
    netlogText([
      { url: 'https://update.googleapis.com/a', initiator: 'not an origin', network_isolation_key: 'null null' },
      { url: 'https://shared.example/a', initiator: 'not an origin', network_isolation_key: 'null null' },
      { url: 'https://shared.example/b', initiator: EXTENSION, network_isolation_key: `${EXTENSION} ${EXTENSION}` },
      { url: 'https://www.binance.com/x', initiator: 'https://www.binance.com', network_isolation_key: 'https://binance.com https://binance.com' },
    ]),
  );

  it("the browser's own host is the browser's", () => {
    expect(requesterFor(requests, 'update.googleapis.com', 443)).toBe('browser');
  });
  it('a host both the browser and the extension asked for counts as the extension\'s', () => {
    expect(requesterFor(requests, 'shared.example', 443)).toBe('extension');
  });
  it('a page host is the page\'s; the port must match too', () => {
    expect(requesterFor(requests, 'WWW.BINANCE.COM', 443)).toBe('page');
    expect(requesterFor(requests, 'www.binance.com', 80)).toBeUndefined();
  });
  it('a host the log never saw is unknown (judged)', () => {
    expect(requesterFor(requests, 'nowhere.example', 443)).toBeUndefined();
  });
});
