/** @jsxImportSource ./dom-jsx */
// One label/value line of the expanded view. An amount hidden by privacy mode shows "•••" and keeps
// its number out of the page entirely (no text, no attribute).
import { t } from '../i18n/t';

export interface DetailRowProps {
  /** data-metric: a stable name tests and tools can find the row by. */
  name: string;
  label: string;
  /** The visible value; null: the row is not shown. */
  text: string | null;
  /** The decimal behind the text, exposed as data-value (omitted when hidden). */
  value?: string;
  hidden?: boolean;
}

export function DetailRow({ name, label, text, value, hidden }: DetailRowProps) {
  if (text === null && !hidden) return null;
  return (
    <div class="detail-row" data-metric={name} data-value={hidden ? undefined : value} data-hidden={hidden ? 'true' : undefined}>
      <dt>{label}</dt>
      {hidden ? (
        <dd aria-label={t('overlay_hiddenLabel')}>{t('overlay_hidden')}</dd>
      ) : (
        <dd>{text}</dd>
      )}
    </div>
  );
}
