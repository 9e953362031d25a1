// `npm run data:update` against a local HTTPS mock of every venue's endpoints (the documented shapes,
// tests/support/https-server.ts with the test certificate trusted through NODE_EXTRA_CA_CERTS): it
// ranks by the venue's own volume, keeps the top N, writes the tables it fetched with their source
// and date, and leaves out (naming it) a table that fails a check.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bapiBrackets,
  BINANCE_BTCUSDT_2024,
  BINANCE_ETHUSDT_2024,
  bitgetPositionLever,
  bybitRiskLimit,
  hyperliquidMeta,
  okxInstruments,
  okxPositionTiers,
} from '../src/market-data/testing/venue-answers';
import type { BundledTables } from '../src/data/bundled-table';
import { jsonHandler, startServer, type TestServer } from '../tests/support/https-server';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;

/** A rate of 5 in tier 2: must be left out. */
const broken = structuredClone(BINANCE_BTCUSDT_2024);
broken[1]!.maintenanceMarginRate = '5';

let server: TestServer;
let out: string;
let result: { stdout: string; stderr: string; code: number };

beforeAll(async () => {
  server = await startServer({
    '/fapi/v1/exchangeInfo': jsonHandler({
      symbols: [
        { symbol: 'BTCUSDT', contractType: 'PERPETUAL', status: 'TRADING' },
        { symbol: 'ETHUSDT', contractType: 'PERPETUAL', status: 'TRADING' },
        { symbol: 'XRPUSDT', contractType: 'PERPETUAL', status: 'TRADING' },
        { symbol: 'BTCUSDT_261225', contractType: 'CURRENT_QUARTER', status: 'TRADING' },
      ],
    }),
    // The quarterly has the largest volume and is not a perpetual; XRP is third and falls outside the top 2... unless ranked wrongly.
    '/fapi/v1/ticker/24hr': jsonHandler([
      { symbol: 'BTCUSDT_261225', quoteVolume: '9000000000' },
      { symbol: 'XRPUSDT', quoteVolume: '100' },
      { symbol: 'ETHUSDT', quoteVolume: '2000000' },
      { symbol: 'BTCUSDT', quoteVolume: '5000000' },
    ]),
    '/bapi/futures/v1/friendly/future/common/brackets': jsonHandler(bapiBrackets({ BTCUSDT: BINANCE_BTCUSDT_2024, ETHUSDT: BINANCE_ETHUSDT_2024, XRPUSDT: broken })),
    '/v5/market/instruments-info': jsonHandler({ retCode: 0, result: { list: [{ symbol: 'BTCUSDT', contractType: 'LinearPerpetual', status: 'Trading' }] } }),
    '/v5/market/tickers': jsonHandler({ retCode: 0, result: { list: [{ symbol: 'BTCUSDT', turnover24h: '1000' }] } }),
    '/v5/market/risk-limit': jsonHandler(bybitRiskLimit('BTCUSDT')),
    '/api/v5/public/instruments': (req, res) =>
      jsonHandler(req.url?.includes('instId=') ? okxInstruments('BTC-USDT-SWAP') : { code: '0', data: [{ instId: 'BTC-USDT-SWAP', state: 'live' }] })(req, res),
    '/api/v5/market/tickers': jsonHandler({ code: '0', data: [{ instId: 'BTC-USDT-SWAP', volCcy24h: '10', last: '60000' }] }),
    '/api/v5/public/position-tiers': jsonHandler(okxPositionTiers('BTC-USDT')),
    '/info': (req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const type = (JSON.parse(body) as { type: string }).type;
        const meta = hyperliquidMeta();
        jsonHandler(type === 'meta' ? meta : [meta, [{ dayNtlVlm: '5' }, { dayNtlVlm: '9' }, { dayNtlVlm: '1' }]])(req, res);
      });
    },
    '/api/v2/mix/market/contracts': jsonHandler({ code: '00000', data: [{ symbol: 'BTCUSDT', symbolType: 'perpetual', symbolStatus: 'normal' }] }),
    '/api/v2/mix/market/tickers': jsonHandler({ code: '00000', data: [{ symbol: 'BTCUSDT', usdtVolume: '1000' }] }),
    '/api/v2/mix/market/query-position-lever': jsonHandler(bitgetPositionLever('BTCUSDT')),
  });
  out = await mkdtemp(join(tmpdir(), 'liqcheck-data-'));
  const args = ['tsx', 'scripts/data-update.ts', '--base', `https://127.0.0.1:${server.port}`, '--out', out, '--top', '2'];
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(root, 'tests/support/certs/cert.pem') };
  result = await run('npx', args, { cwd: root, env }).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, code: e.code }),
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

