/** @jsxImportSource ./dom-jsx */
// The position as it would be after this side's order fills (the worker's `after`): size, entry,
// leverage, notional and the maintenance rate of its tier. Size and notional are amounts: hidden in
// privacy mode.
import { t } from '../i18n/t';
import type { OrderSideResult } from '../protocol/estimates';
import { DetailRow } from './detail-row';
import { formatAmount, formatNumber, formatPercent, formatPrice, fractionToPercent } from './format-decimal';

export interface OrderAfterProps {
  after: NonNullable<OrderSideResult['after']>;
  privacy: boolean;
  locale?: string;
}

export function OrderAfter({ after, privacy, locale }: OrderAfterProps) {
  const size = formatNumber(after.size, 8, locale);
  const entry = formatPrice(after.entryPrice, null, locale);
  const leverage = formatNumber(after.leverage, 2, locale);
  const notional = formatAmount(after.notional, undefined, locale);
  const rate = formatPercent(fractionToPercent(after.maintenanceMarginRate), locale);
  if ([size, entry, leverage, notional, rate].every((x) => x === null)) return null;
  return (
    <div class="after" data-liqcheck="order-after">
      <span class="details-label">{t('overlay_afterTitle')}</span>
      <dl class="detail-list">
        <DetailRow name="size" label={t('overlay_afterSize')} value={after.size} text={size} hidden={privacy && size !== null} />
        <DetailRow name="entryPrice" label={t('overlay_afterEntry')} value={after.entryPrice} text={entry} />
        <DetailRow name="leverage" label={t('overlay_metricLeverage')} value={after.leverage} text={leverage === null ? null : t('overlay_leverageValue', leverage)} />
        <DetailRow name="notional" label={t('overlay_metricNotional')} value={after.notional} text={notional} hidden={privacy && notional !== null} />
        <DetailRow name="maintenanceMarginRate" label={t('overlay_afterMaintenanceRate')} value={after.maintenanceMarginRate} text={rate === null ? null : t('overlay_percentValue', rate)} />
      </dl>
    </div>
  );
}
