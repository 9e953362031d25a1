// Real OKX positions as OKX's own API reported them (GET /api/v5/account/positions or the positions
// channel), each with every input the rule needs and OKX's liqPx. The expected liquidation price is
// OKX's number as recorded; the maintenance margin and margin ratio are OKX's too. Sources, dates and
// the findings: docs/model.md, "The venues' own rounding".
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { estimateLiquidation, ModelInputError } from '../../model/index';
import type { PositionInput } from '../../model/types';

const D = Decimal.clone({ precision: 50 });

/** OKX writes binary floats (16-17 digits): a millionth of a tick is far below the one-tick step tested here. */
function expectWithinMillionthOfTick(actual: string | null | undefined, expected: string, tick: string): void {
  expect(actual).toBeTypeOf('string');
  const gap = new D(actual as string).minus(expected).abs();
  expect(gap.lte(new D(tick).div(1e6)), `${actual} vs ${expected} (gap ${gap.toString()})`).toBe(true);
}

/** OKX's float outputs (mmr, mgnRatio): 1e-12 relative, or half a unit of the 16th decimal it writes coin amounts to. */
function expectOkxFloat(actual: string | undefined, expected: string): void {
  expect(actual).toBeTypeOf('string');
  const gap = new D(actual as string).minus(expected).abs();
  const tolerance = D.max(new D(expected).abs().times('1e-12'), '5e-17');
  expect(gap.lte(tolerance), `${actual} vs ${expected} (gap ${gap.toString()})`).toBe(true);
}

interface Recorded {
  name: string;
  /** Where the record is public and when OKX wrote it (uTime). */
  source: string;
  input: PositionInput;
  /** OKX's fields as recorded. */
  liqPx: string;
  mmr: string;
  mgnRatio: string;
}

const flat = (rate: string) => [{ floor: '0', maintenanceMarginRate: rate }];

