// The expanded view of a position badge: the likely cause of a difference, the figures at the mark,
// the risk view, the assumptions and the tier table. Numbers come from the worker as decimal strings;
// this only formats them.
import { t } from '../i18n/t';
import type { PositionMetrics, PositionResult } from '../protocol/estimates';
import { DetailRow } from './detail-row';
import { formatAmount, formatNumber, formatPercent, formatPrice } from './format-decimal';
import { RiskDetails } from './risk-details';
import { tableText } from './table-text';

export interface PositionDetailsProps {
  id: string;
  result: PositionResult;
  privacy: boolean;
  locale?: string;
}

/** A figure in the settlement asset: "1,234.50 USDT", or null when absent or not a number. */
function amount(value: string | undefined, asset: string | undefined, locale?: string): string | null {
  if (value === undefined) return null;
  const text = formatAmount(value, asset, locale);
  if (text === null) return null;
  return asset ? t('overlay_amountValue', text, asset) : text;
}

function percent(value: string | undefined, locale?: string): string | null {
  const text = value === undefined ? null : formatPercent(value, locale);
  return text === null ? null : t('overlay_percentValue', text);
}

function distance(m: PositionMetrics, reference: string | null, locale?: string): string | null {
  const price = m.distancePrice === undefined ? null : formatPrice(m.distancePrice, reference, locale);
  const pct = m.distancePercent === undefined ? null : formatPercent(m.distancePercent, locale);
  if (price !== null && pct !== null) return t('overlay_distanceValue', price, pct);
  return price ?? (pct === null ? null : t('overlay_percentValue', pct));
}

function funding(m: PositionMetrics, locale?: string): string | null {
  const rate = m.fundingRatePercent === undefined ? null : formatPercent(m.fundingRatePercent, locale);
  if (rate === null) return null;
  const hours = m.fundingIntervalHours === undefined ? null : formatNumber(m.fundingIntervalHours, 2, locale);
  return hours === null ? t('overlay_percentValue', rate) : t('overlay_fundingValue', rate, hours);
}

export function PositionDetails({ id, result, privacy, locale }: PositionDetailsProps) {
  const m = result.metrics ?? {};
  // Prices at the exchange's own precision where it shows one.
  const reference = result.displayed !== null && result.displayed !== 'none' ? result.displayed : null;
  const asset = m.settlementAsset;
  const amountRow = (name: string, label: string, value: string | undefined) => (
    <DetailRow name={name} label={label} value={value} text={amount(value, asset, locale)} hidden={privacy && value !== undefined && amount(value, asset, locale) !== null} />
  );
  const leverage = m.leverage === undefined ? null : formatNumber(m.leverage, 2, locale);
  const table = tableText(result);

  return (
    <div class="details" id={id} role="group" aria-label={t('overlay_detailsLabel', result.symbol, result.side)} data-liqcheck="position-details">
      {result.verdict === 'differs' && result.likelyCause && (
        <p class="cause" data-cause={result.likelyCause.kind}>
          <span class="details-label">{t('overlay_likelyCause')}</span>{' '}
          <span class="cause-text">{result.likelyCause.message}</span>
        </p>
      )}
      <dl class="detail-list">
        <DetailRow name="markPrice" label={t('overlay_metricMark')} value={m.markPrice} text={m.markPrice === undefined ? null : formatPrice(m.markPrice, reference, locale)} />
        <DetailRow name="distance" label={t('overlay_metricDistance')} value={m.distancePrice} text={distance(m, reference, locale)} />
        <DetailRow name="marginRatio" label={t('overlay_metricMarginRatio')} value={m.marginRatioPercent} text={percent(m.marginRatioPercent, locale)} />
        {amountRow('maintenanceMargin', t('overlay_metricMaintenance'), m.maintenanceMargin)}
        {amountRow('equity', t('overlay_metricEquity'), m.equity)}
        {amountRow('lossAtLiquidation', t('overlay_metricLoss'), m.lossAtLiquidation)}
        {amountRow('notional', t('overlay_metricNotional'), m.notional)}
        <DetailRow name="funding" label={t('overlay_metricFunding')} value={m.fundingRatePercent} text={funding(m, locale)} />
        <DetailRow name="leverage" label={t('overlay_metricLeverage')} value={m.leverage} text={leverage === null ? null : t('overlay_leverageValue', leverage)} />
      </dl>
      {result.risk && <RiskDetails risk={result.risk} locale={locale} />}
      {result.assumptions.length > 0 && (
        <div class="assumptions">
          <span class="details-label">{t('overlay_assumptionsTitle')}</span>
          <ul>
            {result.assumptions.map((a, i) => <li key={i}>{a}</li>)}
          </ul>
        </div>
      )}
      {table !== null && (
        <p class="table-date" data-table-date={result.table?.date ?? result.tableDate}>
          <span class="details-label">{t('overlay_tableTitle')}</span> {table}
        </p>
      )}
    </div>
  );
}
