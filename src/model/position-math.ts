import type Decimal from 'decimal.js';
import { Dm } from './decimal';
import { t } from '../i18n/t';
import { ModelInputError } from './model-input-error';
import type { Rulebook } from './venues/rulebook';

// The contract arithmetic the worker, the warnings, the metrics, the risk tools and the popup share:
// what a position is worth at a price, its unrealized PnL, and its size in the unit the venue's tier
// table counts. Pure decimal.js (the model's 40-digit Dm): no DOM, no browser APIs. Notation of
// docs/rules/bybit-okx-bitget.md §1: s = +1 long / −1 short, Q base size, F = N·CV the face value of
// N inverse contracts of CV USD each, EP entry, P the price.
//
// - Value (position value, notional) in the settlement asset: linear Q·P in the quote, inverse
//   N·CV/P in the coin (bybit-okx-bitget.md §1 "PV"; docs/rules/binance.md §2.3 USDⓈ-M, §4 COIN-M;
//   docs/rules/hyperliquid-and-others.md §1.3-1.4).
// - Unrealized PnL in the settlement asset: linear s·Q·(P − EP), inverse s·N·CV·(1/EP − 1/P)
//   (bybit-okx-bitget.md §1; binance.md §4 for COIN-M).
// - Tier measure: the value at the price, which is the quote notional on Binance USDⓈ-M (binance.md
//   §1.3, §2.3), Bybit linear (bybit-okx-bitget.md §2.6), Bitget (§4.5) and Hyperliquid
//   (hyperliquid-and-others.md §1.3), and the coin notional on Binance COIN-M (binance.md §4) and
//   Bybit inverse; on OKX the contract count, which does not move with the price (bybit-okx-bitget.md
//   §3.3). Which one a venue uses is its rulebook's to say (tierCountOf below).

/** A position as the model counts it. */
export interface SizedPosition {
  contract: 'linear' | 'inverse';
  /** Linear: base-asset quantity; inverse: number of contracts. */
  size: Decimal.Value;
  /** Inverse: quote (USD) value of one contract. Needed for an inverse position's value and PnL. */
  contractValue?: Decimal.Value | undefined;
  /** Linear venues whose tiers count contracts (OKX ctVal): base quantity per contract. */
  contractSize?: Decimal.Value | undefined;
}

/** A position with a side and an entry: what its unrealized PnL needs. */
export interface HeldPosition extends SizedPosition {
  side: 'long' | 'short';
  entryPrice: Decimal.Value;
}

/** What a venue's tier table counts: the position's value at the price, or its contracts (OKX). */
export type TierCount = 'value' | 'contracts';

const signOf = (side: 'long' | 'short'): 1 | -1 => (side === 'long' ? 1 : -1);

function contractValueOf(position: SizedPosition): Decimal.Value {
  if (position.contractValue === undefined) throw new ModelInputError('contractValue', t('model_errNeedsContractValue'));
  return position.contractValue;
}

/** Value at `price` in the settlement asset: linear Q·P (quote), inverse N·CV/P (coin). */
export function valueAt(position: SizedPosition, price: Decimal.Value): Dm {
  const size = new Dm(position.size);
  return position.contract === 'linear' ? size.times(price) : size.times(contractValueOf(position)).div(price);
}

/** Unrealized PnL at `price` in the settlement asset: linear s·Q·(P − EP), inverse s·N·CV·(1/EP − 1/P). */
export function unrealisedPnl(position: HeldPosition, price: Decimal.Value): Dm {
  const size = new Dm(position.size);
  const s = signOf(position.side);
  if (position.contract === 'linear') return size.times(new Dm(price).minus(position.entryPrice)).times(s);
  return size
    .times(contractValueOf(position))
    .times(new Dm(1).div(position.entryPrice).minus(new Dm(1).div(price)))
    .times(s);
}

/**
 * How far the unrealized PnL moves per unit of x, the variable the model's equation is linear in
 * (x = P linear, 1/P inverse): s·Q linear, −s·N·CV inverse.
 */
export function pnlSlopeInX(position: Omit<HeldPosition, 'entryPrice'>): Dm {
  const size = new Dm(position.size);
  const s = signOf(position.side);
  return position.contract === 'linear' ? size.times(s) : size.times(contractValueOf(position)).times(-s);
}

/** Contracts of a position: inverse sizes are contracts already; linear sizes are Q / contract size (as given when there is none). */
export function contractCount(position: SizedPosition): Dm {
  const size = new Dm(position.size);
  return position.contract === 'linear' && position.contractSize ? size.div(position.contractSize) : size;
}

/** What a venue's tiers count, as its rulebook says: contracts where it sizes the tier itself (OKX's tierSize), else the value at the price. */
export function tierCountOf(rulebook: Pick<Rulebook, 'tierSize'>): TierCount {
  return rulebook.tierSize ? 'contracts' : 'value';
}

/** The position's size in the venue's tier unit at `price`: quote notional, coin notional (inverse), or contracts (OKX). */
export function tierMeasure(count: TierCount, position: SizedPosition, price: Decimal.Value): Dm {
  return count === 'contracts' ? contractCount(position) : valueAt(position, price);
}