// Inputs: pos x ctVal = size (linear) or pos = contracts (inverse); avgPx; margin; markPx; the tier
// rate is the record's mmr / its value at markPx; the fee rate is the record's own (its opening fee
// over its value, and its mgnRatio agrees); the tick is the instrument's tickSz.
const recorded: Recorded[] = [
  {
    name: 'ETH-USD-210430 (FUTURES, inverse) long 1 x 10 USD, isolated 10x',
    source: 'OKX API v5 docs, GET /api/v5/account/positions response example (pTime 2021-04-27)',
    input: {
      venue: 'okx', symbol: 'ETH-USD-210430', contract: 'inverse', marginMode: 'isolated', side: 'long', size: '1', contractValue: '10',
      entryPrice: '2566.31', markPrice: '2565.656', isolatedMargin: '0.0003896645377994', tiers: flat('0.008'), takerFeeRate: '0.0005', priceTick: '0.01',
    },
    // The example's markPx field (2353.849) was edited by hand; its upl implies mark 2565.656.
    liqPx: '2352.8496681818233', mmr: '0.0000311811092368', mgnRatio: '11.731726509588816',
  },
  {
    name: 'ETH-USDT-SWAP short 1 x 0.1 ETH, isolated 16x',
    source: 'public GitHub file, a BingX/OKX client with a printed OKX positions answer (index texts 47357342973, 47490844307); uTime 1664201788281 = 2022-09-26',
    input: {
      venue: 'okx', symbol: 'ETH-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'short', size: '0.1', contractSize: '0.1',
      entryPrice: '1333', markPrice: '1274.09', isolatedMargin: '8.33125', tiers: flat('0.004'), takerFeeRate: '0.0005', priceTick: '0.01',
    },
    liqPx: '1409.9576455948234', mmr: '0.509636', mgnRatio: '24.805939925750945',
  },
  {
    name: 'SOL-USDT-SWAP long 27 contracts (2.7 SOL by notionalUsd), isolated 3x',
    source: 'bluemeat0724/copyapesapi crawler/1.py @0635c0c9db7e0c459575da2e281d2b60b671736b; uTime 1702228492444 = 2023-12-10',
    input: {
      venue: 'okx', symbol: 'SOL-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '2.7', contractSize: '0.1',
      entryPrice: '73.18', markPrice: '72.71', isolatedMargin: '65.862', tiers: flat('0.005'), takerFeeRate: '0.0005', priceTick: '0.01',
    },
    liqPx: '49.06647729177141', mmr: '0.981585', mgnRatio: '59.82254118686518',
  },
  {
    name: 'BTC-USDT-240329 (FUTURES) long 4 x 0.01 BTC, isolated 3x',
    source: 'public GitHub file, a Python OKX model class quoting a position (index text 29193450374); uTime 1703728655219 = 2023-12-28',
    input: {
      venue: 'okx', symbol: 'BTC-USDT-240329', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.04', contractSize: '0.01',
      entryPrice: '45075.3000000000000001', markPrice: '45068', isolatedMargin: '601.004', tiers: flat('0.004'), takerFeeRate: '0.0005', priceTick: '0.1',
    },
    liqPx: '30186.137167252637', mmr: '7.21088', mgnRatio: '74.05007741388319',
  },
  {
    name: 'BTC-USDT-SWAP long 16.5 contracts (0.0165 BTC by notionalUsd), isolated 1x',
    source: 'public GitHub file, Spanish notes of an OKX bot, "Ejemplo de una posicion abierta" (index text 37202375316); uTime 1723363200374 = 2024-08-11',
    input: {
      venue: 'okx', symbol: 'BTC-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.0165', contractSize: '0.001',
      entryPrice: '60346.5', markPrice: '60349.6', isolatedMargin: '995.5680960124100264', tiers: flat('0.004'), takerFeeRate: '0.0005', priceTick: '0.1',
    },
    liqPx: '9.180497851849454', mmr: '3.9830736', mgnRatio: '222.18893603782877',
  },
  {
    name: 'BTC-USDT-SWAP long 0.3 contracts (0.0003 BTC by notionalUsd), isolated 3x, margin after funding',
    source: 'public GitHub file, an OKX websocket client logging the positions channel (index text 47490844307); uTime 1722499200598 = 2024-08-01',
    input: {
      venue: 'okx', symbol: 'BTC-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.0003', contractSize: '0.001',
      entryPrice: '59029.5', markPrice: '64452.6', isolatedMargin: '5.9826779385178201', tiers: flat('0.004'), takerFeeRate: '0.0005', priceTick: '0.1',
    },
    liqPx: '39264.027880402406', mmr: '0.07734312', mgnRatio: '87.45569024561166',
  },
  {
    name: 'BTC-USDC-SWAP long 3 contracts (0.003 BTC by notionalUsd), isolated 3x, tier rate 0.65 %',
    source: 'the same websocket log (index text 47490844307); uTime 1722506419167 = 2024-08-01',
    input: {
      venue: 'okx', symbol: 'BTC-USDC-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.003', contractSize: '0.001',
      entryPrice: '64477.5', markPrice: '64435', isolatedMargin: '64.4775', tiers: flat('0.0065'), takerFeeRate: '0.0005', priceTick: '0.1',
    },
    liqPx: '43288.116112789525', mmr: '1.2564825', mgnRatio: '47.55623053132172',
  },
  {
    name: 'BTC-USD-SWAP (inverse) long 1 x 100 USD, isolated 5x, taker 0.03 %',
    source: 'public GitHub files, a ccxt/OKX comparison and a Flask app quoting the same OKX answer (index texts 26314950442, 26376605164); uTime 1732693584348 = 2024-11-27',
    input: {
      venue: 'okx', symbol: 'BTC-USD-SWAP', contract: 'inverse', marginMode: 'isolated', side: 'long', size: '1', contractValue: '100',
      entryPrice: '93511.7', markPrice: '93516.3', isolatedMargin: '0.0002138769800998', tiers: flat('0.004'), takerFeeRate: '0.0003', priceTick: '0.1',
    },
    liqPx: '78261.60025833434', mmr: '0.0000042773291929', mgnRatio: '46.525355824765654',
  },
  {
    name: 'ADA-USDT-SWAP short 0.1 x 100 ADA, isolated 3x',
    source: 'public GitHub file, an async OKX task quoting ccxt fetch_positions info (index text 70149420508); uTime 1739942725846 = 2025-02-19',
    input: {
      venue: 'okx', symbol: 'ADA-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'short', size: '10', contractSize: '100',
      entryPrice: '0.736', markPrice: '0.7423', isolatedMargin: '2.4533333333333333', tiers: flat('0.0065'), takerFeeRate: '0.0005', priceTick: '0.0001',
    },
    liqPx: '0.9744117510758028', mmr: '0.0482495', mgnRatio: '46.00245055586562',
  },
  {
    name: 'ETH-USDT-SWAP long 1 x 0.1 ETH, isolated 10x',
    source: 'public GitHub file, a Java PositionsRes class quoting a position (index text 52436353321); uTime 1764434109835 = 2025-11-29',
    input: {
      venue: 'okx', symbol: 'ETH-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '0.1', contractSize: '0.1',
      entryPrice: '3011', markPrice: '3010.54', isolatedMargin: '30.11', tiers: flat('0.004'), takerFeeRate: '0.0005', priceTick: '0.01',
    },
    liqPx: '2722.159673530889', mmr: '1.204216', mgnRatio: '22.191662920568692',
  },
];

