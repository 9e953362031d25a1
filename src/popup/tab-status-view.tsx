// This tab's read status: which parts of the page were read and what was missing, so a trader can
// tell when a site update broke reading.
import { t } from '../i18n/t';
import { readStatus } from '../protocol/read-status';
import type { TabStatusAnswer } from '../protocol/tab-status';

export function TabStatusView({ status }: { status: TabStatusAnswer | null | 'not-a-venue' }) {
  if (status === null) return <p class="muted">{t('popup_reading')}</p>;
  if (status === 'not-a-venue') return <p class="muted">{t('popup_notAVenue')}</p>;
  return (
    <section aria-label={t('popup_thisTab')}>
      <p>
        {status.venue} · <strong>{status.symbol}</strong>
      </p>
      <ul class="status" data-liqcheck="read-status">
        {(status.snapshot ? readStatus(status.snapshot) : []).map((part) => (
          <li key={part.part} class={part.read === part.total ? 'ok' : 'partial'} data-part={part.part}>
            {part.missing.length === 0 ? t('popup_partRead', part.part, part.read, part.total) : t('popup_partMissing', part.part, part.read, part.total, part.missing.join('; '))}
          </li>
        ))}
      </ul>
    </section>
  );
}