async function written(venue: string): Promise<{ text: string; tables: BundledTables }> {
  const text = await readFile(join(out, venue, 'snapshot.ts'), 'utf8');
  const json = text.slice(text.indexOf('= {') + 2, text.lastIndexOf('}') + 1);
  return { text, tables: JSON.parse(json) as BundledTables };
}

const today = new Date().toISOString().slice(0, 10);

describe('data:update against the mock', () => {
  it('ran every venue and asked only the mock', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.length).toBeGreaterThan(10);
    expect(server.requests.every((r) => r.host === '127.0.0.1')).toBe(true);
  });

  it('Binance: the two largest perpetuals by quote volume (the quarterly is not one), with the feed\'s tables, source and date', async () => {
    const { tables } = await written('binance-usdm');
    expect(Object.keys(tables)).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(tables.BTCUSDT).toEqual({ date: today, source: `https://127.0.0.1:${server.port}/bapi/futures/v1/friendly/future/common/brackets`, tiers: BINANCE_BTCUSDT_2024 });
    expect(tables.ETHUSDT!.tiers).toEqual(BINANCE_ETHUSDT_2024);
  });

  it('a table that fails a check is left out and named in the file and on stderr', async () => {
    const before = result;
    // Rerun with the top 3: XRPUSDT (rate of 5 in tier 2) now qualifies by volume.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(root, 'tests/support/certs/cert.pem') };
    const again = await run('npx', ['tsx', 'scripts/data-update.ts', '--base', `https://127.0.0.1:${server.port}`, '--out', out, '--top', '3', '--venues', 'binance-usdm'], { cwd: root, env });
    const { text, tables } = await written('binance-usdm');
    expect(Object.keys(tables)).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(text).toContain('// Left out: XRPUSDT: 127.0.0.1:');
    expect(text).toContain('tier 2 maintenance margin rate 5 is not in [0.001, 0.75]');
    expect(again.stderr).toContain('XRPUSDT');
    expect(before.code).toBe(0);
  }, 60_000);

  it('Bybit, OKX (with ctVal), Hyperliquid (largest by dayNtlVlm first) and Bitget tables as their endpoints gave them', async () => {
    expect((await written('bybit')).tables.BTCUSDT!.tiers[1]).toEqual({ floor: '2000000', cap: '2600000', maintenanceMarginRate: '0.0056', maintenanceAmount: '1200', maxLeverage: '100' });
    const okx = (await written('okx')).tables['BTC-USDT-SWAP']!;
    expect(okx).toMatchObject({ contractSize: '0.01', tiers: [{ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' }] });
    expect(okx.source).toContain('/api/v5/public/position-tiers?instType=SWAP&tdMode=cross&instFamily=BTC-USDT');
    const hyperliquid = (await written('hyperliquid')).tables;
    expect(Object.keys(hyperliquid)).toEqual(['ETH', 'BTC']);
    expect(hyperliquid.BTC!.tiers.map((t) => [t.floor, t.maxLeverage, t.maintenanceMarginRate])).toEqual([['0', '40', '0.0125'], ['150000000', '20', '0.025']]);
    expect((await written('bitget')).tables.BTCUSDT!.tiers).toHaveLength(11);
  });

  it('the written file is a module the registry can import', async () => {
    const { text } = await written('bybit');
    expect(text).toMatch(/^\/\/ Generated by `npm run data:update` on \d{4}-\d\d-\d\d: the 1 largest bybit perpetuals/);
    expect(text).toContain("import type { BundledTables } from '../../data/bundled-table';");
    expect(text).toContain('export const bybitSnapshot: BundledTables = {');
  });
});
