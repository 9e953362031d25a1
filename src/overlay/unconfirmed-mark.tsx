/** @jsxImportSource ./dom-jsx */
// The quiet mark of a page reading that has not been checked against a real page of the exchange
// (the snapshot's `unconfirmed`): a small tag with the explanation in its tooltip, and the
// explanation in words where the view has room for it.
import { t } from '../i18n/t';

export function UnconfirmedMark() {
  return (
    <>
      {' '}
      <span class="tag tag-unconfirmed" data-liqcheck="unconfirmed" title={t('overlay_unconfirmedNote')}>
        {t('overlay_unconfirmedTag')}
      </span>
    </>
  );
}

export function UnconfirmedNote() {
  return (
    <p class="unconfirmed-note" data-liqcheck="unconfirmed-note">
      {t('overlay_unconfirmedNote')}
    </p>
  );
}
