// The watched-address poll against the project's local HTTPS server, reached as api.hyperliquid.xyz
// (real hostname, certificate checked): the request carries the address and nothing else; bad, slow,
// empty and absurd answers keep the last good state and say so, dated; a 429 backs off.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../../../tests/support/https-server';
import { realHostFetch } from '../../../../tests/support/real-host-fetch';
import { memoryArea } from '../../../platform/key-value-area';
import type { AccountState } from './account-state';
import { BACKOFF_FIRST_MS, pollAll, type PollOptions } from './poll';
import { DOCS_ISOLATED_ETH, SDK_NULL_500 } from './testing/recorded';
import { EMPTY_STATE } from './testing/hip3-shapes';
import { stateKey, WATCH_KEY } from './watch-store';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
const NOW = Date.parse('2026-12-05T12:00:00Z');

type Answer = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
const json = (body: string, status = 200): Answer => (_req, res) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body);
};

let server: TestServer;
/** The main dex's clearinghouseState. */
let answer: Answer = json(JSON.stringify(DOCS_ISOLATED_ETH));
/** Every other request, by "type" or "type:dex"; perpDexs lists no HIP-3 dex unless a test says so. */
let others: Record<string, Answer> = {};
const bodies: string[] = [];
beforeAll(async () => {
  server = await startServer({
    'api.hyperliquid.xyz/info': async (req, res) => {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      bodies.push(body);
      const { type, dex, user } = JSON.parse(body) as { type: string; dex?: string; user?: string };
      if (type === 'clearinghouseState' && dex === undefined) return answer(req, res);
      const route = others[`${type}:${dex ?? ''}:${user ?? ''}`] ?? others[`${type}:${dex ?? ''}`] ?? others[type];
      if (route) return route(req, res);
      return json(type === 'perpDexs' ? '[null]' : type === 'clearinghouseState' ? JSON.stringify(EMPTY_STATE) : 'null', type === 'userAbstraction' ? 500 : 200)(req, res);
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  bodies.length = 0;
  answer = json(JSON.stringify(DOCS_ISOLATED_ETH));
  others = {};
});

function setup(watch: unknown = [A]) {
  const clock = { now: NOW };
  const area = memoryArea({ [WATCH_KEY]: watch });
  const options: PollOptions = { area, fetch: realHostFetch(server), now: () => clock.now, timeoutMs: 1000, rows: async () => [] };
  const state = () => area.data.get(stateKey(A)) as AccountState | undefined;
  return { clock, area, options, state };
}

describe('pollAll', () => {
  it('POSTs {"type":"clearinghouseState","user":address} to api.hyperliquid.xyz/info and stores the account', async () => {
    const { options, state } = setup();
    await pollAll(options);
    // The address's main dex, then (first poll: the HIP-3 scan is due) the dex list.
    expect(bodies).toEqual([JSON.stringify({ type: 'clearinghouseState', user: A }), JSON.stringify({ type: 'perpDexs' })]);
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', host: 'api.hyperliquid.xyz', path: '/info', status: 200 });
    expect(state()?.good).toMatchObject({ fetchedAt: NOW, account: { crossAccountValue: '13104.514502', positions: [{ coin: 'ETH', szi: '0.0335', marginMode: 'isolated', rawUsd: '-95.059824', liquidationPx: '2866.26936529', maxLeverage: '50' }] } });
    expect(state()?.failure).toBeUndefined();
  });

  it('an invalid address in storage is never sent; nothing watched, no request', async () => {
    await pollAll(setup(['0x1234', 'vitalik.eth', A]).options);
    expect(bodies.filter((b) => b.includes('"user"'))).toEqual([JSON.stringify({ type: 'clearinghouseState', user: A })]);
    bodies.length = 0;
    await pollAll(setup([]).options);
    await pollAll(setup('not a list').options);
    expect(bodies).toEqual([]);
  });

  const absurd = (edit: (p: Record<string, unknown>) => void) => {
    const copy = structuredClone(DOCS_ISOLATED_ETH);
    edit(copy.assetPositions[0]!.position as unknown as Record<string, unknown>);
    return json(JSON.stringify(copy));
  };
  it.each<[string, () => Answer, RegExp]>([
    ['HTTP 500 with the body null (recorded, python SDK 2025)', () => json(SDK_NULL_500.body, SDK_NULL_500.status), /answered HTTP 500/],
    ['the body null with 200', () => json('null'), /not an account state/],
    ['an empty body', () => json(''), /empty answer/],
    ['an empty object', () => json('{}'), /no assetPositions/],
    ['HTML', () => json('<html>maintenance</html>'), /not JSON/],
    ['a size that is no number', () => absurd((p) => (p.szi = 'abc')), /ETH: size abc/],
    ['a zero size', () => absurd((p) => (p.szi = '0.0')), /ETH: size 0.0/],
    ['a mark 1000x the entry', () => absurd((p) => (p.positionValue = '100027650')), /absurd beside entry/],
    ['a negative liquidation price', () => absurd((p) => (p.liquidationPx = '-5')), /not a price/],
    ['an unknown margin type', () => absurd((p) => (p.leverage = { type: 'portfolio', value: 20 })), /neither cross nor isolated/],
    ['an isolated position without rawUsd', () => absurd((p) => (p.leverage = { type: 'isolated', value: 20 })), /without rawUsd/],
    [
      'a slow answer (no byte before the deadline)',
      () => (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"assetPositions":');
      },
      /did not answer within 1 s|timed out|within/,
    ],
  ])('keeps the last good state on %s, and says why, dated', async (_name, bad, reason) => {
    const { clock, options, state } = setup();
    await pollAll(options);
    const good = state()!.good;
    clock.now = NOW + 60_000;
    answer = bad();
    await pollAll(options);
    expect(state()!.good).toEqual(good);
    expect(state()!.failure?.at).toBe(NOW + 60_000);
    expect(state()!.failure?.reason).toMatch(reason);
    // The next good answer replaces it and clears the failure.
    answer = json(JSON.stringify(DOCS_ISOLATED_ETH));
    clock.now = NOW + 120_000;
    await pollAll(options);
    expect(state()).toEqual({ good: { ...good, fetchedAt: NOW + 120_000 }, scannedAt: NOW });
  });

  it('HTTP 429: no request before the back-off ends; the wait doubles; a good answer clears it', async () => {
    const { clock, options, state } = setup();
    await pollAll(options);
    const good = state()!.good;
    answer = json('{"error":"rate limited"}', 429);
    clock.now = NOW + 60_000;
    await pollAll(options);
    expect(state()).toMatchObject({ good, backoff: { strikes: 1, until: NOW + 60_000 + BACKOFF_FIRST_MS }, failure: { at: NOW + 60_000 } });
    expect(state()!.failure!.reason).toMatch(/HTTP 429/);
    const sent = bodies.length;
    clock.now = NOW + 60_000 + BACKOFF_FIRST_MS - 1;
    await pollAll(options);
    expect(bodies.length).toBe(sent);
    clock.now = NOW + 60_000 + BACKOFF_FIRST_MS;
    await pollAll(options);
    expect(bodies.length).toBe(sent + 1);
    expect(state()!.backoff).toEqual({ strikes: 2, until: clock.now + 2 * BACKOFF_FIRST_MS });
    answer = json(JSON.stringify(DOCS_ISOLATED_ETH));
    clock.now += 2 * BACKOFF_FIRST_MS;
    await pollAll(options);
    expect(state()!.backoff).toBeUndefined();
    expect(state()!.failure).toBeUndefined();
  });
});
