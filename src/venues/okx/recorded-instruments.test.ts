// OKX's recorded instruments answer (data/sources/okx/instruments-swap-2025-10-24.json, nautilus_trader
// test data) read by the live parser: each swap's ctVal, tickSz and settleCcy as OKX gave them. The
// bundled copy the worker falls back to must be that answer, field for field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordedInstrument } from '../../market-data/recorded-instruments';
import { parseOkxInstrument } from './endpoints';
import { okxRecordedInstruments } from './recorded-instruments';

const file = 'data/sources/okx/instruments-swap-2025-10-24';
const recorded = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { data: Record<string, unknown>[] };
const sidecar = JSON.parse(readFileSync(`${file}.source.json`, 'utf8')) as { date: string; source: string };

describe('OKX instruments, recorded 2025-10-24', () => {
  it.each([
    // instId, ctVal, ctType, tickSz, settleCcy: the values in the recorded file.
    ['BTC-USDT-SWAP', { contractSize: '0.01' }, '0.1', 'USDT'],
    ['ETH-USDT-SWAP', { contractSize: '0.1' }, '0.01', 'USDT'],
    ['BTC-USD-SWAP', { contractValue: '100' }, '0.1', 'BTC'],
  ])('%s: contract %o, tick %s, settles in %s', (symbol, terms, priceTick, settlementAsset) => {
    expect(parseOkxInstrument(recorded, symbol)).toEqual({ ok: true, value: { ...terms, instrument: { priceTick, settlementAsset } } });
  });

  it('the bundled copy holds the recorded rows, field for field, with the sidecar\'s date and source', () => {
    const answer = okxRecordedInstruments.answer as { data: Record<string, unknown>[] };
    expect(answer.data.map((r) => r.instId)).toEqual(recorded.data.map((r) => r.instId));
    for (const row of answer.data) {
      const original = recorded.data.find((r) => r.instId === row.instId)!;
      for (const [key, value] of Object.entries(row)) expect(original[key]).toBe(value);
    }
    expect(okxRecordedInstruments.date).toBe(sidecar.date);
    expect(okxRecordedInstruments.source).toContain(sidecar.source);
  });

  it('is the worker\'s fallback for those swaps, dated; a swap it does not list has none', () => {
    expect(recordedInstrument('okx', 'BTC-USDT-SWAP')).toMatchObject({ facts: { priceTick: '0.1', settlementAsset: 'USDT' }, date: '2025-10-24' });
    expect(recordedInstrument('okx', 'DOGE-USDT-SWAP')).toBeNull();
  });
});
