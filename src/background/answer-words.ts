// The words of an answer the overlay shows as they come: each warning's short name
// (warning-names.ts). Applied to every answer the worker sends (router.ts), so the content script
// carries none of the tables behind them.
import type { EstimatesResult, OrderSideResult, PositionResult } from '../protocol/estimates';
import { withName } from './warning-names';

function position(p: PositionResult): PositionResult {
  return p.warnings ? { ...p, warnings: p.warnings.map(withName) } : p;
}

function orderSide(s: OrderSideResult): OrderSideResult {
  return { ...s, warnings: s.warnings.map(withName) };
}

export function withOverlayWords(result: EstimatesResult): EstimatesResult {
  return {
    ...result,
    positions: result.positions.map(position),
    order: result.order && { long: orderSide(result.order.long), short: orderSide(result.order.short) },
    warnings: result.warnings.map(withName),
  };
}
