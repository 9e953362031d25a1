// The words of an answer the overlay shows as they come: each warning's short name
// (warning-names.ts) and each position's tier table in a few words (table-sentence.ts). Applied to every answer the worker sends (router.ts), so the content script
// carries none of the tables behind them.
import type { EstimatesResult, OrderSideResult, PositionResult } from '../protocol/estimates';
import { tableSentence } from './table-sentence';
import { withName } from './warning-names';

function position(p: PositionResult): PositionResult {
  const table = tableSentence(p);
  return { ...p, ...(p.warnings ? { warnings: p.warnings.map(withName) } : {}), ...(table !== null ? { tableText: table } : {}) };
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
