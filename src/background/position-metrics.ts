// Figures about a position at the current mark, beside its liquidation price (issue 6): distance,
// margin ratio, maintenance margin, equity, loss at liquidation, notional, funding. All decimal
// strings computed with decimal.js; the overlay only formats them.
import { Dm } from '../model/decimal';
import type { Dec, LiquidationEstimate, PositionInput, Venue } from '../model/types';
import type { PositionMetrics } from '../protocol/estimates';
import { venueOf } from '../venues';

type D = InstanceType<typeof Dm>;

/** Hours between fundings by the venue's default (its declaration: Hyperliquid hourly, the others 8 h; a symbol may differ). */
export function fundingIntervalHours(venue: Venue): Dec {
  return venueOf(venue).fundingIntervalHours;
}

const sign = (side: 'long' | 'short') => (side === 'long' ? 1 : -1);

/** Unrealized PnL at `price`, settlement asset: linear s·Q·(P − EP), inverse s·N·CV·(1/EP − 1/P). */
function pnl(contract: 'linear' | 'inverse', side: 'long' | 'short', size: Dec, entry: Dec, price: D, contractValue?: Dec): D {
  if (contract === 'linear') return new Dm(size).mul(price.sub(entry)).mul(sign(side));
  return new Dm(size).mul(contractValue!).mul(new Dm(1).div(entry).sub(new Dm(1).div(price))).mul(sign(side));
}

/** Value at `price`, settlement asset: linear Q·P, inverse N·CV/P. */
function valueAt(input: PositionInput, price: D): D {
  return input.contract === 'linear' ? new Dm(input.size).mul(price) : new Dm(input.size).mul(input.contractValue!).div(price);
}

export interface MetricsContext {
  input: PositionInput;
  estimate: LiquidationEstimate;
  settlementAsset: string | null;
  /** Funding rate per interval in percent, as read or fetched for this symbol. */
  fundingRatePercent?: Dec;
  /** Leverage as read. */
  leverage?: Dec;
}

export function positionMetrics(ctx: MetricsContext): PositionMetrics {
  const { input, estimate } = ctx;
  const metrics: PositionMetrics = {
    fundingIntervalHours: fundingIntervalHours(input.venue),
    ...(ctx.settlementAsset ? { settlementAsset: ctx.settlementAsset } : {}),
    ...(ctx.fundingRatePercent !== undefined ? { fundingRatePercent: ctx.fundingRatePercent } : {}),
    ...(ctx.leverage !== undefined ? { leverage: ctx.leverage } : {}),
    ...(estimate.maintenanceMargin !== undefined ? { maintenanceMargin: estimate.maintenanceMargin } : {}),
    ...(estimate.marginRatio !== undefined ? { marginRatioPercent: new Dm(estimate.marginRatio).mul(100).toString() } : {}),
  };
  if (!input.markPrice) return metrics;
  const mark = new Dm(input.markPrice);
  metrics.markPrice = input.markPrice;
  metrics.notional = valueAt(input, mark).toString();
  const own = pnl(input.contract, input.side, input.size, input.entryPrice, mark, input.contractValue);
  if (input.marginMode === 'isolated' && input.isolatedMargin !== undefined) {
    metrics.equity = new Dm(input.isolatedMargin).add(own).toString();
  } else if (input.marginMode === 'cross' && input.walletBalance !== undefined) {
    // The wallet plus every cross position's PnL, each at its own mark.
    const others = (input.otherPositions ?? []).reduce(
      (sum, o) => sum.add(pnl(input.contract, o.side, o.size, o.entryPrice, new Dm(o.markPrice), o.contractValue ?? input.contractValue)),
      new Dm(0),
    );
    metrics.equity = new Dm(input.walletBalance).add(own).add(others).toString();
  }
  if (estimate.liquidationPrice !== null) {
    const liq = new Dm(estimate.liquidationPrice);
    const distance = mark.sub(liq).abs();
    metrics.distancePrice = distance.toString();
    metrics.distancePercent = distance.div(mark).mul(100).toString();
    metrics.lossAtLiquidation = own.sub(pnl(input.contract, input.side, input.size, input.entryPrice, liq, input.contractValue)).abs().toString();
  }
  return metrics;
}
