// Visible text for an estimate and for the exchange's figure, and the matching data-* values.
import type { EstimateValue } from '../protocol/estimates';
import { formatPrice } from './format-decimal';

/** What a price slot shows: a formatted price, or words when there is no number. */
export function estimateText(estimate: EstimateValue, displayed: string | null, locale?: string): string {
  if (estimate === 'none') return 'no liquidation price';
  if (estimate === 'unknown') return 'cannot verify';
  const reference = displayed !== null && displayed !== 'none' ? displayed : null;
  // Not a plain decimal: show the worker's string as is rather than a guess.
  return formatPrice(estimate, reference, locale) ?? estimate;
}

/** The exchange's figure in plain words for a tooltip. */
export function displayedText(displayed: string | null, locale?: string): string {
  if (displayed === null) return 'could not be read';
  if (displayed === 'none') return 'no liquidation price';
  return formatPrice(displayed, displayed, locale) ?? displayed;
}

/** data-displayed: the figure as parsed, `none`, or omitted (undefined) when it could not be read. */
export function displayedAttribute(displayed: string | null): string | undefined {
  return displayed === null ? undefined : displayed;
}
