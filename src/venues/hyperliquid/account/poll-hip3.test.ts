// The poll's HIP-3 dexes, account mode and weight budget, against the local HTTPS server reached as
// api.hyperliquid.xyz. Answers in the documented shapes (testing/hip3-shapes.ts); request weights from
// Hyperliquid's docs, written here independently of the code: clearinghouseState 2, everything else
// this poll asks 20 (https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/rate-limits).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../../../tests/support/https-server';
import { realHostFetch } from '../../../../tests/support/real-host-fetch';
import { memoryArea } from '../../../platform/key-value-area';
import type { AccountState } from './account-state';
import { dexTablesKey } from './dex-tables';
import { DEX_LIST_KEY, DEX_SCAN_MS, pollAll, type PollOptions } from './poll';
import { watchedRows } from './rows';
import { dexMeta, EMPTY_STATE, isolatedOn, perpDexsAnswer } from './testing/hip3-shapes';
import { DOCS_ISOLATED_ETH, SDK_CROSS_2023_BODY } from './testing/recorded';
import { stateKey, WATCH_KEY } from './watch-store';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
const B = '0x5e9ee1089755c3435139848e47e6635505d5a13a';
const NOW = Date.parse('2026-12-05T12:00:00Z');
const DOCS_WEIGHT: Record<string, number> = { clearinghouseState: 2, perpDexs: 20, userAbstraction: 20, meta: 20 };
const LIMIT_PER_MINUTE = 1200;

type Answer = (req: IncomingMessage, res: ServerResponse) => void;
const json = (body: unknown, status = 200): Answer => (_req, res) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Headers, then nothing before the poll's deadline (1 s). */
const slow: Answer = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.write('[');
};

