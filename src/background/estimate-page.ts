// Snapshot in, estimates out: the worker's whole job for a page. Pure (no browser APIs), so it is
// tested directly and could move into the content script if the worker's wake-up proved too slow.
import { estimateLiquidation, ModelInputError } from '../model';
import type { PositionInput } from '../model/types';
import type { EstimatesResult, EstimateValue, OrderSideResult, PositionResult, Warning } from '../protocol/estimates';
import type { PageSnapshot, Reading, Side } from '../protocol/snapshot';
import type { Built } from './inputs';
import { positionInput } from './inputs';
import { orderInput } from './order-inputs';
import { compare } from './verdict';

function displayedOf(reading: Reading<string> | undefined): string | null {
  return reading?.ok ? reading.value : null;
}

interface Solved {
  estimate: EstimateValue;
  reasons: string[];
  assumptions: string[];
  tableDate?: string;
}

function solve(built: Built<PositionInput>): Solved {
  if (!built.ok) return { estimate: 'unknown', reasons: built.reasons, assumptions: [] };
  try {
    const result = estimateLiquidation(built.value);
    return {
      estimate: result.liquidationPrice ?? 'none',
      reasons: [],
      assumptions: [...built.assumptions, ...result.assumptions, `tier table of ${built.table.date}`],
      tableDate: built.table.date,
    };
  } catch (error) {
    const reason = error instanceof ModelInputError ? error.message : 'the estimate failed unexpectedly';
    return { estimate: 'unknown', reasons: [reason], assumptions: [] };
  }
}

function orderSide(snapshot: PageSnapshot, side: Side): OrderSideResult {
  const order = snapshot.order;
  const displayed = displayedOf(order?.displayedLiquidation[side]);
  const built = orderInput(snapshot, side);
  if (built.ok && 'closes' in built) {
    return { side, estimate: 'none', displayed, reasons: ['this order closes the position'], assumptions: [], warnings: [] };
  }
  const solved = solve(built);
  const warnings: Warning[] = solved.estimate === 'unknown' ? solved.reasons.map((message) => ({ kind: 'cannot-read', side, message })) : [];
  return { side, estimate: solved.estimate, displayed, reasons: solved.reasons, assumptions: solved.assumptions, warnings };
}

export function estimatePage(snapshot: PageSnapshot): EstimatesResult {
  const positions: PositionResult[] = (snapshot.positions?.rows ?? []).map((row) => {
    const solved = solve(positionInput(snapshot, row));
    const displayed = displayedOf(row.liquidationPrice);
    const comparison = compare(solved.estimate, displayed);
    return {
      key: row.key,
      symbol: row.symbol,
      side: row.side.ok ? row.side.value : 'unknown',
      estimate: solved.estimate,
      displayed,
      verdict: comparison.verdict,
      ...(comparison.differencePercent ? { differencePercent: comparison.differencePercent } : {}),
      reasons: [...solved.reasons, ...comparison.reasons],
      assumptions: solved.assumptions,
      ...(solved.tableDate ? { tableDate: solved.tableDate } : {}),
    };
  });
  const order = snapshot.order ? { long: orderSide(snapshot, 'long'), short: orderSide(snapshot, 'short') } : null;
  return { symbol: snapshot.symbol, positions, order, warnings: [] };
}
