import { t } from '../i18n/t';
import { ModelInputError } from './model-input-error';
import { estimateWith } from './estimate';
import { inOnePass } from './resolved-tier-cache';
import type { LiquidationEstimate, PositionInput } from './types';
import { rulebookFor } from './venues';

export { ModelInputError } from './model-input-error';
export { maintenanceMargin, tierIndexAt } from './tiers';
export { contractCount, pnlSlopeInX, tierCountOf, tierMeasure, unrealisedPnl, valueAt } from './position-math';
export type { HeldPosition, SizedPosition, TierCount } from './position-math';
export type * from './types';

/**
 * Liqcheck's own liquidation price for a position, by the venue's published rule.
 * Throws ModelInputError (and nothing else) when the input is invalid or the venue is not supported.
 */
export function estimateLiquidation(input: PositionInput): LiquidationEstimate {
  if (typeof input !== 'object' || input === null) throw new ModelInputError('input', t('model_errNotPosition'));
  try {
    return inOnePass(() => estimateWith(rulebookFor(input.venue), input));
  } catch (error) {
    if (error instanceof ModelInputError) throw error;
    // Defensive: a malformed object can still trip the arithmetic; never leak another error type.
    throw new ModelInputError('input', t('model_errNotEvaluated', error instanceof Error ? error.message : String(error)));
  }
}
