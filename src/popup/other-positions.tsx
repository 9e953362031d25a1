// The other positions sharing a cross wallet, as editable rows.
import { t } from '../i18n/t';
import type { OtherPositionRow } from './calculator-form';

const EMPTY: OtherPositionRow = { symbol: '', side: 'long', size: '', entryPrice: '', markPrice: '', maintenanceMarginRate: '' };

export function OtherPositions({ rows, onChange, privacy }: { rows: OtherPositionRow[]; onChange: (rows: OtherPositionRow[]) => void; privacy: boolean }) {
  const set = (i: number, key: keyof OtherPositionRow) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    // A typed symbol is another market: drop the tiers carried from the page.
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value, ...(key === 'symbol' ? { tiers: undefined } : {}) } : r)));
  };
  return (
    <fieldset class="others" data-liqcheck="other-positions">
      <legend>{t('popup_others')}</legend>
      {rows.map((row, i) => (
        <div class="other-row" role="group" aria-label={t('popup_fieldOther', i + 1, row.symbol)} key={i}>
          <input aria-label={t('popup_fieldSymbol')} value={row.symbol} onInput={set(i, 'symbol')} placeholder={t('popup_fieldSymbol')} />
          <select aria-label={t('popup_fieldSide')} value={row.side} onChange={set(i, 'side')}>
            <option value="long">{t('popup_long')}</option>
            <option value="short">{t('popup_short')}</option>
          </select>
          <input aria-label={t('popup_fieldSize')} type={(privacy ? 'password' : 'text') as 'text'} inputMode="decimal" value={row.size} onInput={set(i, 'size')} placeholder={t('popup_fieldSize')} />
          <input aria-label={t('popup_fieldEntry')} inputMode="decimal" value={row.entryPrice} onInput={set(i, 'entryPrice')} placeholder={t('popup_fieldEntry')} />
          <input aria-label={t('popup_fieldMark')} inputMode="decimal" value={row.markPrice} onInput={set(i, 'markPrice')} placeholder={t('popup_fieldMark')} />
          {row.tiers ? null : (
            <input aria-label={t('popup_fieldOtherRate')} inputMode="decimal" value={row.maintenanceMarginRate} onInput={set(i, 'maintenanceMarginRate')} placeholder={t('popup_fieldOtherRate')} />
          )}
          <button type="button" aria-label={t('popup_removeOther', i + 1)} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { ...EMPTY }])}>
        {t('popup_addOther')}
      </button>
    </fieldset>
  );
}
