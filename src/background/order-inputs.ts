// Model input for the position that would exist if one side's order filled as typed, the way the
// venue books it (docs/architecture.md, "What the pre-trade estimate means"). Linear and inverse alike:
// the venue's PageMeaning says what the page's figures are; nothing here names a venue.
import { Dm } from '../model/decimal';
import { valueAt } from '../model/position-math';
import type { Dec, PositionInput } from '../model/types';
import type { PageSnapshot, Quantity, Side } from '../protocol/snapshot';
import { crossAccount, Needs, positionInput, termsOf, type Built, type ContractTerms } from '../model-inputs/inputs';
import type { MarketLookup } from '../market-data/lookup';
import { meaningOf } from '../model-inputs/page-meaning';
import { missingTableReason } from '../market-data/lookup';
import { t } from '../i18n/t';
import { requireSamePriceScale } from '../model-inputs/plausibility';
import { positionsShown, unidentifiedRow } from '../model-inputs/row-identity';

import type { OrderFacts } from './order-warnings';

export type OrderBuilt = (Built<PositionInput> & { facts?: OrderFacts }) | { ok: true; closes: true; orderSize: Dec; reasons: [] };

type D = InstanceType<typeof Dm>;

interface Book {
  side: Side;
  /** Model size: the coin (linear) or contracts (inverse). */
  size: D;
  entry: D;
  /** Isolated margin (without unrealized PnL); absent for cross. */
  wallet?: D;
}

/** What the order's size is in model units, with the sentence that says how it was read. */
function orderSize(q: Quantity, terms: ContractTerms, price: D, leverage: D | undefined, symbol: string, needs: Needs): { size: D; said?: string } | undefined {
  const amount = new Dm(q.amount);
  if (terms.contract === 'linear') {
    if (q.unit === 'base') return { size: amount };
    if (q.unit === 'quote') return { size: amount.div(price), said: t('worker_sizeQuoteIsNotional') };
    if (q.unit === 'cost') {
      if (!leverage || !leverage.gt(0)) return undefined;
      return { size: amount.mul(leverage).div(price), said: t('worker_sizeCostIsMargin') };
    }
    if (terms.contractSize) return { size: amount.mul(terms.contractSize), said: t('worker_contractIsCoin', symbol, terms.contractSize) };
    needs.fail(t('worker_orderContractsUnknown', symbol));
    return undefined;
  }
  const value = new Dm(terms.contractValue!);
  if (q.unit === 'contracts') return { size: amount };
  if (q.unit === 'quote') return { size: amount.div(value), said: t('worker_sizeUsdFaceValue', value.toString()) };
  if (q.unit === 'base') return { size: amount.mul(price).div(value), said: t('worker_sizeCoinToContracts') };
  if (!leverage || !leverage.gt(0)) return undefined;
  return { size: amount.mul(leverage).mul(price).div(value), said: t('worker_sizeCostIsMarginCoin') };
}

/** Size-weighted entry: arithmetic in the price (linear), harmonic (inverse, equal USD per contract). */
function mergedEntry(terms: ContractTerms, a: Book, size: D, price: D): D {
  const total = a.size.add(size);
  if (terms.contract === 'linear') return a.size.mul(a.entry).add(size.mul(price)).div(total);
  return total.div(a.size.div(a.entry).add(size.div(price)));
}

/** Nets an order into an existing leg: adds, reduces, closes or flips. */
function merge(terms: ContractTerms, leg: Book | undefined, order: Book, price: D, leverage: D): Book | 'closed' {
  // The leverage's margin is taken on the value filled at `price`, in the settlement asset.
  const openMargin = (q: D) => valueAt({ ...terms, size: q }, price).div(leverage);
  if (!leg) return { ...order, wallet: openMargin(order.size) };
  if (leg.side === order.side) {
    const size = leg.size.add(order.size);
    return { side: leg.side, size, entry: mergedEntry(terms, leg, order.size, price), wallet: leg.wallet?.add(openMargin(order.size)) };
  }
  if (order.size.lt(leg.size)) {
    const size = leg.size.sub(order.size);
    return { side: leg.side, size, entry: leg.entry, wallet: leg.wallet?.mul(size).div(leg.size) };
  }
  if (order.size.eq(leg.size)) return 'closed';
  const size = order.size.sub(leg.size);
  return { side: order.side, size, entry: price, wallet: openMargin(size) };
}