interface Sent { type: string; dex?: string; user?: string }
let server: TestServer;
/** By "type:dex:user", "type:dex" or "type"; main-dex clearinghouseState is "clearinghouseState:". */
let routes: Record<string, Answer> = {};
const sent: Sent[] = [];
beforeAll(async () => {
  server = await startServer({
    'api.hyperliquid.xyz/info': async (req, res) => {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      const request = JSON.parse(body) as Sent;
      sent.push(request);
      const dex = request.dex ?? '';
      const route = routes[`${request.type}:${dex}:${request.user ?? ''}`] ?? routes[`${request.type}:${dex}`] ?? routes[request.type];
      (route ?? json(request.type === 'clearinghouseState' ? EMPTY_STATE : 'null', request.type === 'clearinghouseState' ? 200 : 500))(req, res);
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  sent.length = 0;
  routes = {
    'clearinghouseState:': json(DOCS_ISOLATED_ETH),
    perpDexs: json(perpDexsAnswer('xyz', 'flx')),
    'clearinghouseState:xyz': json(isolatedOn('xyz:ETH')),
    'meta:xyz': json(dexMeta({ 'xyz:ETH': 50 })),
    userAbstraction: json('"default"'),
  };
});

function setup(watch: string[] = [A]) {
  const clock = { now: NOW };
  const area = memoryArea({ [WATCH_KEY]: watch });
  // The main dex's rows as the worker makes them, with ETH one tier at 50x (the account's max).
  const options: PollOptions = { area, fetch: realHostFetch(server), now: () => clock.now, timeoutMs: 1000, rows: async (account, blocked) => watchedRows(account, () => [{ floor: '0', maxLeverage: '50', maintenanceMarginRate: '0.01' }], blocked) };
  const state = (address = A) => area.data.get(stateKey(address)) as AccountState | undefined;
  const poll = async (at: number) => {
    clock.now = at;
    sent.length = 0;
    await pollAll(options);
    return sent.map((s) => (s.dex === undefined ? s.type : `${s.type}:${s.dex}`));
  };
  return { area, state, poll, clock };
}
const weightOf = (requests: Sent[]) => requests.reduce((sum, r) => sum + DOCS_WEIGHT[r.type]!, 0);

describe('HIP-3 dexes', () => {
  it('scans every dex of the list, keeps the one with a position, and estimates it from that dex\'s meta', async () => {
    const { poll, state } = setup();
    expect(await poll(NOW)).toEqual(['clearinghouseState', 'perpDexs', 'clearinghouseState:xyz', 'clearinghouseState:flx', 'meta:xyz']);
    expect(sent.filter((s) => s.type === 'clearinghouseState').every((s) => s.user === A)).toBe(true);
    const xyz = state()!.dexes!.xyz!.good!;
    expect(Object.keys(state()!.dexes!)).toEqual(['xyz']);
    // The docs' numbers: Hyperliquid's recorded 2866.26936529, now under a HIP-3 name.
    expect(xyz.rows).toMatchObject([{ coin: 'xyz:ETH', side: 'long', hyperliquid: '2866.26936529', verdict: 'agree' }]);
    expect(state()!.scannedAt).toBe(NOW);
  });

  it('reads the dex with a position every poll, the others every ten minutes, the list hourly, the meta daily', async () => {
    const { poll } = setup();
    await poll(NOW);
    expect(await poll(NOW + 60_000)).toEqual(['clearinghouseState', 'clearinghouseState:xyz']);
    expect(await poll(NOW + DEX_SCAN_MS)).toEqual(['clearinghouseState', 'clearinghouseState:xyz', 'clearinghouseState:flx']);
    expect(await poll(NOW + 60 * 60_000)).toEqual(['clearinghouseState', 'perpDexs', 'clearinghouseState:xyz', 'clearinghouseState:flx']);
    expect(await poll(NOW + 24 * 60 * 60_000)).toContain('meta:xyz');
  });

  it('a position closed on a dex drops it from the list; a position opened elsewhere shows at the next scan', async () => {
    const { poll, state } = setup();
    await poll(NOW);
    routes['clearinghouseState:xyz'] = json(EMPTY_STATE);
    routes['clearinghouseState:flx'] = json(isolatedOn('flx:ETH'));
    await poll(NOW + 60_000);
    expect(state()!.dexes).toBeUndefined();
    await poll(NOW + 60_000 + DEX_SCAN_MS);
    expect(Object.keys(state()!.dexes!)).toEqual(['flx']);
  });

  it('a dex that failed is asked again at the next scan, and forgotten once it leaves the list', async () => {
    routes['clearinghouseState:flx'] = json('null', 500);
    const { poll, state } = setup();
    await poll(NOW);
    expect(state()!.dexes!.flx).toEqual({ failure: { at: NOW, reason: expect.stringMatching(/HTTP 500/) } });
    expect(await poll(NOW + 60_000)).not.toContain('clearinghouseState:flx');
    routes.perpDexs = json(perpDexsAnswer('xyz'));
    expect(await poll(NOW + 60 * 60_000)).toEqual(['clearinghouseState', 'perpDexs', 'clearinghouseState:xyz']);
    expect(Object.keys(state()!.dexes!)).toEqual(['xyz']);
  });

  it('a coin without a table in its dex\'s meta: cannot verify, saying what is missing, with Hyperliquid\'s figure', async () => {
    routes['meta:xyz'] = json(dexMeta({ 'xyz:TSLA': 10 }));
    const { poll, state } = setup();
    await poll(NOW);
    expect(state()!.dexes!.xyz!.good!.rows).toEqual([
      expect.objectContaining({ coin: 'xyz:ETH', estimate: 'unknown', verdict: 'unknown', hyperliquid: '2866.26936529', reasons: ['no margin table for xyz:ETH yet'] }),
    ]);
  });

  it.each<[string, Answer]>([
    ['HTTP 500', json('null', 500)],
    ['no universe', json({ marginTables: [] })],
    ['no table for any coin of the dex', json(dexMeta({ 'flx:ETH': 50 }))],
  ])('a dex meta answering %s keeps the last good tables, and is asked again after ten minutes', async (_name, bad) => {
    const { poll, state, area } = setup();
    await poll(NOW);
    routes['meta:xyz'] = bad;
    const day = NOW + 24 * 60 * 60_000;
    expect(await poll(day)).toContain('meta:xyz');
    expect(area.data.get(dexTablesKey('xyz'))).toMatchObject({ good: { fetchedAt: NOW }, failure: { at: day } });
    expect(state()!.dexes!.xyz!.good!.rows).toMatchObject([{ coin: 'xyz:ETH', verdict: 'agree' }]);
    expect(await poll(day + 60_000)).not.toContain('meta:xyz');
    expect(await poll(day + 10 * 60_000)).toContain('meta:xyz');
  });

  it.each<[string, Answer]>([
    ['HTTP 500', json('null', 500)],
    ['the body null', json('null')],
    ['an empty body', json('')],
    ['a slow answer', slow],
    ['a main-dex coin on a HIP-3 dex', json(DOCS_ISOLATED_ETH)],
    ['another dex\'s coin', json(isolatedOn('flx:ETH'))],
    ['an absurd mark', json({ ...isolatedOn('xyz:ETH'), assetPositions: [{ ...isolatedOn('xyz:ETH').assetPositions[0]!, position: { ...isolatedOn('xyz:ETH').assetPositions[0]!.position, positionValue: '100027650' } }] })],
  ])('a dex answering %s keeps its last good state, with the failure dated', async (_name, bad) => {
    const { poll, state } = setup();
    await poll(NOW);
    const good = state()!.dexes!.xyz!.good;
    routes['clearinghouseState:xyz'] = bad;
    await poll(NOW + 60_000);
    expect(state()!.dexes!.xyz!.good).toEqual(good);
    expect(state()!.dexes!.xyz!.failure?.at).toBe(NOW + 60_000);
    expect(state()!.good!.fetchedAt).toBe(NOW + 60_000);
  });

  it.each<[string, Answer]>([
    ['HTTP 500', json('null', 500)],
    ['an empty body', json('')],
    ['a slow answer', slow],
    ['an empty list', json([])],
    ['not a list', json({ dexes: [] })],
    ['no main dex first', json([{ name: 'xyz' }])],
    ['an entry without a name', json([null, { fullName: 'X' }])],
    ['a name that is no dex name', json([null, { name: 'x"y' }])],
    ['41 dexes', json(perpDexsAnswer(...Array.from({ length: 41 }, (_, i) => `d${i}`)))],
  ])('a dex list answering %s keeps the last good list, and is asked again after ten minutes', async (_name, bad) => {
    const { poll, area } = setup();
    await poll(NOW);
    routes.perpDexs = bad;
    await poll(NOW + 60 * 60_000);
    expect(area.data.get(DEX_LIST_KEY)).toMatchObject({ good: { fetchedAt: NOW, names: ['xyz', 'flx'] }, failure: { at: NOW + 60 * 60_000 } });
    // The scan still ran, over the kept list; the list itself waits ten minutes.
    expect(await poll(NOW + 65 * 60_000)).not.toContain('perpDexs');
    expect(await poll(NOW + 70 * 60_000)).toContain('perpDexs');
  });

  it('a 429 on a dex: the address backs off, and nothing more is sent in that poll', async () => {
    const { poll, state } = setup([A, B]);
    await poll(NOW);
    routes['clearinghouseState:xyz:' + A] = json('{"error":"rate limited"}', 429);
    expect(await poll(NOW + 60_000)).toEqual(['clearinghouseState', 'clearinghouseState:xyz']);
    expect(state(A)!.backoff).toMatchObject({ strikes: 1 });
    expect(state(A)!.failure!.reason).toMatch(/HTTP 429/);
    // The main dex was read before the 429: its positions are there, through the model.
    expect(state(A)!.good).toMatchObject({ fetchedAt: NOW + 60_000, rows: [{ coin: 'ETH', verdict: 'agree' }] });
    expect(state(A)!.dexes!.xyz!.good!.fetchedAt).toBe(NOW);
  });

  it('a 429 on the account mode: the address backs off, the positions read before it keep their rows', async () => {
    routes['clearinghouseState:'] = json(SDK_CROSS_2023_BODY);
    routes.userAbstraction = json('{"error":"rate limited"}', 429);
    const { poll, state } = setup([A, B]);
    const types = await poll(NOW);
    expect(types.filter((t) => t === 'userAbstraction')).toHaveLength(1);
    expect(state(A)!.backoff).toMatchObject({ strikes: 1 });
    expect(state(A)!.good!.rows).toHaveLength(12);
    // The 429 stops the poll: not even B's main dex is asked until the next one.
    expect(sent.filter((s) => s.user === B)).toEqual([]);
    expect(state(B)).toEqual({});
  });
});

describe('the account mode (userAbstraction)', () => {
  const crossAnswer = json(SDK_CROSS_2023_BODY);

  it('is asked only while a cross position is open, hourly', async () => {
    const { poll } = setup();
    expect(await poll(NOW)).not.toContain('userAbstraction');
    routes['clearinghouseState:'] = crossAnswer;
    expect(await poll(NOW + 60_000)).toContain('userAbstraction');
    expect(sent.find((s) => s.type === 'userAbstraction')).toEqual({ type: 'userAbstraction', user: A });
    expect(await poll(NOW + 120_000)).not.toContain('userAbstraction');
    expect(await poll(NOW + 61 * 60_000)).toContain('userAbstraction');
  });

  it.each([
    ['unifiedAccount', 'spot-backed (unified/portfolio margin) account'],
    ['portfolioMargin', 'spot-backed (unified/portfolio margin) account'],
    ['dexAbstraction', 'collateral shared across dexes (dex abstraction account)'],
  ])('%s: every cross position says "cannot verify: %s", beside Hyperliquid\'s figure', async (mode, reason) => {
    routes['clearinghouseState:'] = crossAnswer;
    routes.userAbstraction = json(JSON.stringify(mode));
    const { poll, state } = setup();
    await poll(NOW);
    const rows = state()!.good!.rows;
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.verdict === 'unknown' && r.estimate === 'unknown' && r.reasons.join() === reason)).toBe(true);
    expect(rows.find((r) => r.coin === 'BTC')!.hyperliquid).toBe('173198.69592357');
  });

  it('a standard account goes on to the perp-account checks instead', async () => {
    routes['clearinghouseState:'] = crossAnswer;
    const { poll, state } = setup();
    await poll(NOW);
    // The 2023 answer predates crossMaintenanceMarginUsed: the next check names that.
    expect(state()!.good!.rows[0]!.reasons).toEqual(['the answer has no cross maintenance margin to check the account against']);
  });

  it.each<[string, Answer, RegExp]>([
    ['HTTP 500', json('null', 500), /HTTP 500/],
    ['an empty body', json(''), /empty answer/],
    ['a slow answer', slow, /within|timed out/],
    ['an unknown mode', json('"superMargin"'), /not one Liqcheck knows/],
    ['an object', json({ mode: 'unifiedAccount' }), /not one Liqcheck knows/],
  ])('an answer of %s leaves the mode unknown: cross positions cannot be verified, saying so', async (_name, bad, why) => {
    routes['clearinghouseState:'] = crossAnswer;
    routes.userAbstraction = bad;
    const { poll, state } = setup();
    await poll(NOW);
    expect(state()!.modeFailure?.reason).toMatch(why);
    expect(state()!.good!.rows[0]!.reasons[0]).toMatch(/^the account mode \(standard, unified or portfolio margin\) is unknown: /);
    // A known mode is kept through a later bad answer.
    routes.userAbstraction = json('"unifiedAccount"');
    await poll(NOW + 10 * 60_000);
    routes.userAbstraction = bad;
    await poll(NOW + 71 * 60_000);
    expect(state()!.mode).toEqual({ value: 'unifiedAccount', fetchedAt: NOW + 10 * 60_000 });
    expect(state()!.good!.rows[0]!.reasons).toEqual(['spot-backed (unified/portfolio margin) account']);
  });
});

describe('the weight budget', () => {
  it(`10 addresses and 30 dexes: no poll spends more than a fifth of ${LIMIT_PER_MINUTE}; every address is scanned within four polls`, async () => {
    const dexes = Array.from({ length: 30 }, (_, i) => `d${i}`);
    routes.perpDexs = json(perpDexsAnswer(...dexes));
    routes['clearinghouseState:'] = json(SDK_CROSS_2023_BODY);
    const watch = Array.from({ length: 10 }, (_, i) => `0x${(i + 1).toString(16).padStart(40, '0')}`);
    const { poll, state } = setup(watch);
    for (let minute = 0; minute < 4; minute += 1) {
      await poll(NOW + minute * 60_000);
      expect(weightOf(sent)).toBeLessThanOrEqual(LIMIT_PER_MINUTE / 5);
      // Every address's main dex, every poll.
      expect(sent.filter((s) => s.type === 'clearinghouseState' && s.dex === undefined)).toHaveLength(10);
    }
    expect(watch.every((a) => state(a)!.scannedAt !== undefined)).toBe(true);
  });
});
