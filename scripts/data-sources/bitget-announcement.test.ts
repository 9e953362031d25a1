// Bitget's announced tier tables (data/sources/bitget/announcement-*.json). The transcriptions are read
// here on their own, cell by cell, and held to what any tier table must be; then the converter's
// query-position-lever answer, through the live parser and validate-tiers.ts, must give the same tiers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dm } from '../../src/model/decimal';
import { validateTiers } from '../../src/market-data/validate-tiers';
import { bitgetEndpoints } from '../../src/venues/bitget/endpoints';
import { bitgetPositionLeverAnswer, isBitgetTierAnnouncement, positionLeverRows, type BitgetTierAnnouncement } from './bitget-announcement';

const dir = join(import.meta.dirname, '../../data/sources/bitget');
const names = readdirSync(dir).filter((f) => f.startsWith('announcement-') && !f.endsWith('.source.json'));
const files = names.map((name) => ({
  name,
  body: JSON.parse(readFileSync(join(dir, name), 'utf8')) as BitgetTierAnnouncement,
  sidecar: JSON.parse(readFileSync(join(dir, name.replace(/\.json$/, '.source.json')), 'utf8')) as Record<string, string>,
}));
const tables = files.flatMap((f) => Object.entries(f.body.tables).map(([symbol, rows]) => ({ file: f.name, symbol, rows })));

/** A row read without the converter: "1,000~5,000" -> [1000, 5000]; "0.50%" and "0.0050" -> 0.005. */
function readRow([range, leverage, rate]: string[]): { start: Dm; end: Dm; leverage: Dm; rate: Dm } {
  const match = /^([\d,]+)~([\d,]+)$/.exec(range!);
  expect(match, `range "${range}"`).not.toBeNull();
  expect(leverage).toMatch(/^\d+$/);
  expect(rate).toMatch(/^\d+\.\d+%?$/);
  const number = (text: string) => new Dm(text.replace(/,/g, ''));
  return {
    start: number(match![1]!),
    end: number(match![2]!),
    leverage: new Dm(leverage!),
    rate: rate!.endsWith('%') ? new Dm(rate!.slice(0, -1)).div(100) : new Dm(rate!),
  };
}

describe('Bitget announced tier tables: the transcriptions', () => {
  it('are 34 USDT-M pairs, each in one announcement', () => {
    const symbols = tables.map((t) => t.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(symbols.length).toBe(34);
    for (const symbol of symbols) expect(symbol).toMatch(/^[A-Z0-9]+USDT$/);
    for (const f of files) expect(isBitgetTierAnnouncement(f.body), f.name).toBe(true);
  });

  it.each(tables.map((t) => [`${t.file} ${t.symbol}`, t] as const))('%s: contiguous from 0, leverage never rises, rate never falls, 1/leverage above the rate', (_name, t) => {
    const rows = t.rows.map(readRow);
    expect(rows[0]!.start.isZero()).toBe(true);
    for (const [i, row] of rows.entries()) {
      expect(row.end.gt(row.start), `row ${i + 1} ends above its start`).toBe(true);
      expect(row.leverage.gte(1), `row ${i + 1} leverage`).toBe(true);
      expect(new Dm(1).div(row.leverage).gt(row.rate), `row ${i + 1}: 1/${row.leverage} > ${row.rate}`).toBe(true);
      if (i === 0) continue;
      const before = rows[i - 1]!;
      expect(row.start.eq(before.end), `row ${i + 1} starts where row ${i} ends`).toBe(true);
      expect(row.leverage.lte(before.leverage), `row ${i + 1} leverage`).toBe(true);
      expect(row.rate.gte(before.rate), `row ${i + 1} rate`).toBe(true);
    }
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: the sidecar names the page and the day the tiers took effect', (_name, f) => {
    expect(f.sidecar.source).toBe(f.body.url);
    expect(f.body.url).toMatch(new RegExp(`^https://[\\w.-]+/(?:[\\w-]+/)?support/articles/${f.body.article}$`));
    expect(f.name).toBe(`announcement-${f.body.article}.json`);
    expect(f.body.effective).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
    expect(f.sidecar.date).toBe(f.body.effective.slice(0, 10));
    expect(f.sidecar.request).toBe('https://api.bitget.com/api/v2/mix/market/query-position-lever?productType=USDT-FUTURES');
  });
});

describe('Bitget announced tier tables: the converter', () => {
  it('writes a percent as a fraction, keeps a fraction as written, drops thousands separators', () => {
    expect(positionLeverRows('SOLUSDT', [['0~50,000', '100', '0.50%'], ['50,000~100,000', '75', '0.0080']])).toEqual([
      { symbol: 'SOLUSDT', level: '1', startUnit: '0', endUnit: '50000', leverage: '100', keepMarginRate: '0.005' },
      { symbol: 'SOLUSDT', level: '2', startUnit: '50000', endUnit: '100000', leverage: '75', keepMarginRate: '0.0080' },
    ]);
  });

  it('leaves out a cell it cannot read, and the parser then refuses the table', () => {
    const rows = positionLeverRows('XUSDT', [['0~5,000', '50', '1.00%'], ['/', '/', '/']]);
    expect(rows[1]).toEqual({ symbol: 'XUSDT', level: '2' });
    expect(bitgetEndpoints.parseTiers([{ code: '00000', data: rows }], 'XUSDT')).toMatchObject({ ok: false, reason: expect.stringContaining('lacks startUnit') });
  });

  it.each(tables.map((t) => [`${t.file} ${t.symbol}`, t] as const))('%s: the live parser and validate-tiers.ts give the transcribed rows', (_name, t) => {
    const body = files.find((f) => f.name === t.file)!.body;
    const parsed = bitgetEndpoints.parseTiers([bitgetPositionLeverAnswer(body)], t.symbol);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const valid = validateTiers(parsed.value.tiers, bitgetEndpoints.tierRules);
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    const expected = t.rows.map(readRow).map((r) => [r.start.toString(), r.end.toString(), r.rate.toString(), r.leverage.toString()]);
    expect(valid.tiers.map((tier) => [tier.floor, tier.cap, tier.maintenanceMarginRate, tier.maxLeverage])).toEqual(expected);
  });
});