export function orderInput(snapshot: PageSnapshot, side: Side, market: MarketLookup, takerFeeRate?: Dec): OrderBuilt {
  const needs = new Needs();
  const order = snapshot.order;
  if (!order) return { ok: false, reasons: [t('worker_noOrderForm')] };
  const venue = snapshot.venue;
  const meaning = meaningOf(venue);
  const table = market.tierTable(venue, order.symbol);
  if (!table) needs.fail(missingTableReason(market, venue, order.symbol));
  const terms = termsOf(meaning, order.symbol, table, needs);
  const type = needs.get(order.orderType, t('worker_fieldOrderType'));
  const price = type === 'limit' ? needs.get(order.price, t('worker_fieldOrderPrice')) : type === 'market' ? needs.get(snapshot.market.markPrice, t('worker_fieldMarkPrice')) : undefined;
  const quantity = needs.get(order.size, t('worker_fieldOrderSize'));
  // A form showing one leverage per side (OKX long/short mode): the short takes its own.
  const leverage = needs.get(side === 'short' && order.shortLeverage ? order.shortLeverage : order.leverage, t('worker_fieldLeverage'));
  const mode = needs.get(order.marginMode, t('worker_fieldMarginMode'));
  const positionMode = needs.get(order.positionMode, t('worker_fieldPositionMode'));
  const assumptions: string[] = [];
  if (type === 'market') assumptions.push(t('worker_marketFillsAtMark'));
  assumptions.push(t('worker_openingFeeNotDeducted'));

  let size: D | undefined;
  if (quantity && price && terms) {
    const read = orderSize(quantity, terms, new Dm(price), leverage ? new Dm(leverage) : undefined, order.symbol, needs);
    size = read?.size;
    if (read?.said) assumptions.push(read.said);
  }
  if (size && !size.gt(0)) needs.fail(t('worker_orderSizeZero'));
  if (leverage && !new Dm(leverage).gt(0)) needs.fail(t('worker_leverageZero'));

  const rows = snapshot.positions?.rows.filter((r) => r.symbol === order.symbol && r.unidentified === undefined) ?? [];
  const declared = snapshot.positions?.declaredCount;
  const shown = positionsShown(snapshot.positions?.rows ?? []);
  // The leg this order would join: the symbol's position (one-way) or its side's leg (hedge).
  const ownLegShown = positionMode === 'hedge' ? rows.some((r) => r.side.ok && r.side.value === side) : rows.length > 0;
  if (!snapshot.positions) needs.fail(t('worker_orderNoPanel'));
  // A signed-out page holds no position: the order opens a new one, and the answer says it assumed so.
  else if (snapshot.positions.signedOut && shown === 0) assumptions.push(t('worker_signedOutNewPosition'));
  else if (declared?.ok && declared.value > shown && !ownLegShown) needs.fail(t('worker_orderHiddenRows', shown, declared.value, order.symbol));
  // Only the count tells an empty panel from one whose rows could not be found: without it, a panel
  // that shows no position of this order's leg can't say that none is held.
  else if (!declared?.ok && shown === 0) needs.fail(t('worker_orderPanelUnsure', order.symbol));
  else if (!declared?.ok && !ownLegShown) needs.fail(t('worker_orderLegUnsure', order.symbol));
  if (positionMode === 'one-way' && rows.length > 1) needs.fail(t('worker_twoPositionsOneWay', order.symbol));
  // A row that can't be told apart may be the very position this order nets into (or adds to): the
  // order would be estimated as if none were open.
  for (const row of snapshot.positions?.rows ?? []) {
    const unidentified = unidentifiedRow(row, venue);
    if (unidentified !== undefined) needs.fail(unidentified);
  }
  if (rows.some((r) => !r.side.ok)) needs.fail(t('worker_orderUnidentifiedRow'));
  const mark: Dec | undefined = snapshot.market.markPrice.ok ? snapshot.market.markPrice.value : undefined;
  if (type === 'limit' && price && mark) requireSamePriceScale(price, mark, t('worker_fieldOrderPrice'), needs);

  if (needs.reasons.length > 0 || !table || !terms || !price || !size || !leverage || !mode || !positionMode) return { ok: false, reasons: needs.reasons };

  const isolated = mode === 'isolated';
  // One-way: the order nets against the symbol's position. Hedge: it adds to its own side's leg.
  const existingRow = positionMode === 'one-way' ? rows[0] : rows.find((r) => r.side.ok && r.side.value === side);
  let existing: Book | undefined;
  if (existingRow) {
    // The position this order joins is read exactly as its own row is, with every check the row gets:
    // where the row can't be estimated (a figure misread, its margin mode unread), an order built on
    // it can't be either. A row in the other margin mode is a separate position on OKX and impossible on
    // one-mode venues: which one the order joins is not known.
    const held = positionInput(snapshot, existingRow, market, takerFeeRate);
    const about = t('worker_aboutOpenPosition', existingRow.symbol);
    if (!held.ok) return { ok: false, reasons: held.reasons.map((r) => `${about}: ${r}`) };
    const leg = held.value;
    if (leg.marginMode !== mode) needs.fail(t('worker_orderModeNotPosition', existingRow.symbol));
    else existing = { side: leg.side, size: new Dm(leg.size), entry: new Dm(leg.entryPrice), ...(leg.isolatedMargin ? { wallet: new Dm(leg.isolatedMargin) } : {}) };
  }
  const P = new Dm(price);
  const merged = merge(terms, existing, { side, size, entry: P }, P, new Dm(leverage));
  if (merged === 'closed') return { ok: true, closes: true, orderSize: size.toString(), reasons: [] };

  let crossFields: Partial<PositionInput> = {};
  if (!isolated) {
    const account = crossAccount(snapshot, order.symbol, (r) => r === existingRow, needs, market);
    if (!account) return { ok: false, reasons: needs.reasons };
    crossFields = { walletBalance: account.walletBalance, otherPositions: account.others };
    assumptions.push(...account.notes);
  }
  // A position of the symbol in the other margin mode: said, beside what cross would need.
  if (needs.reasons.length > 0) return { ok: false, reasons: needs.reasons };
  // A "stop" ten times away from the mark is not a price the page meant (an ROI percentage read as one).
  const stop = order.stopLoss?.ok && (!mark || requireSamePriceScale(order.stopLoss.value, mark, '', { misread: () => undefined })) ? order.stopLoss.value : undefined;
  const facts: OrderFacts = { price, leverage, ...(existing ? { openSize: existing.size.toString() } : {}), ...(stop ? { stopLoss: stop } : {}) };
  facts.orderSize = size.toString();
  return {
    ok: true,
    table,
    assumptions,
    facts,
    value: {
      venue,
      symbol: order.symbol,
      contract: terms.contract,
      marginMode: mode,
      positionMode,
      side: merged.side,
      size: merged.size.toString(),
      ...(terms.contractValue ? { contractValue: terms.contractValue } : {}),
      ...(terms.contractSize ? { contractSize: terms.contractSize } : {}),
      entryPrice: merged.entry.toString(),
      ...(mark ? { markPrice: mark } : {}),
      leverage,
      ...(isolated && merged.wallet ? { isolatedMargin: merged.wallet.toString() } : {}),
      ...crossFields,
      tiers: table.tiers,
    },
  };
}
