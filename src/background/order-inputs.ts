// Model input for the position that would exist if one side's order filled as typed, the way the
// venue books it (architecture.md, "What the pre-trade estimate means").
import { Dm } from '../model/decimal';
import type { Dec, PositionInput } from '../model/types';
import type { PageSnapshot, PositionView, Side } from '../protocol/snapshot';
import { baseSize, crossAccount, Needs, type Built } from './inputs';
import type { MarketLookup } from './market-data';
import { missingTableReason } from './table-notes';

export type OrderBuilt = Built<PositionInput> | { ok: true; closes: true; reasons: [] };

interface Leg {
  side: Side;
  size: InstanceType<typeof Dm>;
  entry: InstanceType<typeof Dm>;
  /** Isolated wallet (margin without unrealized PnL); absent for cross. */
  wallet?: InstanceType<typeof Dm>;
}

function readLeg(row: PositionView, isolated: boolean, outer: Needs): Leg | undefined {
  const needs = outer.about(`open ${row.symbol} position`);
  const side = needs.get(row.side, 'side');
  const size = needs.get(row.size, 'size');
  const q = size && baseSize(size, needs);
  const entry = needs.get(row.entryPrice, 'entry price');
  if (!side || !q || !entry) return undefined;
  if (!isolated) return { side, size: new Dm(q), entry: new Dm(entry) };
  const mark = needs.get(row.markPrice, 'mark price');
  const margin = needs.get(row.margin, 'margin');
  if (!mark || !margin) return undefined;
  const pnl = new Dm(q).mul(new Dm(mark).sub(entry)).mul(side === 'long' ? 1 : -1);
  return { side, size: new Dm(q), entry: new Dm(entry), wallet: new Dm(margin).sub(pnl) };
}

/** Nets an order into an existing leg: adds, reduces, closes or flips. */
function merge(leg: Leg | undefined, order: Leg, price: InstanceType<typeof Dm>, leverage: InstanceType<typeof Dm>): Leg | 'closed' {
  const openMargin = (q: InstanceType<typeof Dm>) => q.mul(price).div(leverage);
  if (!leg) return { ...order, wallet: openMargin(order.size) };
  if (leg.side === order.side) {
    const size = leg.size.add(order.size);
    const entry = leg.size.mul(leg.entry).add(order.size.mul(price)).div(size);
    return { side: leg.side, size, entry, wallet: leg.wallet?.add(openMargin(order.size)) };
  }
  if (order.size.lt(leg.size)) {
    const size = leg.size.sub(order.size);
    return { side: leg.side, size, entry: leg.entry, wallet: leg.wallet?.mul(size).div(leg.size) };
  }
  if (order.size.eq(leg.size)) return 'closed';
  const size = order.size.sub(leg.size);
  return { side: order.side, size, entry: price, wallet: openMargin(size) };
}

export function orderInput(snapshot: PageSnapshot, side: Side, market: MarketLookup): OrderBuilt {
  const needs = new Needs();
  const order = snapshot.order;
  if (!order) return { ok: false, reasons: ['order form: not on the page'] };
  const venue = snapshot.venue;
  const table = market.tierTable(venue, order.symbol);
  if (!table) needs.fail(missingTableReason(market, venue, order.symbol));
  const type = needs.get(order.orderType, 'order type');
  const price = type === 'limit' ? needs.get(order.price, 'order price') : type === 'market' ? needs.get(snapshot.market.markPrice, 'mark price') : undefined;
  const quantity = needs.get(order.size, 'order size');
  const leverage = needs.get(order.leverage, 'leverage');
  const mode = needs.get(order.marginMode, 'margin mode');
  const positionMode = needs.get(order.positionMode, 'position mode');
  const assumptions: string[] = [];
  if (type === 'market') assumptions.push('a market order fills at the mark price');
  assumptions.push('the opening fee is not deducted from the margin');

  let size: InstanceType<typeof Dm> | undefined;
  if (quantity && price) {
    if (quantity.unit === 'base') size = new Dm(quantity.amount);
    else if (quantity.unit === 'quote') {
      size = new Dm(quantity.amount).div(price);
      assumptions.push('an order size in the quote asset is the order value (notional) at the order price');
    } else if (quantity.unit === 'cost' && leverage && new Dm(leverage).gt(0)) {
      size = new Dm(quantity.amount).mul(leverage).div(price);
      assumptions.push('an order size given as cost is the initial margin: order value = cost × leverage');
    } else if (quantity.unit !== 'cost') needs.fail('order size in contracts is not supported on this venue');
  }
  if (size && !size.gt(0)) needs.fail('order size: enter a size above zero');
  if (leverage && !new Dm(leverage).gt(0)) needs.fail('leverage: must be above zero');

  const rows = snapshot.positions?.rows.filter((r) => r.symbol === order.symbol) ?? [];
  const declared = snapshot.positions?.declaredCount;
  if (!snapshot.positions) needs.fail('positions panel: not on the page, so an open position on this symbol is unknown');
  else if (declared?.ok && declared.value > snapshot.positions.rows.length && rows.length === 0) {
    needs.fail(`only ${snapshot.positions.rows.length} of ${declared.value} positions are visible; can't tell whether you hold ${order.symbol}`);
  }
  if (positionMode === 'one-way' && rows.length > 1) needs.fail(`${order.symbol} shows two positions in one-way mode`);

  if (needs.reasons.length > 0 || !table || !price || !size || !leverage || !mode || !positionMode) return { ok: false, reasons: needs.reasons };

  const isolated = mode === 'isolated';
  // One-way: the order nets against the symbol's position. Hedge: it adds to its own side's leg.
  const existingRow = positionMode === 'one-way' ? rows[0] : rows.find((r) => r.side.ok && r.side.value === side);
  const existing = existingRow ? readLeg(existingRow, isolated, needs) : undefined;
  if (existingRow && !existing) return { ok: false, reasons: needs.reasons };
  const P = new Dm(price);
  const merged = merge(existing, { side, size, entry: P }, P, new Dm(leverage));
  if (merged === 'closed') return { ok: true, closes: true, reasons: [] };

  let crossFields: Partial<PositionInput> = {};
  if (!isolated) {
    const account = crossAccount(snapshot, venue, (r) => r === existingRow, needs, market);
    if (!account) return { ok: false, reasons: needs.reasons };
    crossFields = { walletBalance: account.walletBalance, otherPositions: account.others };
  }
  const mark: Dec | undefined = snapshot.market.markPrice.ok ? snapshot.market.markPrice.value : undefined;
  return {
    ok: true,
    table,
    assumptions,
    value: {
      venue,
      symbol: order.symbol,
      contract: 'linear',
      marginMode: mode,
      positionMode,
      side: merged.side,
      size: merged.size.toString(),
      entryPrice: merged.entry.toString(),
      ...(mark ? { markPrice: mark } : {}),
      leverage,
      ...(isolated && merged.wallet ? { isolatedMargin: merged.wallet.toString() } : {}),
      ...crossFields,
      tiers: table.tiers,
    },
  };
}
