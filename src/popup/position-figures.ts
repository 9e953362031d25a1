// The figures the funding and touch tools need from the calculator's position at its mark: value,
// the margin standing before liquidation (isolated: margin + PnL; cross: wallet + every PnL) and
// maintenance (the model's, at mark). Decimal strings.
import { Dm } from '../model/decimal';
import { unrealisedPnl, valueAt } from '../model/position-math';
import type { Dec, LiquidationEstimate, PositionInput } from '../model/types';

type D = InstanceType<typeof Dm>;

export interface PositionFigures {
  notional: Dec;
  equity: Dec;
  maintenanceMargin: Dec;
}

export function positionFigures(input: PositionInput, estimate: LiquidationEstimate): PositionFigures | null {
  if (!input.markPrice || estimate.maintenanceMargin === undefined) return null;
  const mark = new Dm(input.markPrice);
  // The model refuses an inverse input without a contract value before these figures are asked for; 0 stands in.
  const position = { ...input, contractValue: input.contractValue ?? '0' };
  const notional = valueAt(position, mark);
  const own = unrealisedPnl(position, mark);
  let equity: D;
  if (input.marginMode === 'isolated') {
    if (!input.isolatedMargin) return null;
    equity = new Dm(input.isolatedMargin).add(own);
  } else {
    if (!input.walletBalance) return null;
    equity = (input.otherPositions ?? []).reduce(
      (sum, o) =>
        sum.add(unrealisedPnl({ contract: input.contract, side: o.side, size: o.size, entryPrice: o.entryPrice, contractValue: o.contractValue ?? position.contractValue }, o.markPrice)),
      new Dm(input.walletBalance).add(own),
    );
  }
  return { notional: notional.toString(), equity: equity.toString(), maintenanceMargin: estimate.maintenanceMargin };
}
