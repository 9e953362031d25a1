/** @jsxImportSource ./dom-jsx */
// One side (long or short) of the pre-trade panel: the liquidation price the position would have
// if that side's order filled as typed, the exchange's own figure when shown, the position after
// the order and the warnings, loudest first.
import { t } from '../i18n/t';
import type { OrderSideResult } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import { displayedAttribute, displayedText, estimateText, sideText } from './estimate-text';
import { OrderAfter } from './order-after';
import { verdictText } from './position-badge';
import { WarningItem } from './warning-item';
import { bySeverity, severityOf } from './warning-severity';

export interface OrderSideProps {
  side: Side;
  /** Null when there is nothing to show: pending, stale, or the order form could not be read. */
  result: OrderSideResult | null;
  /** Shown instead of a value when result is null. */
  placeholder: string;
  pending?: boolean;
  stale?: boolean;
  locale?: string;
  privacy?: boolean;
}

function detailLines(result: OrderSideResult, locale?: string): string[] {
  const separator = t('overlay_listSeparator');
  const lines = [t('overlay_lineExchange', displayedText(result.displayed, locale))];
  if (result.reasons.length > 0) lines.push(t('overlay_lineWhy', result.reasons.join(separator)));
  if (result.assumptions.length > 0) lines.push(t('overlay_lineAssumptions', result.assumptions.join(separator)));
  return lines;
}

export function OrderSide({ side, result, placeholder, pending, stale, locale, privacy }: OrderSideProps) {
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
        <span class="side-label">{sideText(side)}</span> <span class="verdict">{placeholder}</span>
      </section>
    );
  }

  const unknown = result.estimate === 'unknown';
  // A reason already shown as a warning (cannot-read) is not repeated.
  const reason = result.reasons[0];
  const showReason = reason !== undefined && !result.warnings.some((w) => w.message === reason);
  const danger = result.warnings.some((w) => severityOf(w.kind) === 'danger');
  return (
    <section
      class={`order-side order-side-${side}${unknown ? ' order-side-unknown' : ''}${danger ? ' order-side-danger' : ''}`}
      data-liqcheck="order"
      data-side={side}
      data-estimate={result.estimate}
      data-displayed={displayedAttribute(result.displayed)}
      data-verdict={result.verdict}
      title={detailLines(result, locale).join('\n')}
    >
      <span class="side-label">{sideText(side)}</span>{' '}
      <span class={unknown ? 'verdict' : 'value'}>{estimateText(result.estimate, result.displayed, locale)}</span>
      {/* Against the page's own pre-trade figure, where it shows one. */}
      {result.verdict && result.verdict !== 'unknown' && <>{' '}<span class="verdict" data-liqcheck="order-verdict">{verdictText({ ...result, verdict: result.verdict }, locale)}</span></>}
      {result.estimate === 'unknown' || result.estimate === 'none' ? (
        showReason && <span class="reason">{reason}</span>
      ) : null}
      {result.warnings.length > 0 && (
        <ul class="warnings" aria-label={t('overlay_warningsSideLabel', sideText(side))}>
          {bySeverity(result.warnings).map((w, i) => <WarningItem key={`${w.kind}-${i}`} warning={w} />)}
        </ul>
      )}
      {result.after && <OrderAfter after={result.after} privacy={privacy === true} locale={locale} />}
    </section>
  );
}
