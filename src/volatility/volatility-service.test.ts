// The volatility cache against a real local HTTPS server standing in for the venues' API hosts: it
// fetches a week of candles for the symbols a page shows, stores the annualised volatility with its
// time, refreshes at most once an hour, keeps the last value when a refresh fails (offline fallback).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { jsonHandler, startServer, type TestServer } from '../../tests/support/https-server';
import type { FetchFunction } from '../market-data/fetch-json';
import { row, snapshot } from '../background/testing/make-snapshot';
import { candleAnswer } from './testing/candle-answers';
import { VOLATILITY_REFRESH_MS, VOLATILITY_RETRY_MS, VolatilityService } from './volatility-service';
import { VolatilityStore } from './volatility-store';

const NOW = Date.parse('2026-11-22T10:30:00Z');
const HOUR = 3_600_000;
// 169 closes: a random walk of ±1 % steps, fixed so the test is repeatable.
const CLOSES = Array.from({ length: 169 }, (_, i) => (100 * 1.01 ** [0, 1, 2, 1, 0, -1, 0, 1][i % 8]! * (1 + (i % 5) / 1000)).toFixed(6));

/** σ = sample stdev of log returns × √8760, in plain floats: the test's own computation. */
function floatVolatility(closes: readonly string[]): number {
  const r = closes.slice(1).map((c, i) => Math.log(Number(c) / Number(closes[i])));
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  return Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1)) * Math.sqrt(8760);
}

let server: TestServer;
let answerStatus = 200;
beforeAll(async () => {
  server = await startServer({
    '/fapi/v1/klines': (req, res) => jsonHandler(candleAnswer('binance-usdm', CLOSES, NOW - 169 * HOUR), answerStatus)(req, res),
    '/info': (req, res) => jsonHandler(candleAnswer('hyperliquid', CLOSES, NOW - 169 * HOUR))(req, res),
  });
});
afterAll(() => server.close());

/** Node's fetch to the local server: the venue's host becomes 127.0.0.1:port (the certificate is self-signed). */
const localFetch: FetchFunction = async (url, init) => {
  const target = new URL(url);
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  return fetch(server.url(target.pathname + target.search), init);
};

function setup() {
  const clock = { now: NOW };
  const updates: string[] = [];
  const area = memoryArea();
  const service = new VolatilityService({ store: new VolatilityStore(area), fetch: localFetch, now: () => clock.now, onUpdate: (v, s) => updates.push(`${v}:${s}`) });
  const page = snapshot({ mark: '100000', rows: [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000' })] });
  return { clock, updates, area, service, page };
}

const settle = async (service: VolatilityService) => {
  for (let i = 0; i < 200 && (service as unknown as { inFlight: Map<string, unknown> }).inFlight.size > 0; i++) await new Promise((r) => setTimeout(r, 10));
};

describe('VolatilityService', () => {
  it('nothing cached: answers without, fetches the candles, then answers with the volatility and its time', async () => {
    const { service, page, updates } = setup();
    const before = server.requests.length;
    expect((await service.lookupFor(page))('binance-usdm', 'BTCUSDT')).toBeUndefined();
    await settle(service);
    expect(updates).toEqual(['binance-usdm:BTCUSDT']);
    const requests = server.requests.slice(before);
    expect(requests.map((r) => r.url)).toEqual(['/fapi/v1/klines?symbol=BTCUSDT&interval=1h&limit=169']);
    const v = (await service.lookupFor(page))('binance-usdm', 'BTCUSDT')!;
    expect(Math.abs(Number(v.annualised) - floatVolatility(CLOSES))).toBeLessThan(1e-10);
    expect(v).toMatchObject({ source: 'Binance USDⓈ-M 1h klines', fetchedAt: new Date(NOW).toISOString(), asOf: new Date(NOW - HOUR).toISOString(), samples: 168 });
  });

  it('refreshes at most once an hour per symbol; only for the page\'s venue', async () => {
    const { service, page, clock } = setup();
    await service.lookupFor(page);
    await settle(service);
    const count = () => server.requests.filter((r) => r.path === '/fapi/v1/klines').length;
    const after = count();
    clock.now += VOLATILITY_REFRESH_MS - 1000;
    const lookup = await service.lookupFor(page);
    await settle(service);
    expect(count()).toBe(after);
    expect(lookup('bybit', 'BTCUSDT')).toBeUndefined();
    clock.now += 2000;
    await service.lookupFor(page);
    await settle(service);
    expect(count()).toBe(after + 1);
  });

  it('a failed refresh keeps the last value (offline fallback) and waits 10 minutes before asking again', async () => {
    const { service, page, clock, area } = setup();
    await service.lookupFor(page);
    await settle(service);
    const first = (await service.lookupFor(page))('binance-usdm', 'BTCUSDT')!;
    answerStatus = 503;
    try {
      clock.now += 2 * HOUR;
      await service.lookupFor(page);
      await settle(service);
      const kept = (await service.lookupFor(page))('binance-usdm', 'BTCUSDT');
      expect(kept).toEqual(first);
      const stored = [...area.data.values()][0] as { failure: { at: number; reason: string } };
      expect(stored.failure).toEqual({ at: clock.now, reason: expect.stringContaining('HTTP 503') });
      const count = server.requests.filter((r) => r.path === '/fapi/v1/klines').length;
      clock.now += VOLATILITY_RETRY_MS - 1000;
      await service.lookupFor(page);
      await settle(service);
      expect(server.requests.filter((r) => r.path === '/fapi/v1/klines').length).toBe(count);
    } finally {
      answerStatus = 200;
    }
  });

  it('Hyperliquid: POST candleSnapshot for the coin', async () => {
    const { service } = setup();
    const page = snapshot({ venue: 'hyperliquid', symbol: 'BTC', mark: '100000' });
    await service.lookupFor(page);
    await settle(service);
    const v = (await service.lookupFor(page))('hyperliquid', 'BTC');
    expect(v && Math.abs(Number(v.annualised) - floatVolatility(CLOSES))).toBeLessThan(1e-10);
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/info' });
  });

  it('storage holding something else is ignored, not trusted', async () => {
    const area = memoryArea({ 'volatility:binance-usdm:BTCUSDT': { volatility: { annualised: 'lots', source: 'x', asOf: 'x', fetchedAt: 'x', samples: 1 } } });
    const entries = await new VolatilityStore(area).read('binance-usdm', ['BTCUSDT']);
    expect(entries.get('BTCUSDT')).toEqual({});
  });
});
