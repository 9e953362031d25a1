// A stop-loss at or beyond the liquidation price can never protect the position: liquidation comes
// first. Shared by the order form's stop and the positions table's TP/SL column. Every venue here
// liquidates on the mark price; where its stops trigger on the last price by default, the warning
// says so: the two prices part in fast markets, and a stop near liquidation may not fire before it.
import { Dm } from '../model/decimal';
import type { Dec, Venue } from '../model/types';
import type { Warning } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import { t } from '../i18n/t';
import { venueOf } from '../venues';

/** The price a stop set from the venue's own form triggers on unless the trader picks another (docs/overlay.md, "Stops"). */
export type StopTrigger = 'last' | 'mark' | 'unknown';

export const STOP_TRIGGER: Record<Venue, StopTrigger> = {
  // workingType "默认 CONTRACT_PRICE" (the last price), USDⓈ-M and COIN-M new-order docs
  // (developers.binance.com, …/trade/rest-api, read 2026-12); liquidation on the mark (Binance FAQ 360040016512).
  'binance-usdm': 'last',
  'binance-coinm': 'last',
  // tpTriggerBy / slTriggerBy: "MarkPrice, IndexPrice, default: LastPrice" (Bybit V5 Place Order,
  // https://bybit-exchange.github.io/docs/v5/order/create-order, read 2026-12).
  bybit: 'last',
  // tpTriggerPxType / slTriggerPxType: "last, index, mark; the default is last" (OKX API v5 Place
  // order, attachAlgoOrds, https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order, read 2026-12).
  okx: 'last',
  // Public client code disagrees: one SDK says triggers follow the mark (df-hyperliquid-core, docs.rs
  // 2026), another the last trade (nautilus_hyperliquid, 2026). Not confirmed either way.
  hyperliquid: 'unknown',
  // The API lets a stop follow "market" (last) or "mark" (bitget-api typings v3.0.5); the page's default is not known.
  bitget: 'unknown',
};

/**
 * The danger warning when `stop` is at or beyond `liquidation` for a `side` position, else null.
 * `price` writes a price at the page's precision; `side` on the warning is the order side it belongs to (orders only).
 */
export function stopBeyondLiquidation(venue: Venue, positionSide: Side, stop: Dec, liquidation: Dec, price: (d: InstanceType<typeof Dm>) => string, orderSide?: Side): Warning | null {
  const s = new Dm(stop);
  const liq = new Dm(liquidation);
  const beyond = positionSide === 'long' ? s.lte(liq) : s.gte(liq);
  if (!beyond) return null;
  const base = t(positionSide === 'long' ? 'worker_warnStopBelowLiq' : 'worker_warnStopAboveLiq', price(s), price(liq));
  const trigger = STOP_TRIGGER[venue];
  const label = venueOf(venue).label;
  const note = trigger === 'last' ? t('worker_stopOnLastPrice', label) : trigger === 'unknown' ? t('worker_stopTriggerUnknown', label) : '';
  return { kind: 'stop-beyond-liquidation', ...(orderSide ? { side: orderSide } : {}), message: note === '' ? base : `${base}; ${note}` };
}

const decimalsOf = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

/**
 * An open position's stop from the TP/SL column against the nearer of Liqcheck's estimate and the
 * exchange's figure (whichever the mark reaches first). A stop ten times away from the mark is not
 * checked: not a price the page meant.
 */
export function positionStopWarning(venue: Venue, side: Side, stop: Dec, liquidations: readonly Dec[], mark: Dec | undefined): Warning | null {
  if (liquidations.length === 0) return null;
  const s = new Dm(stop);
  if (!s.gt(0)) return null;
  if (mark !== undefined) {
    const ratio = s.div(mark);
    if (ratio.gt(10) || ratio.lt('0.1')) return null;
  }
  const nearer = liquidations.map((l) => new Dm(l)).reduce((a, b) => (side === 'long' ? Dm.max(a, b) : Dm.min(a, b)));
  // At the precision the page prints its stop and mark, not the estimate's many digits.
  const places = Math.max(decimalsOf(stop), mark ? decimalsOf(mark) : 0);
  return stopBeyondLiquidation(venue, side, stop, nearer.toString(), (d) => d.toFixed(places));
}