describe('OKX isolated: the reported liqPx is the rule\'s price one tick toward the mark (10 recorded positions)', () => {
  it.each(recorded)('$name — $source', ({ input, liqPx, mmr, mgnRatio }) => {
    const result = estimateLiquidation(input);
    const tick = input.priceTick as string;
    // The model's figure is OKX's, to a millionth of a tick.
    expectWithinMillionthOfTick(result.liquidationPrice, liqPx, tick);
    // The rule's own price is kept beside it, exactly one tick away from OKX's, on the side away from the mark.
    const step = input.side === 'long' ? new D(tick) : new D(tick).neg();
    expectWithinMillionthOfTick(result.ruleLiquidationPrice, new D(liqPx).minus(step).toString(), tick);
    // The same inputs give OKX's own maintenance margin and margin ratio: the inputs are the position's.
    expectOkxFloat(result.maintenanceMargin, mmr);
    expectOkxFloat(result.marginRatio, mgnRatio);
  });

  it('without a tick the model returns the rule\'s price and no second field (the contract before this change)', () => {
    for (const { input, liqPx } of recorded) {
      const { priceTick, ...withoutTick } = input;
      const result = estimateLiquidation(withoutTick);
      expect(result.ruleLiquidationPrice).toBeUndefined();
      const step = input.side === 'long' ? new D(priceTick as string) : new D(priceTick as string).neg();
      expectWithinMillionthOfTick(result.liquidationPrice, new D(liqPx).minus(step).toString(), priceTick as string);
    }
  });

  it('the estimate says the shown price is the venue\'s figure and names the rule\'s', () => {
    const result = estimateLiquidation(recorded[1]!.input);
    // ETH-USDT-SWAP short: rule 1409.967645595 (10 significant digits), step 0.01.
    expect(result.assumptions.join(' ')).toContain('0.01 toward the mark');
    expect(result.assumptions.join(' ')).toContain('1409.967646');
  });
});

describe('DOGE-USDT-SWAP long 199 contracts (1,990 DOGE by notionalUsd), isolated 3x: OKX printed 5 ticks from the rule', () => {
  // bluemeat0724/copyapesapi crawler/1.py @0635c0c9db7e0c459575da2e281d2b60b671736b; uTime 1702229518344 = 2023-12-10.
  // tickSz 0.00001 (the record's own prices carry five decimals; ccxt's static OKX markets list the same).
  const input: PositionInput = {
    venue: 'okx', symbol: 'DOGE-USDT-SWAP', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1990', contractSize: '10',
    entryPrice: '0.10045', markPrice: '0.10046', isolatedMargin: '66.6318333333333333', tiers: flat('0.005'), takerFeeRate: '0.0005', priceTick: '0.00001',
  };
  const result = estimateLiquidation(input);

  it('the inputs are the position\'s: OKX\'s mmr 0.999577 and mgnRatio 60.618126315916484', () => {
    expectOkxFloat(result.maintenanceMargin, '0.999577');
    expectOkxFloat(result.marginRatio, '60.618126315916484');
  });

  it('OKX liqPx 0.0673870202781967 is the rule\'s price + 0.00005 (5 ticks); Liqcheck\'s one-tick figure is 4 ticks short', () => {
    expectWithinMillionthOfTick(result.ruleLiquidationPrice, new D('0.0673870202781967').minus('0.00005').toString(), '0.00001');
    expectWithinMillionthOfTick(result.liquidationPrice, new D('0.0673870202781967').minus('0.00004').toString(), '0.00001');
  });
});

describe('where no rounding rule is known, the tick changes nothing', () => {
  it('OKX cross: the rule\'s price, no second field (no recorded cross position could be checked)', () => {
    const input: PositionInput = {
      venue: 'okx', symbol: 'ETH-USDT-SWAP', contract: 'linear', marginMode: 'cross', side: 'long', size: '1', contractSize: '0.1',
      entryPrice: '3000', markPrice: '3000', walletBalance: '500', tiers: flat('0.004'), takerFeeRate: '0.0005',
    };
    const plain = estimateLiquidation(input);
    const ticked = estimateLiquidation({ ...input, priceTick: '0.01' });
    expect(ticked.liquidationPrice).toBe(plain.liquidationPrice);
    expect(ticked.ruleLiquidationPrice).toBeUndefined();
  });

  it('a venue without a rule (Binance USDⓈ-M): the rule\'s price, no second field', () => {
    const input: PositionInput = {
      venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', side: 'long', size: '1',
      entryPrice: '60000', markPrice: '60000', isolatedMargin: '6000', tiers: flat('0.004'),
    };
    const plain = estimateLiquidation(input);
    const ticked = estimateLiquidation({ ...input, priceTick: '0.1' });
    expect(ticked.liquidationPrice).toBe(plain.liquidationPrice);
    expect(ticked.ruleLiquidationPrice).toBeUndefined();
  });

  it.each(['0', '-0.1', 'abc', '1e-999'])('a priceTick of %s is refused, naming priceTick', (priceTick) => {
    const input = { ...recorded[1]!.input, priceTick };
    expect(() => estimateLiquidation(input)).toThrow(ModelInputError);
    expect(() => estimateLiquidation(input)).toThrowError(expect.objectContaining({ field: 'priceTick' }));
  });
});
