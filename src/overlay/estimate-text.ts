// Visible text for an estimate and for the exchange's figure, and the matching data-* values.
import { t } from '../i18n/t';
import type { EstimateValue } from '../protocol/estimates';
import { formatPrice } from './format-decimal';

/** What a price slot shows: a formatted price, or words when there is no number. */
export function estimateText(estimate: EstimateValue, displayed: string | null, locale?: string): string {
  if (estimate === 'none') return t('overlay_noLiquidationPrice');
  if (estimate === 'unknown') return t('overlay_cannotVerify');
  // At the exchange's own precision where it shows a number ('none' and null have none). Not a plain
  // decimal: the worker's string as is rather than a guess.
  return formatPrice(estimate, displayed, locale) ?? estimate;
}

/** The exchange's figure in plain words for a tooltip. */
export function displayedText(displayed: string | null, locale?: string): string {
  if (displayed === null) return t('overlay_couldNotBeRead');
  if (displayed === 'none') return t('overlay_noLiquidationPrice');
  return formatPrice(displayed, displayed, locale) ?? displayed;
}

/** "cannot verify: <reason>", or the text alone without a reason. */
export function withReason(text: string, reasons: readonly string[]): string {
  return reasons[0] ? t('overlay_withReason', text, reasons[0]) : text;
}

export function sideText(side: string): string {
  if (side === 'long') return t('overlay_sideLong');
  if (side === 'short') return t('overlay_sideShort');
  return side;
}
