// Bybit's instruments-info as its v5 docs show it (data/sources/bybit/instruments-info-linear-BTCUSDT-docs.json,
// 2025-01-02): read by the live parser, and the bundled copy is that answer, field for field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordedInstrument } from '../../market-data/recorded-instruments';
import { parseBybitInstrument } from './endpoints';
import { bybitRecordedInstruments } from './recorded-instruments';

const file = 'data/sources/bybit/instruments-info-linear-BTCUSDT-docs';
const recorded = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as unknown;
const sidecar = JSON.parse(readFileSync(`${file}.source.json`, 'utf8')) as { date: string; source: string };

describe('Bybit BTCUSDT instrument, docs example of 2025-01-02', () => {
  it('tickSize 0.10, fundingInterval 480 minutes = 8 h, settleCoin USDT', () => {
    expect(parseBybitInstrument(recorded, 'BTCUSDT')).toEqual({ ok: true, value: { priceTick: '0.10', fundingIntervalHours: '8', settlementAsset: 'USDT' } });
  });

  it('a symbol the answer does not list, or an answer that is not OK, gives no facts', () => {
    expect(parseBybitInstrument(recorded, 'ETHUSDT').ok).toBe(false);
    expect(parseBybitInstrument({ retCode: 10001, result: {} }, 'BTCUSDT').ok).toBe(false);
  });

  it('the bundled copy parses to the same facts, with the sidecar\'s date and source', () => {
    expect(bybitRecordedInstruments.parse(bybitRecordedInstruments.answer, 'BTCUSDT')).toEqual(parseBybitInstrument(recorded, 'BTCUSDT'));
    expect(bybitRecordedInstruments.date).toBe(sidecar.date);
    expect(bybitRecordedInstruments.source).toContain(sidecar.source);
    expect(recordedInstrument('bybit', 'BTCUSDT')).toMatchObject({ facts: { priceTick: '0.10', fundingIntervalHours: '8' }, date: '2025-01-02' });
  });
});
