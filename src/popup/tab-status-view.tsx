// This tab's read status: which parts of the page were read and what was missing, so a trader can
// tell when a site update broke reading. Every field that failed is listed under its part with the
// reader's reason in full: a bug report quotes it as it is.
import { t } from '../i18n/t';
import { readStatus, type PartStatus } from '../protocol/read-status';
import type { PageSnapshot } from '../protocol/snapshot';
import type { TabStatusAnswer } from '../protocol/tab-status';
import { isVenue, venueOf } from '../venues';
import { problemText } from './field-names';

/** The positions panel's head also says how many rows were read and how many the page announces. */
function rowsText(snapshot: PageSnapshot): string | null {
  const panel = snapshot.positions;
  if (!panel) return null;
  const rows = panel.rows.length;
  return panel.declaredCount.ok ? t('popup_rowsCount', rows, panel.declaredCount.value) : t('popup_rowsCountOnly', rows);
}

function PartItem({ part, extra }: { part: PartStatus; extra: string | null }) {
  const head = t('popup_partRead', part.part, part.read, part.total);
  return (
    <li class={part.read === part.total ? 'ok' : 'partial'} data-part={part.part} data-found={part.found ? 'true' : 'false'}>
      {extra === null ? head : `${head} · ${extra}`}
      {part.problems.length > 0 ? (
        <ul class="fields">
          {part.problems.map((p) => (
            <li key={p.field} data-field={p.field}>
              {problemText(p.field, p.reason)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function TabStatusView({ status }: { status: TabStatusAnswer | null | 'not-a-venue' }) {
  if (status === null) return <p class="muted">{t('popup_reading')}</p>;
  if (status === 'not-a-venue') return <p class="muted">{t('popup_notAVenue')}</p>;
  const snapshot = status.snapshot;
  const positions = t('popup_partPositions');
  return (
    <section aria-label={t('popup_thisTab')}>
      <p>
        {status.venue} · <strong>{status.symbol}</strong>
      </p>
      {snapshot?.unconfirmed ? (
        <p class="problem" data-liqcheck="unconfirmed">
          {t('popup_unconfirmed', isVenue(status.venue) ? venueOf(status.venue).label : status.venue)}
        </p>
      ) : null}
      <ul class="status" data-liqcheck="read-status">
        {(snapshot ? readStatus(snapshot) : []).map((part) => (
          <PartItem key={part.part} part={part} extra={snapshot && part.part === positions ? rowsText(snapshot) : null} />
        ))}
      </ul>
    </section>
  );
}
