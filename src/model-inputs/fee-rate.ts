// The taker fee rate an estimate uses: the trader's own rate from the settings where the venue's
// rule has a fee in it (Bybit's fee to close, OKX's and Bitget's liquidation fee), else the venue's
// base rate. Binance and Hyperliquid leave fees out of the rule, so no rate is passed or said.
import { Dm } from '../model/decimal';
import type { Dec, PositionInput, Venue } from '../model/types';
import { rulebookFor } from '../model/venues';
import type { Settings } from '../settings/settings';
import { t } from '../i18n/t';

export interface FeeChoice {
  /** The model input's takerFeeRate (a fraction); absent: the venue's base rate. */
  takerFeeRate?: Dec;
  /** The rate used, in percent, and where it came from; absent when the venue's rule has no fee. */
  percent?: Dec;
  from?: 'settings' | 'base';
}

/** The venue's base taker rate (a fraction) when its liquidation rule uses one; undefined otherwise. */
export function baseFeeRate(venue: Venue): InstanceType<typeof Dm> | undefined {
  const rulebook = rulebookFor(venue);
  // The rulebooks ignore the input when no rate is given: a placeholder keeps the call honest.
  const probe = {} as PositionInput;
  const rate = rulebook.closeFeeRate?.(probe, undefined) ?? rulebook.requirementFeeRate(probe, undefined);
  return rate.gt(0) ? new Dm(rate.toString()) : undefined;
}

export function feeChoice(venue: Venue, settings: Settings): FeeChoice {
  const base = baseFeeRate(venue);
  if (!base) return {};
  const percent = settings.venues[venue]?.takerFeePercent?.trim();
  if (percent) {
    try {
      const p = new Dm(percent);
      // A fee of 1 % or more is a typo for a venue's taker fee (they are around 0.02-0.1 %).
      if (p.gte(0) && p.lt(1)) return { takerFeeRate: p.div(100).toString(), percent: p.toString(), from: 'settings' };
    } catch {
      // Not a number: the base rate below.
    }
  }
  return { percent: base.mul(100).toString(), from: 'base' };
}

/** The assumption line that says which fee rate was used and from where. */
export function feeAssumption(choice: FeeChoice): string | undefined {
  if (!choice.percent) return undefined;
  return choice.from === 'settings' ? t('worker_feeFromSettings', choice.percent) : t('worker_feeBase', choice.percent);
}
