// Turns what the page showed into model inputs, or into the reasons it can't. Everything the model
// needs must have been read; a value that was not read is never replaced by a guess. What a page's
// figures mean (which column is the isolated margin, what the wallet includes, the size units) is
// the venue's PageMeaning: this builder applies it and names no venue.
import { bybitMarginWithoutCloseFee } from '../venues/bybit/rulebook';
import { Dm } from '../model/decimal';
import { ModelInputError } from '../model/model-input-error';
import { tierCountOf, unrealisedPnl } from '../model/position-math';
import type { Dec, OtherPosition, PositionInput } from '../model/types';
import { rulebookFor } from '../model/venues';
import type { PageSnapshot, PositionView, Quantity, Side } from '../protocol/snapshot';
import type { MarketLookup, MarketTable } from '../market-data/lookup';
import { meaningOf, type PageMeaning } from './page-meaning';
import { missingTableReason } from '../market-data/lookup';
import { t } from '../i18n/t';
import { requireLeverageAllowed, requireMarginNearInitial, requireMarginWithinValue, requirePositive, requireSamePriceScale, requireShownPnlFits, requireShownValueFits } from './plausibility';
import { positionsShown, unidentifiedRow } from './row-identity';
import { equityLessShownPnl } from './cross-from-equity';
import { Needs } from './needs';

/** A failure says `misread` when a figure was read from the wrong place (then nothing of the row is shown as fact). */
export type Built<T> = { ok: true; value: T; assumptions: string[]; table: MarketTable } | { ok: false; reasons: string[]; misread?: boolean };

export { Needs } from './needs';

/** How the model counts a symbol's positions: linear in the coin, inverse in contracts of a USD value. */
export interface ContractTerms {
  contract: 'linear' | 'inverse';
  /** Inverse: USD value of one contract. */
  contractValue?: Dec;
  /** Linear, where the market data gives it (OKX ctVal): coin per contract. */
  contractSize?: Dec;
}

/** The contract terms of a symbol from the venue's meaning and its market table. */
export function termsOf(meaning: PageMeaning, symbol: string, table: MarketTable | null, needs: Needs): ContractTerms | undefined {
  const contract = meaning.contractOf(symbol);
  if (contract === 'inverse') {
    const contractValue = meaning.inverseContractValue ?? table?.contractValue;
    if (contractValue) return { contract, contractValue };
    // Without a table the missing table is the reason already given.
    if (table) needs.fail(t('worker_contractValueMissing', symbol));
    return undefined;
  }
  if (table?.contractSize) return { contract, contractSize: table.contractSize };
  // The venue's tiers count contracts (OKX): a linear position needs the table's contract size even in the coin.
  if (tierCountOf(rulebookFor(meaning.venue)) === 'contracts') {
    // Without a table the missing table is the reason already given.
    if (table) needs.fail(t('worker_contractSizeMissing', symbol));
    return undefined;
  }
  return { contract };
}

/**
 * A position's size as the model takes it: the coin (linear), contracts (inverse). A size in the
 * quote asset is ambiguous for a position (at which price?), so it is refused.
 */
export function positionSize(q: Quantity, terms: ContractTerms, needs: Needs): Dec | undefined {
  if (terms.contract === 'linear') {
    if (q.unit === 'base') return q.amount;
    if (q.unit === 'contracts' && terms.contractSize) return new Dm(q.amount).mul(terms.contractSize).toString();
  } else {
    if (q.unit === 'contracts') return q.amount;
    // A USD amount of an inverse position is its face value: a count of contracts of that value.
    if (q.unit === 'quote' && terms.contractValue) return new Dm(q.amount).div(terms.contractValue).toString();
  }
  const shown = q.unit === 'quote' ? t('worker_unitQuoteAsset') : q.unit === 'base' ? t('worker_unitCoin') : q.unit === 'cost' ? t('worker_unitMarginWord') : t('worker_unitContracts');
  const want = terms.contract === 'linear' ? t('worker_unitCoin') : t('worker_unitContracts');
  needs.fail(t('worker_sizeUnitRefused', shown, want));
  return undefined;
}

