// Turns what the page showed into model inputs, or into the reasons it can't. Everything the model
// needs must have been read; a value that was not read is never replaced by a guess.
import { Dm } from '../model/decimal';
import type { Dec, OtherPosition, PositionInput, Venue } from '../model/types';
import type { PageSnapshot, PositionView, Quantity, Reading, Side } from '../protocol/snapshot';
import type { MarketLookup, MarketTable } from './market-data';
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

/** Base-asset quantity; a position size in quote units is ambiguous (at which price?), so it is refused. */
export function baseSize(q: Quantity, needs: Needs): Dec | undefined {
  if (q.unit === 'base') return q.amount;
  needs.fail(`size is shown in ${q.unit === 'quote' ? 'the quote asset' : 'contracts'}; switch the size unit to the coin to verify`);
  return undefined;
}

const sign = (side: Side) => (side === 'long' ? 1 : -1);

/** The isolated wallet of a Binance position: the Margin column includes unrealized PnL at mark. */
function isolatedWallet(row: PositionView, needs: Needs): Dec | undefined {
  const side = needs.get(row.side, 'side');
  const size = needs.get(row.size, 'size');
  const q = size && baseSize(size, needs);
  const entry = needs.get(row.entryPrice, 'entry price');
  const mark = needs.get(row.markPrice, 'mark price');
  const margin = needs.get(row.margin, 'margin');
  if (!side || !q || !entry || !mark || !margin) return undefined;
  const pnl = new Dm(q).mul(new Dm(mark).sub(entry)).mul(sign(side));
  return new Dm(margin).sub(pnl).toString();
}

export interface CrossAccount {
  walletBalance: Dec;
  others: OtherPosition[];
}

/**
 * Cross wallet and the other cross positions sharing it, excluding `exclude` (the rows being solved).
 * Needs every position on the page: a virtualised list that hides rows makes cross unverifiable.
 */
export function crossAccount(snapshot: PageSnapshot, venue: Venue, exclude: (row: PositionView) => boolean, needs: Needs, market: MarketLookup): CrossAccount | undefined {
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
  for (const row of panel.rows) {
    if (exclude(row)) continue;
    const about = needs.about(`${row.symbol} (shares the wallet)`);
    const mode = about.get(row.marginMode, 'margin mode');
    if (mode === 'isolated') {
      // The wallet balance includes isolated wallets; cross margin does not.
      const iso = isolatedWallet(row, about);
      if (iso && walletBalance) walletBalance = walletBalance.sub(iso);
      continue;
    }
    if (mode !== 'cross') continue;
    const side = about.get(row.side, 'side');
    const size = about.get(row.size, 'size');
    const q = size && baseSize(size, about);
    const entryPrice = about.get(row.entryPrice, 'entry price');
    const markPrice = about.get(row.markPrice, 'mark price');
    const table = market.tierTable(venue, row.symbol);
    if (!table) about.fail(missingTableReason(market, venue, row.symbol));
    if (side && q && entryPrice && markPrice && table) others.push({ symbol: row.symbol, side, size: q, entryPrice, markPrice, tiers: table.tiers });
  }
  if (!walletBalance || needs.reasons.length > 0) return undefined;
  return { walletBalance: walletBalance.toString(), others };
}

/** Model input for an open position row. */
export function positionInput(snapshot: PageSnapshot, row: PositionView, market: MarketLookup): Built<PositionInput> {
  const needs = new Needs();
  const venue = snapshot.venue;
  const table = market.tierTable(venue, row.symbol);
  if (!table) needs.fail(missingTableReason(market, venue, row.symbol));
  const side = needs.get(row.side, 'side');
  const mode = needs.get(row.marginMode, 'margin mode');
  const size = needs.get(row.size, 'size');
  const q = size && baseSize(size, needs);
  const entryPrice = needs.get(row.entryPrice, 'entry price');
  const markPrice = needs.get(row.markPrice, 'mark price');
  const leverage = row.leverage.ok ? row.leverage.value : undefined;
  const hedge = (snapshot.positions?.rows ?? []).some((r) => r !== row && r.symbol === row.symbol);
  const assumptions: string[] = [];
  let isolatedMargin: Dec | undefined;
  let account: CrossAccount | undefined;
  if (mode === 'isolated') {
    isolatedMargin = isolatedWallet(row, needs);
    assumptions.push('isolated margin = the Margin column minus unrealized PnL at mark');
  } else if (mode === 'cross') {
    // In hedge mode the other leg of the same symbol moves with the solved price: the model takes it
    // among the other positions and recognises it by its symbol.
    account = crossAccount(snapshot, venue, (r) => r === row, needs, market);
    assumptions.push('cross wallet = wallet balance minus the isolated positions\' wallets; other positions held at their mark');
  }
  if (needs.reasons.length > 0 || !table || !side || !mode || !q || !entryPrice || !markPrice) return { ok: false, reasons: needs.reasons };
  return {
    ok: true,
    table,
    assumptions,
    value: {
      venue,
      symbol: row.symbol,
      contract: 'linear',
      marginMode: mode,
      positionMode: hedge ? 'hedge' : 'one-way',
      side,
      size: q,
      entryPrice,
      markPrice,
      ...(leverage ? { leverage } : {}),
      ...(isolatedMargin ? { isolatedMargin } : {}),
      ...(account ? { walletBalance: account.walletBalance, otherPositions: account.others } : {}),
      tiers: table.tiers,
    },
  };
}
