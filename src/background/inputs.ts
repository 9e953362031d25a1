// Turns what the page showed into model inputs, or into the reasons it can't. Everything the model
// needs must have been read; a value that was not read is never replaced by a guess. What a page's
// figures mean (which column is the isolated margin, what the wallet includes, the size units) is
// the venue's PageMeaning: this builder applies it and names no venue.
import { bybitMarginWithoutCloseFee } from '../model/venues/bybit';
import { Dm } from '../model/decimal';
import { ModelInputError } from '../model/model-input-error';
import type { Dec, OtherPosition, PositionInput } from '../model/types';
import type { PageSnapshot, PositionView, Quantity, Reading, Side } from '../protocol/snapshot';
import type { MarketLookup, MarketTable } from './market-data';
import { meaningOf, type PageMeaning } from './page-meaning';
import { missingTableReason } from './table-notes';

export type Built<T> = { ok: true; value: T; assumptions: string[]; table: MarketTable } | { ok: false; reasons: string[] };

/**
 * Collects readings; remembers why the ones that failed could not be read. The adapter's reasons
 * already name the field as the page labels it; `about` says whose field it is when it isn't the
 * position the badge belongs to ("ETHUSDT, which shares the cross wallet").
 */
export class Needs {
  constructor(
    readonly reasons: string[] = [],
    private readonly prefix = '',
  ) {}
  /** The same list of reasons, with every reason said about another thing. */
  about(subject: string): Needs {
    return new Needs(this.reasons, `${subject}: `);
  }
  get<T>(reading: Reading<T> | undefined, what: string): T | undefined {
    if (!reading) this.fail(`${what}: not on the page`);
    else if (!reading.ok) this.fail(reading.reason);
    else return reading.value;
    return undefined;
  }
  fail(reason: string): void {
    // The same field may be needed twice (entry price for the wallet and for the position).
    const said = `${this.prefix}${reason}`;
    if (!this.reasons.includes(said)) this.reasons.push(said);
  }
}

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
    if (table) needs.fail(`the value of one ${symbol} contract: not in the market data`);
    return undefined;
  }
  if (table?.contractSize) return { contract, contractSize: table.contractSize };
  if (meaning.tiersCountContracts) {
    // Without a table the missing table is the reason already given.
    if (table) needs.fail(`the size of one ${symbol} contract: not in the market data (its tiers count contracts)`);
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
  const shown = q.unit === 'quote' ? 'the quote asset' : q.unit === 'base' ? 'the coin' : q.unit === 'cost' ? 'margin' : 'contracts';
  const want = terms.contract === 'linear' ? 'the coin' : 'contracts';
  needs.fail(`size is shown in ${shown}; switch the size unit to ${want} to verify`);
  return undefined;
}

const sign = (side: Side) => (side === 'long' ? 1 : -1);

/** Unrealized PnL at `mark`, in the settlement asset: linear s·Q·(P − EP), inverse s·N·CV·(1/EP − 1/P). */
export function pnlAt(terms: ContractTerms, side: Side, size: Dec, entry: Dec, mark: Dec): InstanceType<typeof Dm> {
  const s = sign(side);
  if (terms.contract === 'linear') return new Dm(size).mul(new Dm(mark).sub(entry)).mul(s);
  return new Dm(size)
    .mul(terms.contractValue!)
    .mul(new Dm(1).div(entry).sub(new Dm(1).div(mark)))
    .mul(s);
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
  const side = needs.get(row.side, 'side');
  const shown = needs.get(row.size, 'size');
  const terms = termsOf(meaning, row.symbol, table, needs);
  const size = shown && terms && positionSize(shown, terms, needs);
  const entry = needs.get(row.entryPrice, 'entry price');
  if (!side || !size || !entry || !terms) return undefined;
  return { symbol: row.symbol, side, size, entry, terms };
}