/** A position row read into model terms. */
export interface Leg {
  symbol: string;
  side: Side;
  size: Dec;
  entry: Dec;
  terms: ContractTerms;
}

/** Side, size and entry of a row; every failure is said into `needs`. */
export function readLeg(row: PositionView, meaning: PageMeaning, table: MarketTable | null, needs: Needs): Leg | undefined {
  const side = needs.get(row.side, t('worker_fieldSide'));
  const shown = needs.get(row.size, t('worker_fieldSize'));
  const terms = termsOf(meaning, row.symbol, table, needs);
  const size = shown && terms && positionSize(shown, terms, needs);
  const entry = needs.get(row.entryPrice, t('worker_fieldEntryPrice'));
  if (!side || !size || !entry || !terms) return undefined;
  return { symbol: row.symbol, side, size, entry, terms };
}

/** The model's isolated margin of a row (settlement asset, without PnL or a booked fee to close). */
/** `takerFeeRate`: the trader's rate (settings), for the fee to close a venue books into the margin (Bybit). */
export function isolatedMarginOf(row: PositionView, leg: Leg, meaning: PageMeaning, needs: Needs, takerFeeRate?: Dec): Dec | undefined {
  const source = meaning.isolatedMargin;
  if (typeof source === 'object') {
    needs.fail(t('worker_isolatedUnavailable', t(source.unavailable)));
    return undefined;
  }
  if (source === 'margin') return needs.get(row.margin, t('worker_fieldMargin'));
  if (source === 'margin-minus-pnl') {
    const mark = needs.get(row.markPrice, t('worker_fieldMarkPrice'));
    const margin = needs.get(row.margin, t('worker_fieldMargin'));
    if (!mark || !margin) return undefined;
    return new Dm(margin).sub(unrealisedPnl({ ...leg.terms, side: leg.side, size: leg.size, entryPrice: leg.entry }, mark)).toString();
  }
  const booked = needs.get(row.initialMargin, 'IM');
  if (!booked) return undefined;
  try {
    return bybitMarginWithoutCloseFee({
      contract: leg.terms.contract,
      side: leg.side,
      size: leg.size,
      entryPrice: leg.entry,
      ...(leg.terms.contractValue ? { contractValue: leg.terms.contractValue } : {}),
      bookedMargin: booked,
      ...(takerFeeRate ? { takerFeeRate } : {}),
    });
  } catch (error) {
    needs.fail(error instanceof ModelInputError ? t('worker_imRefused', booked, error.message) : t('worker_imUnreadable', booked));
    return undefined;
  }
}

/** What an isolated position holds out of the account's wallet balance. */
function heldOutOfWallet(row: PositionView, leg: Leg, meaning: PageMeaning, held: 'isolated-margin' | 'initial-margin', needs: Needs): Dec | undefined {
  return held === 'initial-margin' ? needs.get(row.initialMargin, 'IM') : isolatedMarginOf(row, leg, meaning, needs);
}

export interface CrossAccount {
  walletBalance: Dec;
  others: OtherPosition[];
  /** Plain sentences about what was left out. */
  notes: string[];
}

/**
 * Cross wallet and the other cross positions sharing it (same settlement asset), excluding `exclude`
 * (the rows being solved). Needs every position on the page: a virtualised list that hides rows
 * makes cross unverifiable.
 */
