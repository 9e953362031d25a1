// The watched-account pipeline as the worker runs it, against the local HTTPS server reached as
// api.hyperliquid.xyz: clearinghouseState, then `meta` for the tier tables (once; stored), then the
// model and the verdict. The account is the docs' recorded answer (ETH 50x in February 2024).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../tests/support/https-server';
import { realHostFetch } from '../../tests/support/real-host-fetch';
import { MarketService } from '../market-data/market-service';
import { TableStore } from '../market-data/table-store';
import { hyperliquidMeta } from '../market-data/testing/venue-answers';
import { memoryArea } from '../platform/key-value-area';
import type { AccountState } from '../venues/hyperliquid/account/account-state';
import { pollAll } from '../venues/hyperliquid/account/poll';
import { watchedRows } from '../venues/hyperliquid/account/rows';
import { DOCS_ISOLATED_ETH } from '../venues/hyperliquid/account/testing/recorded';
import { stateKey, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';
import { lookupTables } from './watch-tables';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
const NOW = Date.parse('2026-12-05T12:00:00Z');

/** `meta` as in February 2024: ETH one tier at 50x. */
const META_2024 = { universe: [{ name: 'ETH', szDecimals: 4, maxLeverage: 50, marginTableId: 50 }], marginTables: [[50, { description: '', marginTiers: [{ lowerBound: '0.0', maxLeverage: 50 }] }]] };
let meta: unknown = META_2024;
const types: string[] = [];

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    'api.hyperliquid.xyz/info': async (req, res) => {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      const type = (JSON.parse(body) as { type: string }).type;
      types.push(type);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // perpDexs: the main dex alone (no HIP-3 dex to scan).
      res.end(JSON.stringify(type === 'meta' ? meta : type === 'perpDexs' ? [null] : DOCS_ISOLATED_ETH));
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  types.length = 0;
  meta = META_2024;
});

function setup() {
  const area = memoryArea({ [WATCH_KEY]: [A] });
  const fetch = realHostFetch(server);
  const market = new MarketService({ store: new TableStore(area), fetch, now: () => NOW, onUpdate: () => undefined });
  const poll = () => pollAll({ area, fetch, now: () => NOW, rows: async (account, crossBlocked) => {
    const tables = await lookupTables(market, area, account.positions.map((p) => p.coin), NOW);
    return watchedRows(account, tables.tiers, crossBlocked, tables.tick);
  } });
  const rows = () => (area.data.get(stateKey(A)) as AccountState).good!.rows;
  return { poll, rows };
}

describe('watched account, end to end in the worker', () => {
  it('fetches the table once, then agrees with Hyperliquid\'s 2866.26936529', async () => {
    const { poll, rows } = setup();
    await poll();
    expect(types).toEqual(['clearinghouseState', 'perpDexs', 'meta']);
    expect(rows()).toMatchObject([{ coin: 'ETH', side: 'long', hyperliquid: '2866.26936529', verdict: 'agree' }]);
    await poll();
    expect(types).toEqual(['clearinghouseState', 'perpDexs', 'meta', 'clearinghouseState']);
  });

  it('today\'s table (ETH 25x) beside a 50x account: cannot verify, saying why', async () => {
    meta = hyperliquidMeta();
    const { poll, rows } = setup();
    await poll();
    expect(rows()).toMatchObject([{ coin: 'ETH', estimate: 'unknown', verdict: 'unknown', reasons: ['the margin table for ETH says 25x, the account says 50x'] }]);
  });
});
