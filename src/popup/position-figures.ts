// The figures the funding and touch tools need from the calculator's position at its mark: value,
// the margin standing before liquidation (isolated: margin + PnL; cross: wallet + every PnL) and
// maintenance (the model's, at mark). Decimal strings.
import { Dm } from '../model/decimal';
import type { Dec, LiquidationEstimate, PositionInput } from '../model/types';

type D = InstanceType<typeof Dm>;

function pnl(contract: 'linear' | 'inverse', side: 'long' | 'short', size: Dec, entry: Dec, mark: D, contractValue?: Dec): D {
  const s = side === 'long' ? 1 : -1;
  if (contract === 'linear') return new Dm(size).mul(mark.sub(entry)).mul(s);
  return new Dm(size).mul(contractValue ?? '0').mul(new Dm(1).div(entry).sub(new Dm(1).div(mark))).mul(s);
}

export interface PositionFigures {
  notional: Dec;
  equity: Dec;
  maintenanceMargin: Dec;
}

export function positionFigures(input: PositionInput, estimate: LiquidationEstimate): PositionFigures | null {
  if (!input.markPrice || estimate.maintenanceMargin === undefined) return null;
  const mark = new Dm(input.markPrice);
  const notional = input.contract === 'linear' ? new Dm(input.size).mul(mark) : new Dm(input.size).mul(input.contractValue ?? '0').div(mark);
  const own = pnl(input.contract, input.side, input.size, input.entryPrice, mark, input.contractValue);
  let equity: D;
  if (input.marginMode === 'isolated') {
    if (!input.isolatedMargin) return null;
    equity = new Dm(input.isolatedMargin).add(own);
  } else {
    if (!input.walletBalance) return null;
    equity = (input.otherPositions ?? []).reduce(
      (sum, o) => sum.add(pnl(input.contract, o.side, o.size, o.entryPrice, new Dm(o.markPrice), o.contractValue ?? input.contractValue)),
      new Dm(input.walletBalance).add(own),
    );
  }
  return { notional: notional.toString(), equity: equity.toString(), maintenanceMargin: estimate.maintenanceMargin };
}