export function crossAccount(snapshot: PageSnapshot, symbol: string, exclude: (row: PositionView) => boolean, needs: Needs, market: MarketLookup): CrossAccount | undefined {
  const meaning = meaningOf(snapshot.venue);
  const source = meaning.crossWallet;
  if ('unavailable' in source) {
    needs.fail(t('worker_crossUnavailable', t(source.unavailable)));
    return undefined;
  }
  const asset = meaning.settlementAsset(symbol);
  const walletAsset = meaning.settlementAsset(snapshot.symbol);
  if (asset !== walletAsset) {
    needs.fail(t('worker_crossOtherAsset', walletAsset ?? t('worker_anotherAsset'), symbol, asset ?? t('worker_anotherAsset')));
    return undefined;
  }
  const fromEquity = source.from === 'equity-minus-pnl-and-isolated';
  const wallet = fromEquity ? equityLessShownPnl(snapshot, asset, meaning, needs)?.toString() : needs.get(snapshot.account?.walletBalance, t('worker_fieldWalletBalance'));
  if (!fromEquity) requirePositive(wallet, t('worker_fieldWalletBalance'), needs);
  const panel = snapshot.positions;
  if (!panel) {
    needs.fail(t('worker_crossNoPanel'));
    return undefined;
  }
  const declared = needs.get(panel.declaredCount, t('worker_fieldPositionCount'));
  const shown = positionsShown(panel.rows);
  if (declared !== undefined && declared > shown) {
    needs.fail(t('worker_crossHiddenRows', shown, declared));
  }
  let walletBalance = wallet ? new Dm(wallet) : undefined;
  const others: OtherPosition[] = [];
  const notes: string[] = [];
  for (const row of panel.rows) {
    if (exclude(row)) continue;
    // A row the reader could not identify may be any position sharing the wallet.
    const unidentified = unidentifiedRow(row, snapshot.venue);
    if (unidentified !== undefined) {
      needs.fail(unidentified);
      continue;
    }
    const rowAsset = meaning.settlementAsset(row.symbol);
    if (rowAsset !== null && rowAsset !== asset) {
      notes.push(t('worker_crossLeftOut', row.symbol, rowAsset, asset ?? t('worker_anotherAsset')));
      continue;
    }
    const about = needs.about(t('worker_aboutSharesWallet', row.symbol));
    const mode = about.get(row.marginMode, t('worker_fieldMarginMode'));
    if (mode !== 'isolated' && mode !== 'cross') continue;
    const table = market.tierTable(snapshot.venue, row.symbol);
    if (mode === 'isolated') {
      // The wallet balance includes what isolated positions hold; cross margin does not.
      const leg = readLeg(row, meaning, table, about);
      const held = leg && heldOutOfWallet(row, leg, meaning, source.held, about);
      if (held && requirePositive(held, t('worker_fieldMargin'), about) && requireMarginWithinValue(held, leg, about) && walletBalance) walletBalance = walletBalance.sub(held);
      continue;
    }
    if (!table) about.fail(missingTableReason(market, snapshot.venue, row.symbol));
    const leg = readLeg(row, meaning, table, about);
    const markPrice = about.get(row.markPrice, t('worker_fieldMarkPrice'));
    const leverage = meaning.crossNeedsLeverage ? about.get(row.leverage, t('worker_fieldLeverage')) : undefined;
    const plausible =
      leg &&
      markPrice &&
      requireSamePriceScale(leg.entry, markPrice, t('worker_fieldEntryPrice'), about) &&
      requireShownPnlFits(row.unrealizedPnl, leg, markPrice, about) &&
      requireShownValueFits(row.positionValue, leg, markPrice, about);
    if (leg && markPrice && table && plausible && (leverage || !meaning.crossNeedsLeverage)) {
      others.push({
        symbol: row.symbol,
        side: leg.side,
        size: leg.size,
        entryPrice: leg.entry,
        markPrice,
        ...(leg.terms.contractValue ? { contractValue: leg.terms.contractValue } : {}),
        ...(leg.terms.contractSize ? { contractSize: leg.terms.contractSize } : {}),
        ...(leverage ? { leverage } : {}),
        tiers: table.tiers,
      });
    }
  }
  if (!walletBalance || needs.reasons.length > 0) return undefined;
  // What is left for cross after the isolated positions' margins must be something.
  if (!requirePositive(walletBalance.toString(), t('worker_crossWalletLeft'), needs)) return undefined;
  return { walletBalance: walletBalance.toString(), others, notes };
}

