// Figures about a position at the current mark, beside its liquidation price (issue 6): distance,
// margin ratio, maintenance margin, equity, loss at liquidation, notional, funding. All decimal
// strings computed with decimal.js; the overlay only formats them.
import { Dm } from '../model/decimal';
import { unrealisedPnl, valueAt } from '../model/position-math';
import type { Dec, LiquidationEstimate, PositionInput, Venue } from '../model/types';
import type { PositionMetrics } from '../protocol/estimates';
import { venueOf } from '../venues';

/** Hours between fundings by the venue's default (its declaration: Hyperliquid hourly, the others 8 h; a symbol may differ). */
export function fundingIntervalHours(venue: Venue): Dec {
  return venueOf(venue).fundingIntervalHours;
}

export interface MetricsContext {
  input: PositionInput;
  estimate: LiquidationEstimate;
  settlementAsset: string | null;
  /** Funding rate per interval in percent, as read or fetched for this symbol. */
  fundingRatePercent?: Dec;
  /** Leverage as read. */
  leverage?: Dec;
  /** The instrument's own hours between fundings, from market data; else the venue's default. */
  fundingIntervalHours?: Dec;
}

export function positionMetrics(ctx: MetricsContext): PositionMetrics {
  const { input, estimate } = ctx;
  const metrics: PositionMetrics = {
    fundingIntervalHours: ctx.fundingIntervalHours ?? fundingIntervalHours(input.venue),
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
  const own = unrealisedPnl(input, mark);
  if (input.marginMode === 'isolated' && input.isolatedMargin !== undefined) {
    metrics.equity = new Dm(input.isolatedMargin).add(own).toString();
  } else if (input.marginMode === 'cross' && input.walletBalance !== undefined) {
    // The wallet plus every cross position's PnL, each at its own mark.
    const others = (input.otherPositions ?? []).reduce(
      (sum, o) => sum.add(unrealisedPnl({ contract: input.contract, side: o.side, size: o.size, entryPrice: o.entryPrice, contractValue: o.contractValue ?? input.contractValue }, o.markPrice)),
      new Dm(0),
    );
    metrics.equity = new Dm(input.walletBalance).add(own).add(others).toString();
  }
  if (estimate.liquidationPrice !== null) {
    const liq = new Dm(estimate.liquidationPrice);
    const distance = mark.sub(liq).abs();
    metrics.distancePrice = distance.toString();
    metrics.distancePercent = distance.div(mark).mul(100).toString();
    metrics.lossAtLiquidation = own.sub(unrealisedPnl(input, liq)).abs().toString();
  }
  return metrics;
}
