// The OKX excerpt of freqtrade's cache (data/sources/okx/freqtrade-position-tiers-swap-2025-12-29.json)
// was copied by hand from text pages of the public file, so each family is checked as a whole: the
// chain of contract bounds, rates that never fall, leverage that never rises and matches each row's
// initial rate, a table that runs to OKX's last 2x tier, and rows re-read from the public copy. The
// converters put the excerpts back into OKX's own answers for the live parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dm } from '../../src/model/decimal';
import { okxEndpoints, parseOkxInstrument } from '../../src/venues/okx/endpoints';
import { isFreqtradeOkxRows, okxPositionTiersAnswer, type FreqtradeOkxRows } from './freqtrade-okx';
import { isQqokxInstrumentCache, okxInstrumentsAnswer, type QqokxInstrumentCache } from './qqokx-instruments';

const DIR = join(import.meta.dirname, '../../data/sources/okx');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
const excerpt = read('freqtrade-position-tiers-swap-2025-12-29.json') as FreqtradeOkxRows;
const cache = read('qqokx-instrument-cache-2026-08-01.json') as QqokxInstrumentCache;
const raw2022 = read('instruments-swap-2022-07-23.json') as { data: Record<string, string>[] };
const raw2025 = read('instruments-swap-2025-10-24.json') as { data: Record<string, string>[] };

type Row = Record<string, string>;
const families = Object.entries(excerpt.data as Record<string, Row[]>);
const KEYS = ['baseMaxLoan', 'imr', 'instFamily', 'instId', 'maxLever', 'maxSz', 'minSz', 'mmr', 'optMgnFactor', 'quoteMaxLoan', 'tier', 'uly'];