/** Model input for an open position row. */
export function positionInput(snapshot: PageSnapshot, row: PositionView, market: MarketLookup, takerFeeRate?: Dec): Built<PositionInput> {
  const unidentified = unidentifiedRow(row, snapshot.venue);
  if (unidentified !== undefined) return { ok: false, reasons: [unidentified], misread: true };
  const needs = new Needs();
  const venue = snapshot.venue;
  const meaning = meaningOf(venue);
  const table = market.tierTable(venue, row.symbol);
  if (!table) needs.fail(missingTableReason(market, venue, row.symbol));
  const mode = needs.get(row.marginMode, t('worker_fieldMarginMode'));
  const leg = readLeg(row, meaning, table, needs);
  const markPrice = needs.get(row.markPrice, t('worker_fieldMarkPrice'));
  const crossLeverage = mode === 'cross' && meaning.crossNeedsLeverage ? needs.get(row.leverage, t('worker_fieldLeverage')) : undefined;
  const leverage = crossLeverage ?? (row.leverage.ok ? row.leverage.value : undefined);
  if (leg && markPrice) {
    requireSamePriceScale(leg.entry, markPrice, t('worker_fieldEntryPrice'), needs);
    requireShownPnlFits(row.unrealizedPnl, leg, markPrice, needs);
    requireShownValueFits(row.positionValue, leg, markPrice, needs);
  }
  if (table) requireLeverageAllowed(leverage, table.tiers, needs);
  const hedge = (snapshot.positions?.rows ?? []).some((r) => r !== row && r.symbol === row.symbol);
  const assumptions: string[] = [];
  let isolatedMargin: Dec | undefined;
  let account: CrossAccount | undefined;
  if (mode === 'isolated' && leg) {
    isolatedMargin = isolatedMarginOf(row, leg, meaning, needs, takerFeeRate);
    if (requirePositive(isolatedMargin, t('worker_fieldMargin'), needs) && requireMarginWithinValue(isolatedMargin, leg, needs)) {
      requireMarginNearInitial(isolatedMargin, row.leverage.ok ? row.leverage.value : undefined, leg, needs);
    }
    assumptions.push(t(meaning.says.isolated));
  } else if (mode === 'cross') {
    // In hedge mode the other leg of the same symbol moves with the solved price: the model takes it
    // among the other positions and recognises it by its symbol.
    account = crossAccount(snapshot, row.symbol, (r) => r === row, needs, market);
    assumptions.push(t(meaning.says.cross), ...(account?.notes ?? []));
  }
  if (needs.reasons.length > 0 || !table || !mode || !leg || !markPrice) return { ok: false, reasons: needs.reasons, ...(needs.anyMisread ? { misread: true } : {}) };
  return {
    ok: true,
    table,
    assumptions,
    value: {
      venue,
      symbol: row.symbol,
      contract: leg.terms.contract,
      marginMode: mode,
      positionMode: hedge ? 'hedge' : 'one-way',
      side: leg.side,
      size: leg.size,
      ...(leg.terms.contractValue ? { contractValue: leg.terms.contractValue } : {}),
      ...(leg.terms.contractSize ? { contractSize: leg.terms.contractSize } : {}),
      entryPrice: leg.entry,
      markPrice,
      ...(leverage ? { leverage } : {}),
      ...(isolatedMargin ? { isolatedMargin } : {}),
      ...(account ? { walletBalance: account.walletBalance, otherPositions: account.others } : {}),
      // The instrument's own tick, from market data: where the venue prints its figure ticks from its
      // rule's (OKX), the model does too. Never the page's printed decimals: the estimate must not
      // depend on the figure it is checked against.
      ...(table.instrument?.priceTick ? { priceTick: table.instrument.priceTick } : {}),
      tiers: table.tiers,
    },
  };
}
