/** @jsxImportSource ./dom-jsx */
// The pre-trade panel placed under the order form: one block per side, then warnings that concern
// the whole form. The trader can fold it to one line per side (the fold button in its title).
import { t } from '../i18n/t';
import type { EstimatesResult } from '../protocol/estimates';
import { sideText } from './estimate-text';
import { OrderSide } from './order-side';
import { UnconfirmedMark, UnconfirmedNote } from './unconfirmed-mark';
import { WarningItem } from './warning-item';
import { warningNames } from './warning-names';
import { severityOf } from './warning-severity';

export interface OrderPanelProps {
  /** The worker's answer; null when there is none yet. */
  result: EstimatesResult | null;
  pending?: boolean;
  stale?: boolean;
  locale?: string;
  privacy?: boolean;
  /** The page reading has not been checked against a real page: a quiet mark and its explanation. */
  unconfirmed?: boolean;
  /** One line per side; the form-wide warnings and the notes are left out. */
  folded?: boolean;
  onFold?: () => void;
}

/** Names the warnings of each side: its text changes only when a side's set of warnings does. */
function announcement(order: EstimatesResult['order']): string {
  if (!order) return '';
  return (['long', 'short'] as const)
    .map((side) => t('overlay_announceOrder', sideText(side), warningNames(order[side].warnings)))
    .join('. ');
}

export function OrderPanel({ result, pending, stale, locale, privacy, unconfirmed, folded, onFold }: OrderPanelProps) {
  const fresh = !stale && !pending && result !== null;
  const order = fresh ? result.order : null;
  const placeholder = stale ? t('overlay_stale') : fresh ? t('overlay_orderUnread') : t('overlay_checking');
  const warnings = fresh ? result.warnings : [];
  // The table's age and refresh state: one quiet mark in the title, as on the badges; their words stay
  // in the list for screen readers and in the mark's tooltip.
  const notes = warnings.filter((w) => severityOf(w.kind) === 'note').map((w) => w.message);

  return (
    <div class="order-panel" data-liqcheck="order-panel" data-stale={stale ? 'true' : undefined} data-folded={folded === true}>
      <div class="order-title">
        <span class="brand">{t('overlay_brand')}</span> {t('overlay_orderTitle')}
        {unconfirmed && <UnconfirmedMark />}
        {notes.length > 0 && <span class="mark" data-liqcheck="market-data" title={notes.join('\n')} />}
        {/* The label is an attribute and the chevron is CSS, as on the badge's toggle; no text to fold. */}
        <button
          type="button"
          class="toggle fold"
          data-liqcheck="fold"
          data-focus="fold"
          aria-expanded={!folded}
          aria-label={t(folded ? 'overlay_unfold' : 'overlay_fold')}
          onClick={(event) => {
            event.stopPropagation();
            onFold?.();
          }}
        />
      </div>
      {unconfirmed && !folded && <UnconfirmedNote />}
      <div class="order-sides">
        {(['long', 'short'] as const).map((side) => (
          <OrderSide
            key={side}
            side={side}
            result={order ? order[side] : null}
            placeholder={placeholder}
            pending={pending}
            stale={stale}
            locale={locale}
            privacy={privacy}
            folded={folded}
          />
        ))}
      </div>
      {!folded && warnings.length > 0 && (
        <ul class="warnings" aria-label={t('overlay_warningsLabel')}>
          {warnings.map((w, i) => <WarningItem key={`${w.kind}-${i}`} warning={w} quiet={severityOf(w.kind) === 'note'} />)}
        </ul>
      )}
      <span class="sr-only" role="status" aria-atomic="true">{announcement(order)}</span>
    </div>
  );
}
