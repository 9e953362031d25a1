// Test-only builders of page snapshots, so worker tests read like the page they describe.
import type { Venue } from '../../model/types';
import type { OrderIntent, PageSnapshot, PositionView, Quantity, Reading } from '../../protocol/snapshot';

export const read = <T>(value: T): Reading<T> => ({ ok: true, value });
/** An unreadable field; like the adapters' reasons, it names the field as the page labels it. */
export const missing = (reason: string): Reading<never> => ({ ok: false, reason });

export interface RowSpec {
  symbol: string;
  side: 'long' | 'short';
  mode: 'isolated' | 'cross';
  size: string;
  unit?: Quantity['unit'];
  entry: string;
  mark: string;
  liq?: string | 'none' | null;
  margin?: string;
  leverage?: string;
  /** Bybit's IM column. */
  initialMargin?: string;
}

export function row(spec: RowSpec): PositionView {
  return {
    key: `${spec.symbol}:${spec.side}`,
    symbol: spec.symbol,
    side: read(spec.side),
    marginMode: read(spec.mode),
    leverage: spec.leverage ? read(spec.leverage) : missing('Leverage: not shown'),
    size: read({ amount: spec.size, unit: spec.unit ?? 'base' }),
    entryPrice: read(spec.entry),
    markPrice: read(spec.mark),
    liquidationPrice: spec.liq === undefined || spec.liq === null ? missing('Liq.Price: shows "N/A"') : read(spec.liq),
    margin: spec.margin ? read(spec.margin) : missing('Margin: shows "--"'),
    marginRatio: missing('Margin Ratio: shows "--"'),
    ...(spec.initialMargin ? { initialMargin: read(spec.initialMargin) } : {}),
  };
}

export interface OrderSpec {
  symbol?: string;
  type?: 'limit' | 'market';
  price?: string;
  size: string;
  unit?: Quantity['unit'];
  leverage: string;
  mode: 'isolated' | 'cross';
  positionMode?: 'one-way' | 'hedge';
}

export function order(spec: OrderSpec): OrderIntent {
  return {
    symbol: spec.symbol ?? 'BTCUSDT',
    orderType: read(spec.type ?? 'limit'),
    price: spec.price ? read(spec.price) : missing('Price: empty'),
    size: read({ amount: spec.size, unit: spec.unit ?? 'base' }),
    leverage: read(spec.leverage),
    marginMode: read(spec.mode),
    positionMode: read(spec.positionMode ?? 'one-way'),
    displayedLiquidation: { long: missing('Liq. Price: not shown'), short: missing('Liq. Price: not shown') },
  };
}

export function snapshot(parts: { rows?: PositionView[]; declared?: number; order?: OrderIntent; wallet?: string; mark?: string; venue?: Venue; symbol?: string }): PageSnapshot {
  const rows = parts.rows ?? [];
  return {
    venue: parts.venue ?? 'binance-usdm',
    symbol: parts.symbol ?? parts.order?.symbol ?? 'BTCUSDT',
    market: { markPrice: parts.mark ? read(parts.mark) : missing('Mark: not shown') },
    order: parts.order ?? null,
    positions: { rows, declaredCount: read(parts.declared ?? rows.length) },
    account: parts.wallet ? { walletBalance: read(parts.wallet) } : { walletBalance: missing('Wallet Balance: shows "--"') },
  };
}
