// Binance USDⓈ-M instrument facts: exchangeInfo as a Go SDK keeps it recorded (data/sources/binance-usdm/
// exchange-info-BTCUSDT-2025-05-30.json) and fundingInfo as Binance's docs show it (funding-info-docs.json),
// read by the live parser; the bundled copy is the recorded answer, field for field. fundingInfo lists
// only the symbols whose funding was adjusted: the others fund every 8 h (Binance docs, "Get Funding Rate Info").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchTierTables } from '../../market-data/fetch-tier-tables';
import type { FetchFunction } from '../../market-data/fetch-json';
import { recordedInstrument } from '../../market-data/recorded-instruments';
import { bapiBrackets, BINANCE_BTCUSDT_2024 } from '../../market-data/testing/venue-answers';
import { binanceUsdmEndpoints, parseUsdmInstrument } from './endpoints';
import { binanceUsdmRecordedExchangeInfo } from './recorded-exchange-info';

const dir = 'data/sources/binance-usdm';
const read = (name: string) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as unknown;
const exchangeInfo = read('exchange-info-BTCUSDT-2025-05-30.json');
const fundingInfo = read('funding-info-docs.json');
const sidecar = read('exchange-info-BTCUSDT-2025-05-30.source.json') as { date: string; source: string; request: string };

describe('Binance USDⓈ-M BTCUSDT instrument, exchangeInfo of 2025-05-30', () => {
  it('PRICE_FILTER tickSize 0.10 and marginAsset USDT; without a fundingInfo answer, no funding interval', () => {
    expect(parseUsdmInstrument([exchangeInfo], 'BTCUSDT')).toEqual({ ok: true, value: { priceTick: '0.10', settlementAsset: 'USDT' } });
  });

  it('with the docs\' fundingInfo: a listed symbol has its own interval, BTCUSDT (not listed) the default 8 h', () => {
    expect(parseUsdmInstrument([exchangeInfo, fundingInfo], 'BTCUSDT')).toEqual({ ok: true, value: { priceTick: '0.10', settlementAsset: 'USDT', fundingIntervalHours: '8' } });
    const listed = [{ symbol: 'BTCUSDT', adjustedFundingRateCap: '0.03', adjustedFundingRateFloor: '-0.03', fundingIntervalHours: 4, disclaimer: false }];
    expect(parseUsdmInstrument([exchangeInfo, listed], 'BTCUSDT')).toMatchObject({ ok: true, value: { fundingIntervalHours: '4' } });
    // The docs' one row is read as Binance wrote it: BLZUSDT every 8 h (exchangeInfo failed here).
    expect(parseUsdmInstrument([undefined, fundingInfo], 'BLZUSDT')).toEqual({ ok: true, value: { fundingIntervalHours: '8' } });
  });

  it.each<[string, unknown[], string]>([
    ['an exchangeInfo without the symbol', [exchangeInfo, fundingInfo], 'ETHUSDT'],
    ['no answer at all', [undefined, undefined], 'BTCUSDT'],
    ['an error answer for both', [{ code: -1003, msg: 'banned' }, { code: -1003, msg: 'banned' }], 'BTCUSDT'],
  ])('%s: no facts', (_case, answers, symbol) => {
    expect(parseUsdmInstrument(answers, symbol).ok).toBe(false);
  });

  it('a fundingInfo row that names no symbol could be any symbol\'s: no interval from that list', () => {
    expect(parseUsdmInstrument([exchangeInfo, [{ fundingIntervalHours: 1 }]], 'BTCUSDT')).toEqual({ ok: true, value: { priceTick: '0.10', settlementAsset: 'USDT' } });
    expect(parseUsdmInstrument([exchangeInfo, [{ symbol: 'BTCUSDT', fundingIntervalHours: '4h' }]], 'BTCUSDT')).toEqual({ ok: true, value: { priceTick: '0.10', settlementAsset: 'USDT' } });
  });

  it('the bundled copy parses to the same facts, with the sidecar\'s date and source', () => {
    expect(binanceUsdmRecordedExchangeInfo.parse(binanceUsdmRecordedExchangeInfo.answer, 'BTCUSDT')).toEqual(parseUsdmInstrument([exchangeInfo], 'BTCUSDT'));
    expect(binanceUsdmRecordedExchangeInfo.date).toBe(sidecar.date);
    expect(binanceUsdmRecordedExchangeInfo.source).toContain(sidecar.source);
    expect(binanceUsdmRecordedExchangeInfo.source).toContain(sidecar.request);
    expect(recordedInstrument('binance-usdm', 'BTCUSDT')).toMatchObject({ facts: { priceTick: '0.10', settlementAsset: 'USDT' }, date: '2025-05-30' });
    expect(recordedInstrument('binance-usdm', 'ETHUSDT')).toBeNull();
  });
});

describe('fetched beside the brackets feed', () => {
  const feed = JSON.stringify(bapiBrackets({ BTCUSDT: BINANCE_BTCUSDT_2024 }));
  function fetchWith(answers: { info?: () => Response; funding?: () => Response }, calls: string[] = []): FetchFunction {
    return async (url) => {
      calls.push(url);
      if (url.endsWith('/exchangeInfo')) return answers.info?.() ?? new Response('', { status: 503 });
      if (url.endsWith('/fundingInfo')) return answers.funding?.() ?? new Response('', { status: 503 });
      return new Response(feed);
    };
  }
  const tableOf = async (fetch: FetchFunction) => (await fetchTierTables(binanceUsdmEndpoints, ['BTCUSDT'], { fetch })).get('BTCUSDT')!;

  it('both answers: tick, margin asset and interval, each asked for once on fapi.binance.com', async () => {
    const calls: string[] = [];
    const table = await tableOf(fetchWith({ info: () => Response.json(exchangeInfo), funding: () => Response.json(fundingInfo) }, calls));
    expect(table).toMatchObject({ ok: true, instrument: { priceTick: '0.10', settlementAsset: 'USDT', fundingIntervalHours: '8' } });
    expect(calls.filter((u) => u.startsWith('https://fapi.binance.com/fapi/v1/')).sort()).toEqual(['https://fapi.binance.com/fapi/v1/exchangeInfo', 'https://fapi.binance.com/fapi/v1/fundingInfo']);
  });

  it('fundingInfo failing: the tick stays, the interval is not guessed', async () => {
    const table = await tableOf(fetchWith({ info: () => Response.json(exchangeInfo) }));
    expect(table.ok && table.instrument).toEqual({ priceTick: '0.10', settlementAsset: 'USDT' });
  });

  it.each<[string, () => Response]>([
    ['an HTTP error', () => new Response('busy', { status: 503 })],
    ['a tick that is no number', () => new Response(JSON.stringify(exchangeInfo).replace('"tickSize":"0.10"', '"tickSize":"ten"'))],
  ])('exchangeInfo with %s and fundingInfo failing: the tiers stay, without facts', async (_case, info) => {
    const table = await tableOf(fetchWith({ info }));
    expect(table.ok).toBe(true);
    expect(table.ok && table.instrument).toBeUndefined();
  });

  it('a funding interval of 48 h is refused with the facts it came with; the tiers stay', async () => {
    const table = await tableOf(fetchWith({ info: () => Response.json(exchangeInfo), funding: () => Response.json([{ symbol: 'BTCUSDT', fundingIntervalHours: 48 }]) }));
    expect(table.ok).toBe(true);
    expect(table.ok && table.instrument).toBeUndefined();
  });
});
