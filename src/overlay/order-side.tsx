/** @jsxImportSource ./dom-jsx */
// One side (long or short) of the pre-trade panel: what the order does ("Buy 0.1 → long 0.6"), the
// liquidation price the position would have if it filled as typed, the exchange's own figure when
// shown, the position after the order and the warnings, loudest first. Folded: one line, with only
// the loudest warning's icon.
import { t } from '../i18n/t';
import type { OrderSideResult } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import { displayedText, estimateText, sideText } from './estimate-text';
import { formatNumber } from './format-decimal';
import { OrderAfter } from './order-after';
import { verdictText } from './position-badge';
import { WarningItem } from './warning-item';
import { warningNames } from './warning-names';
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
  /** One line: the label, the estimate and the loudest warning's name. */
  folded?: boolean;
}

/** "Buy 0.1 → long 0.6", "Sell 0.5 → closed"; the side alone while the worker has not said. Sizes are amounts: hidden in privacy mode. */
function sideLabel(side: Side, result: OrderSideResult | null, privacy?: boolean, locale?: string): string {
  const o = result?.outcome;
  if (!o) return sideText(side);
  const size = (d: string) => (privacy ? t('overlay_hidden') : (formatNumber(d, 8, locale) ?? d));
  const action = t(side === 'long' ? 'overlay_buy' : 'overlay_sell');
  if (o.side === 'flat') return t('overlay_outcomeFlat', action, size(o.orderSize));
  return t('overlay_outcome', action, size(o.orderSize), t(o.side === 'long' ? 'overlay_afterLong' : 'overlay_afterShort'), size(o.size));
}

function detailLines(result: OrderSideResult, locale?: string): string[] {
  const separator = t('overlay_listSeparator');
  const lines = [t('overlay_lineExchange', displayedText(result.displayed, locale))];
  if (result.reasons.length > 0) lines.push(t('overlay_lineWhy', result.reasons.join(separator)));
  if (result.assumptions.length > 0) lines.push(t('overlay_lineAssumptions', result.assumptions.join(separator)));
  return lines;
}

export function OrderSide({ side, result, placeholder, pending, stale, locale, privacy, folded }: OrderSideProps) {
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
  const loudest = bySeverity(result.warnings)[0];
  const loudness = loudest && severityOf(loudest.kind);
  return (
    <section
      class={`order-side order-side-${side}${unknown ? ' order-side-unknown' : ''}${danger ? ' order-side-danger' : ''}`}
      data-liqcheck="order"
      data-side={side}
      data-estimate={result.estimate}
      data-displayed={result.displayed ?? undefined}
      data-verdict={result.verdict}
      data-outcome={result.outcome?.side}
      title={detailLines(result, locale).join('\n')}
    >
      <span class="side-label">{sideLabel(side, result, privacy, locale)}</span>{' '}
      <span class={unknown ? 'verdict' : 'value'}>{estimateText(result.estimate, result.displayed, locale)}</span>
      {/* Against the page's own pre-trade figure, where it shows one. */}
      {result.verdict && result.verdict !== 'unknown' && <>{' '}<span class="verdict" data-liqcheck="order-verdict">{verdictText({ ...result, verdict: result.verdict }, locale)}</span></>}
      {!folded && (result.estimate === 'unknown' || result.estimate === 'none') ? (
        showReason && <span class="reason">{reason}</span>
      ) : null}
      {/* Folded, the loudest warning keeps its look (as an icon) and its hooks. */}
      {folded && loudest && (
        <>
          {' '}
          <span class={`warning fold-warning warning-${loudness}`} data-liqcheck="warning" data-kind={loudest.kind} data-side={side} data-severity={loudness} title={loudest.message}>
            {/* Its icon shows the severity; the name is for screen readers, the message the tooltip. */}
            <span class="sr-only">{warningNames([loudest])}</span>
          </span>
        </>
      )}
      {!folded && result.warnings.length > 0 && (
        <ul class="warnings" aria-label={t('overlay_warningsSideLabel', sideText(side))}>
          {bySeverity(result.warnings).map((w, i) => <WarningItem key={`${w.kind}-${i}`} warning={w} />)}
        </ul>
      )}
      {!folded && result.after && <OrderAfter after={result.after} privacy={privacy === true} locale={locale} />}
    </section>
  );
}
