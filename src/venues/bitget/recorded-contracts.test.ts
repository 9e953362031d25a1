// Bitget's contracts answer as its API docs show it (data/sources/bitget/contracts-BTCUSDT-docs.json,
// 2023-09-27): read by the live parser, and the bundled copy is that answer, field for field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordedInstrument } from '../../market-data/recorded-instruments';
import { parseBitgetContract } from './endpoints';
import { bitgetRecordedContracts } from './recorded-contracts';

const file = 'data/sources/bitget/contracts-BTCUSDT-docs';
const recorded = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as unknown;
const sidecar = JSON.parse(readFileSync(`${file}.source.json`, 'utf8')) as { date: string; source: string };

describe('Bitget BTCUSDT contract, docs example of 2023-09-27', () => {
  it('pricePlace 1 and priceEndStep 1: a tick of 0.1; fundInterval 8 h', () => {
    expect(parseBitgetContract(recorded, 'BTCUSDT')).toEqual({ ok: true, value: { priceTick: '0.1', fundingIntervalHours: '8' } });
  });

  it('priceEndStep counts steps of the last decimal: pricePlace 4, priceEndStep 5 is 0.0005', () => {
    const answer = { code: '00000', data: [{ symbol: 'XUSDT', pricePlace: '4', priceEndStep: '5', fundInterval: '4' }] };
    expect(parseBitgetContract(answer, 'XUSDT')).toEqual({ ok: true, value: { priceTick: '0.0005', fundingIntervalHours: '4' } });
  });

  it('the bundled copy parses to the same facts, with the sidecar\'s date and source', () => {
    expect(bitgetRecordedContracts.parse(bitgetRecordedContracts.answer, 'BTCUSDT')).toEqual(parseBitgetContract(recorded, 'BTCUSDT'));
    expect(bitgetRecordedContracts.date).toBe(sidecar.date);
    expect(bitgetRecordedContracts.source).toContain(sidecar.source);
    expect(recordedInstrument('bitget', 'BTCUSDT')).toMatchObject({ facts: { priceTick: '0.1' }, date: '2023-09-27' });
  });
});
