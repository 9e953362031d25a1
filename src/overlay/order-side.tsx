// One side (long or short) of the pre-trade panel: the liquidation price the position would have
// if that side's order filled as typed, the exchange's own figure when shown, and the warnings.
import type { OrderSideResult } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import { displayedAttribute, displayedText, estimateText } from './estimate-text';
import { WarningItem } from './warning-item';

export interface OrderSideProps {
  side: Side;
  /** Null when there is nothing to show: pending, stale, or the order form could not be read. */
  result: OrderSideResult | null;
  /** Shown instead of a value when result is null. */
  placeholder: string;
  pending?: boolean;
  stale?: boolean;
  locale?: string;
}

const SIDE_LABEL: Record<Side, string> = { long: 'Long', short: 'Short' };

function detailLines(result: OrderSideResult, locale?: string): string[] {
  const lines = [`Exchange shows: ${displayedText(result.displayed, locale)}`];
  if (result.reasons.length > 0) lines.push(`Why: ${result.reasons.join('; ')}`);
  if (result.assumptions.length > 0) lines.push(`Assumptions: ${result.assumptions.join('; ')}`);
  return lines;
}

export function OrderSide({ side, result, placeholder, pending, stale, locale }: OrderSideProps) {
  if (!result) {
    return (
      <section
        class={`order-side order-side-${side} order-side-empty`}
        data-liqcheck="order"
        data-side={side}
        data-estimate="unknown"
        data-stale={stale ? 'true' : undefined}
        data-pending={pending && !stale ? 'true' : undefined}
      >
        <span class="side-label">{SIDE_LABEL[side]}</span> <span class="verdict">{placeholder}</span>
      </section>
    );
  }

  const unknown = result.estimate === 'unknown';
  // A reason already shown as a warning (cannot-read) is not repeated.
  const reason = result.reasons[0];
  const showReason = reason !== undefined && !result.warnings.some((w) => w.message === reason);
  return (
    <section
      class={`order-side order-side-${side}${unknown ? ' order-side-unknown' : ''}`}
      data-liqcheck="order"
      data-side={side}
      data-estimate={result.estimate}
      data-displayed={displayedAttribute(result.displayed)}
      title={detailLines(result, locale).join('\n')}
    >
      <span class="side-label">{SIDE_LABEL[side]}</span>{' '}
      <span class={unknown ? 'verdict' : 'value'}>{estimateText(result.estimate, result.displayed, locale)}</span>
      {result.estimate === 'unknown' || result.estimate === 'none' ? (
        showReason && <span class="reason">{reason}</span>
      ) : null}
      {result.warnings.length > 0 && (
        <ul class="warnings">
          {result.warnings.map((w, i) => <WarningItem key={`${w.kind}-${i}`} warning={w} />)}
        </ul>
      )}
    </section>
  );
}