describe('freqtrade OKX excerpt: every family is whole and consistent', () => {
  it('is read as freqtrade OKX rows, the qqokx file as its cache', () => {
    expect(isFreqtradeOkxRows(excerpt)).toBe(true);
    expect(isQqokxInstrumentCache(cache)).toBe(true);
    expect(isFreqtradeOkxRows(cache)).toBe(false);
  });

  it.each(families)('%s', (key, rows) => {
    const family = key.replace(/\/USDT:USDT$/, '-USDT');
    rows.forEach((row, i) => {
      // OKX's row as ccxt kept it: the family in both names, the empty fields of a swap, tiers from 1.
      expect(Object.keys(row)).toEqual(KEYS);
      expect(row).toMatchObject({ baseMaxLoan: '', instFamily: family, instId: '', optMgnFactor: '0', quoteMaxLoan: '', tier: String(i + 1), uly: family });
    });
    expect(rows[0]!.minSz).toBe('0');
    // Each floor is the previous cap plus one lot, the same lot throughout (0.01, 0.1 or 1 contract).
    const lots = new Set(rows.slice(1).map((row, i) => new Dm(row.minSz!).sub(rows[i]!.maxSz!).toString()));
    expect(lots.size, 'one lot between tiers').toBe(1);
    expect(['0.01', '0.1', '1']).toContain([...lots][0]);
    for (const [i, row] of rows.entries()) {
      const [mmr, imr, lever] = [new Dm(row.mmr!), new Dm(row.imr!), new Dm(row.maxLever!)];
      expect(new Dm(row.maxSz!).gt(row.minSz!), `tier ${i + 1} cap above floor`).toBe(true);
      expect(mmr.lt(imr), `tier ${i + 1} mmr below imr`).toBe(true);
      // The max leverage is 1/imr cut to two decimals (OKX prints 1/0.0666 as 15 and 1/0.3 as 3.33).
      const product = imr.mul(lever);
      expect(product.gte('0.995') && product.lte(1), `tier ${i + 1}: imr ${row.imr} x ${row.maxLever}`).toBe(true);
      if (i === 0) continue;
      const previous = rows[i - 1]!;
      expect(mmr.gte(previous.mmr!), `tier ${i + 1} mmr never falls`).toBe(true);
      expect(lever.lte(previous.maxLever!), `tier ${i + 1} leverage never rises`).toBe(true);
    }
    // Every OKX swap table of the cache runs to a 2x tier: a family cut short would end above it.
    expect(rows.at(-1)).toMatchObject({ imr: '0.5', maxLever: '2' });
  });

  it('holds rows as the public copy has them (re-read from user_data/data/okx/futures/leverage_tiers_USDT.json)', () => {
    const reread = new Set<string>();
    const row = (key: string, tier: number) => {
      reread.add(key);
      const r = excerpt.data[key]![tier - 1] as Row;
      return [r.minSz, r.maxSz, r.mmr, r.imr, r.maxLever].join(' ');
    };
    expect(row('BTC/USDT:USDT', 1)).toBe('0 1000 0.004 0.01 100');
    expect(row('BTC/USDT:USDT', 2)).toBe('1000.01 5000 0.005 0.015 66.66');
    expect(row('BTC/USDT:USDT', 50)).toBe('940000.01 960000 0.2425 0.255 3.92');
    expect(row('BTC/USDT:USDT', 99)).toBe('1920000.01 1940000 0.4875 0.5 2');
    expect(row('AVAX/USDT:USDT', 2)).toBe('7800.1 15000 0.015 0.025 40');
    expect(row('AVAX/USDT:USDT', 93)).toBe('2880000.1 2912000 0.48 0.5 2');
    expect(row('AAVE/USDT:USDT', 45)).toBe('630000.1 645000 0.225 0.26 3.84');
    expect(row('ADA/USDT:USDT', 43)).toBe('240000.1 246000 0.215 0.25 4');
    expect(row('APT/USDT:USDT', 73)).toBe('1400001 1420000 0.365 0.4 2.5');
    expect(row('ARB/USDT:USDT', 44)).toBe('1558000.1 1596000 0.235 0.255 3.92');
    expect(row('BCH/USDT:USDT', 61)).toBe('464000.1 472000 0.305 0.34 2.94');
    expect(row('BNB/USDT:USDT', 45)).toBe('3360001 3440000 0.225 0.26 3.84');
    expect(row('ETH/USDT:USDT', 99)).toBe('2400000.01 2425000 0.4875 0.5 2');
    expect(row('SOL/USDT:USDT', 3)).toBe('10000.01 20000 0.015 0.05 20');
    expect(row('DOGE/USDT:USDT', 12)).toBe('54000.01 60000 0.06 0.095 10.52');
    expect(row('LINK/USDT:USDT', 2)).toBe('6200.1 12000 0.01 0.025 40');
    expect(row('DOT/USDT:USDT', 70)).toBe('2814001 2856000 0.365 0.385 2.59');
    expect(row('ENA/USDT:USDT', 60)).toBe('1995001 2030000 0.315 0.335 2.98');
    expect(row('ETC/USDT:USDT', 75)).toBe('108000.01 109500 0.375 0.41 2.43');
    expect(row('FIL/USDT:USDT', 80)).toBe('77000001 78000000 0.415 0.435 2.29');
    expect(row('HYPE/USDT:USDT', 65)).toBe('4340001 4410000 0.34 0.36 2.77');
    expect(row('LTC/USDT:USDT', 70)).toBe('402000.1 408000 0.35 0.385 2.59');
    expect(row('NEAR/USDT:USDT', 75)).toBe('540000.1 547500 0.39 0.41 2.43');
    expect(row('OP/USDT:USDT', 60)).toBe('14250001 14500000 0.315 0.335 2.98');
    expect(row('PEPE/USDT:USDT', 70)).toBe('804000.1 816000 0.35 0.385 2.59');
    expect(row('SHIB/USDT:USDT', 60)).toBe('1140000.1 1160000 0.3 0.335 2.98');
    expect(row('SUI/USDT:USDT', 50)).toBe('5640001 5760000 0.25 0.285 3.5');
    expect(row('TRX/USDT:USDT', 48)).toBe('27000.01 27600 0.24 0.275 3.63');
    expect(row('TRUMP/USDT:USDT', 44)).toBe('11480001 11760000 0.235 0.255 3.92');
    expect(row('UNI/USDT:USDT', 10)).toBe('175001 200000 0.065 0.085 11.76');
    expect(row('WIF/USDT:USDT', 48)).toBe('9900001 10120000 0.255 0.275 3.63');
    expect(row('WLD/USDT:USDT', 43)).toBe('6000001 6150000 0.215 0.25 4');
    expect(row('XLM/USDT:USDT', 52)).toBe('269500.1 275000 0.275 0.295 3.38');
    expect(row('XRP/USDT:USDT', 11)).toBe('80000.01 90000 0.055 0.09 11.11');
    // At least one row of every bundled family was read again and compared.
    expect([...reread].sort()).toEqual(families.map(([key]) => key).sort());
  });
});