/** The model's isolated margin of a row (settlement asset, without PnL or a booked fee to close). */
export function isolatedMarginOf(row: PositionView, leg: Leg, meaning: PageMeaning, needs: Needs): Dec | undefined {
  const source = meaning.isolatedMargin;
  if (typeof source === 'object') {
    needs.fail(`isolated margin: ${source.unavailable}`);
    return undefined;
  }
  if (source === 'margin') return needs.get(row.margin, 'margin');
  if (source === 'margin-minus-pnl') {
    const mark = needs.get(row.markPrice, 'mark price');
    const margin = needs.get(row.margin, 'margin');
    if (!mark || !margin) return undefined;
    return new Dm(margin).sub(pnlAt(leg.terms, leg.side, leg.size, leg.entry, mark)).toString();
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
    });
  } catch (error) {
    needs.fail(error instanceof ModelInputError ? `IM ${booked}: ${error.message}` : `IM ${booked}: could not be read as a margin`);
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
    needs.fail(`cross margin: ${source.unavailable}`);
    return undefined;
  }
  const asset = meaning.settlementAsset(symbol);
  const walletAsset = meaning.settlementAsset(snapshot.symbol);
  if (asset !== walletAsset) {
    needs.fail(`cross margin: the wallet shown is ${walletAsset ?? 'of another asset'}; ${symbol} settles in ${asset ?? 'another asset'}`);
    return undefined;
  }
  const wallet = needs.get(snapshot.account?.walletBalance, 'wallet balance');
  const panel = snapshot.positions;
  if (!panel) {
    needs.fail('positions panel: not on the page (cross margin depends on every open position)');
    return undefined;
  }
  const declared = needs.get(panel.declaredCount, 'number of open positions');
  if (declared !== undefined && declared > panel.rows.length) {
    needs.fail(`only ${panel.rows.length} of ${declared} positions are visible; cross margin depends on all of them (scroll the list or enlarge the panel)`);
  }
  let walletBalance = wallet ? new Dm(wallet) : undefined;
  const others: OtherPosition[] = [];
  const notes: string[] = [];
  for (const row of panel.rows) {
    if (exclude(row)) continue;
    const rowAsset = meaning.settlementAsset(row.symbol);
    if (rowAsset !== asset) {
      notes.push(`${row.symbol} settles in ${rowAsset ?? 'another asset'}, not ${asset}: left out of this wallet`);
      continue;
    }
    const about = needs.about(`${row.symbol} (shares the wallet)`);
    const mode = about.get(row.marginMode, 'margin mode');
    if (mode !== 'isolated' && mode !== 'cross') continue;
    const table = market.tierTable(snapshot.venue, row.symbol);
    if (mode === 'isolated') {
      // The wallet balance includes what isolated positions hold; cross margin does not.
      const leg = readLeg(row, meaning, table, about);
      const held = leg && heldOutOfWallet(row, leg, meaning, source.held, about);
      if (held && walletBalance) walletBalance = walletBalance.sub(held);
      continue;
    }
    if (!table) about.fail(missingTableReason(market, snapshot.venue, row.symbol));
    const leg = readLeg(row, meaning, table, about);
    const markPrice = about.get(row.markPrice, 'mark price');
    const leverage = meaning.crossNeedsLeverage ? about.get(row.leverage, 'leverage') : undefined;
    if (leg && markPrice && table && (leverage || !meaning.crossNeedsLeverage)) {
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
  return { walletBalance: walletBalance.toString(), others, notes };
}

/** Model input for an open position row. */
export function positionInput(snapshot: PageSnapshot, row: PositionView, market: MarketLookup): Built<PositionInput> {
  const needs = new Needs();
  const venue = snapshot.venue;
  const meaning = meaningOf(venue);
  const table = market.tierTable(venue, row.symbol);
  if (!table) needs.fail(missingTableReason(market, venue, row.symbol));
  const mode = needs.get(row.marginMode, 'margin mode');
  const leg = readLeg(row, meaning, table, needs);
  const markPrice = needs.get(row.markPrice, 'mark price');
  const crossLeverage = mode === 'cross' && meaning.crossNeedsLeverage ? needs.get(row.leverage, 'leverage') : undefined;
  const leverage = crossLeverage ?? (row.leverage.ok ? row.leverage.value : undefined);
  const hedge = (snapshot.positions?.rows ?? []).some((r) => r !== row && r.symbol === row.symbol);
  const assumptions: string[] = [];
  let isolatedMargin: Dec | undefined;
  let account: CrossAccount | undefined;
  if (mode === 'isolated' && leg) {
    isolatedMargin = isolatedMarginOf(row, leg, meaning, needs);
    assumptions.push(meaning.says.isolated);
  } else if (mode === 'cross') {
    // In hedge mode the other leg of the same symbol moves with the solved price: the model takes it
    // among the other positions and recognises it by its symbol.
    account = crossAccount(snapshot, row.symbol, (r) => r === row, needs, market);
    assumptions.push(meaning.says.cross, ...(account?.notes ?? []));
  }
  if (needs.reasons.length > 0 || !table || !mode || !leg || !markPrice) return { ok: false, reasons: needs.reasons };
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
      tiers: table.tiers,
    },
  };
}
