// How long funding alone, at the current rate, takes to erode the margin down to maintenance at the
// current mark: (equity − maintenance) / (|rate| × notional) × interval. Only when the position pays:
// a long pays when the rate is positive, a short when it is negative. Price moves are ignored.
import { Dm } from '../decimal';
import type { Dec } from '../types';

export interface FundingInput {
  side: 'long' | 'short';
  /** Margin standing between the position and liquidation at mark, settlement asset. */
  equity: Dec;
  /** Maintenance margin at mark, settlement asset. */
  maintenanceMargin: Dec;
  /** Position value at mark, settlement asset. */
  notional: Dec;
  /** Funding rate per interval, in percent (0.01 = 0.01 %). */
  fundingRatePercent: Dec;
  fundingIntervalHours: Dec;
}

export type FundingToLiquidation =
  | { ok: true; hours: Dec; paymentPerInterval: Dec }
  | { ok: false; reason: 'receives' | 'zero-rate' | 'below-maintenance' | 'bad-input' };

export function fundingToLiquidation(input: FundingInput): FundingToLiquidation {
  let equity: Dm, mm: Dm, notional: Dm, rate: Dm, interval: Dm;
  try {
    equity = new Dm(input.equity);
    mm = new Dm(input.maintenanceMargin);
    notional = new Dm(input.notional).abs();
    rate = new Dm(input.fundingRatePercent).div(100);
    interval = new Dm(input.fundingIntervalHours);
  } catch {
    return { ok: false, reason: 'bad-input' };
  }
  if (![equity, mm, notional, rate, interval].every((v) => v.isFinite()) || !notional.gt(0) || !interval.gt(0)) return { ok: false, reason: 'bad-input' };
  if (rate.isZero()) return { ok: false, reason: 'zero-rate' };
  const pays = input.side === 'long' ? rate.gt(0) : rate.lt(0);
  if (!pays) return { ok: false, reason: 'receives' };
  const cushion = equity.sub(mm);
  if (!cushion.gt(0)) return { ok: false, reason: 'below-maintenance' };
  const payment = rate.abs().mul(notional);
  return { ok: true, hours: cushion.div(payment).mul(interval).toSignificantDigits(20).toString(), paymentPerInterval: payment.toString() };
}