describe('freqtrade OKX excerpt as OKX position-tiers answers', () => {
  it('answers one family per request, and every family for the listing', () => {
    const btc = okxPositionTiersAnswer(excerpt, 'BTC-USDT') as { code: string; data: Row[] };
    expect(btc.code).toBe('0');
    expect(btc.data).toHaveLength(99);
    expect(new Set(btc.data.map((r) => r.instFamily))).toEqual(new Set(['BTC-USDT']));
    const all = okxPositionTiersAnswer(excerpt) as { data: Row[] };
    expect(all.data).toHaveLength(families.reduce((n, [, rows]) => n + rows.length, 0));
  });

  it('reaches the live parser: BTC-USDT-SWAP, 99 tiers counted in contracts of 0.01 BTC', () => {
    const parsed = okxEndpoints.parseTiers([okxPositionTiersAnswer(excerpt, 'BTC-USDT'), okxInstrumentsAnswer(cache)], 'BTC-USDT-SWAP');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.contractSize).toBe('0.01');
    expect(parsed.value.tiers).toHaveLength(99);
    expect(parsed.value.tiers[0]).toEqual({ floor: '0', cap: '1000', maintenanceMarginRate: '0.004', maxLeverage: '100' });
    expect(parsed.value.tiers[98]).toEqual({ floor: '1920000.01', cap: '1940000', maintenanceMarginRate: '0.4875', maxLeverage: '2' });
  });
});

describe('qqokx instrument cache as OKX instruments answer', () => {
  type Fields = { inst_id: string } & Record<string, string>;
  const item = (fields: Fields) => ({ inst_type: 'SWAP', ct_mult: '1', lot_size: '1', min_size: '1', state: 'live', ...fields });
  const one = (fields: Fields) => okxInstrumentsAnswer({ version: 1, updated_at: '2026-08-01T00:00:00Z', items: [item(fields)] }) as { data: Row[] };

  it('names the fields as OKX does and spells the kind of contract', () => {
    const answer = okxInstrumentsAnswer(cache) as { data: Row[] };
    expect(answer.data.find((r) => r.instId === 'BTC-USDT-SWAP')).toMatchObject({ ctVal: '0.01', ctType: 'linear', ctValCcy: 'BTC', tickSz: '0.1', settleCcy: 'USDT', instFamily: 'BTC-USDT' });
    expect(one({ inst_id: 'BTC-USD-SWAP', ct_val: '100', ct_val_ccy: 'USD', settle_ccy: 'BTC', tick_size: '0.1' }).data[0]!.ctType).toBe('inverse');
  });

  it("writes Python's exponent form out (1E-9 is a 0.000000001 tick) and leaves plain text as it is", () => {
    expect(one({ inst_id: 'SHIB-USDT-SWAP', ct_val: '1000000', ct_val_ccy: 'SHIB', settle_ccy: 'USDT', tick_size: '1E-9' }).data[0]).toMatchObject({ tickSz: '0.000000001', ctVal: '1000000' });
    expect(one({ inst_id: 'ETH-USDT-SWAP', ct_val: '0.1', ct_val_ccy: 'ETH', settle_ccy: 'USDT', tick_size: '0.01' }).data[0]!.tickSz).toBe('0.01');
  });

  it('gives no kind where the fields disagree, and the parser then refuses the instrument', () => {
    const odd = one({ inst_id: 'ABC-USDT-SWAP', ct_val: '1', ct_val_ccy: 'XYZ', settle_ccy: 'USDT', tick_size: '0.1' });
    expect(odd.data[0]!.ctType).toBeUndefined();
    expect(parseOkxInstrument(odd, 'ABC-USDT-SWAP')).toEqual({ ok: false, reason: 'instruments has no contract type for ABC-USDT-SWAP' });
  });

  it("holds every bundled family's swap, with the contract value and kind OKX's own 2022 and 2025 answers give where they have it", () => {
    const answer = okxInstrumentsAnswer(cache) as { data: Row[] };
    const bundled = families.map(([key]) => key.replace(/\/USDT:USDT$/, '-USDT-SWAP'));
    expect(answer.data.map((r) => r.instId).sort()).toEqual([...bundled].sort());
    const terms = (rows: Row[], id: string) => rows.filter((r) => r.instId === id).map((r) => `${r.ctVal} ${r.ctType}`);
    const unconfirmed: string[] = [];
    for (const id of bundled) {
      const older = [...terms(raw2022.data, id), ...terms(raw2025.data, id)];
      if (older.length === 0) unconfirmed.push(id);
      for (const term of older) expect(term, id).toBe(terms(answer.data, id)[0]);
    }
    // These swaps were listed after 2022: their contract value rests on the 2026 cache alone.
    expect(unconfirmed.sort()).toEqual([
      'APT-USDT-SWAP', 'ARB-USDT-SWAP', 'BNB-USDT-SWAP', 'ENA-USDT-SWAP', 'HYPE-USDT-SWAP',
      'PEPE-USDT-SWAP', 'SUI-USDT-SWAP', 'TRUMP-USDT-SWAP', 'WIF-USDT-SWAP', 'WLD-USDT-SWAP',
    ]);
  });
});
