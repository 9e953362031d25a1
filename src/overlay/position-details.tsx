/** @jsxImportSource ./dom-jsx */
// The expanded view of a position badge: the likely cause of a difference, the figures at the mark,
// the risk view, the assumptions, whether the venue may liquidate in steps, the tier table and the
// notes on it (its age, a failed refresh). Numbers come from the worker as decimal strings;
// this only formats them.
import { t } from '../i18n/t';
import type { PositionMetrics, PositionResult } from '../protocol/estimates';
import { DetailRow, type DetailRowProps } from './detail-row';
import { sideText } from './estimate-text';
import { formatAmount, formatNumber, formatPercent, formatPrice } from './format-decimal';
import { RiskDetails } from './risk-details';
import { severityOf } from './warning-severity';

export interface PositionDetailsProps {
  id: string;
  result: PositionResult;
  privacy: boolean;
  locale?: string;
}

/** A figure in the settlement asset: "1,234.50 USDT", or null when absent or not a number. */
function amount(value: string | undefined, asset: string | undefined, locale?: string): string | null {
  const text = formatAmount(value, asset, locale);
  return text !== null && asset ? t('overlay_amountValue', text, asset) : text;
}

/** "12.5 %", or null. */
function percent(value: string | undefined, locale?: string): string | null {
  const text = formatPercent(value, locale);
  return text === null ? null : t('overlay_percentValue', text);
}

function distance(m: PositionMetrics, reference: string | null, locale?: string): string | null {
  const price = formatPrice(m.distancePrice, reference, locale);
  const pct = formatPercent(m.distancePercent, locale);
  if (price !== null && pct !== null) return t('overlay_distanceValue', price, pct);
  return price ?? percent(m.distancePercent, locale);
}

function funding(m: PositionMetrics, locale?: string): string | null {
  const rate = formatPercent(m.fundingRatePercent, locale);
  const hours = formatNumber(m.fundingIntervalHours, 2, locale);
  return rate === null || hours === null ? percent(m.fundingRatePercent, locale) : t('overlay_fundingValue', rate, hours);
}

/** The venue may liquidate in steps: the sentence, with the first step's share where the rule gives it. */
export function partialText(result: PositionResult, locale?: string): string {
  const step = formatPercent(result.partialFirstStepPercent, locale);
  return step === null ? t('overlay_partial') : t('overlay_partialStep', step);
}

export function PositionDetails({ id, result, privacy, locale }: PositionDetailsProps) {
  const m = result.metrics ?? {};
  // Prices at the exchange's own precision where it shows one ('none' and null have none).
  const reference = result.displayed;
  const asset = m.settlementAsset;
  const amountRow = (name: string, label: string, value: string | undefined): DetailRowProps => {
    const text = amount(value, asset, locale);
    return { name, label, value, text, hidden: privacy && text !== null };
  };
  const leverage = formatNumber(m.leverage, 2, locale);
  const rows: DetailRowProps[] = [
    { name: 'markPrice', label: t('overlay_metricMark'), value: m.markPrice, text: formatPrice(m.markPrice, reference, locale) },
    { name: 'distance', label: t('overlay_metricDistance'), value: m.distancePrice, text: distance(m, reference, locale) },
    { name: 'marginRatio', label: t('overlay_metricMarginRatio'), value: m.marginRatioPercent, text: percent(m.marginRatioPercent, locale) },
    amountRow('maintenanceMargin', t('overlay_metricMaintenance'), m.maintenanceMargin),
    amountRow('equity', t('overlay_metricEquity'), m.equity),
    amountRow('lossAtLiquidation', t('overlay_metricLoss'), m.lossAtLiquidation),
    amountRow('notional', t('overlay_metricNotional'), m.notional),
    { name: 'funding', label: t('overlay_metricFunding'), value: m.fundingRatePercent, text: funding(m, locale) },
    { name: 'leverage', label: t('overlay_metricLeverage'), value: m.leverage, text: leverage === null ? null : t('overlay_leverageValue', leverage) },
  ].filter((row) => row.text !== null);
  const table = result.tableText ?? null;
  const cause = result.verdict === 'differs' ? result.likelyCause : undefined;
  // Why it cannot verify (or differs with no cause named): the badge cuts these short.
  const reasons = result.verdict !== 'agree' && !cause ? result.reasons : [];
  const empty = rows.length === 0 && !cause && reasons.length === 0 && !result.risk && result.assumptions.length === 0 && table === null;

  return (
    <div class="details" id={id} role="group" aria-label={t('overlay_detailsLabel', result.symbol, sideText(result.side))} data-liqcheck="position-details">
      {cause && (
        <p class="cause" data-cause={cause.kind}>
          <span class="details-label">{t('overlay_likelyCause')}</span>{' '}
          <span class="cause-text">{cause.message}</span>
        </p>
      )}
      {reasons.length > 0 && (
        <div class="reasons">
          <span class="details-label">{t('overlay_whyTitle')}</span>
          <ul>
            {reasons.map((r, i) => <li key={i}>{r}</li>)}
          </ul>
        </div>
      )}
      {rows.length > 0 && (
        <dl class="detail-list">
          {rows.map((row) => <DetailRow key={row.name} {...row} />)}
        </dl>
      )}
      {result.risk && <RiskDetails risk={result.risk} locale={locale} />}
      {result.assumptions.length > 0 && (
        <div class="assumptions">
          <span class="details-label">{t('overlay_assumptionsTitle')}</span>
          <ul>
            {result.assumptions.map((a, i) => <li key={i}>{a}</li>)}
          </ul>
        </div>
      )}
      {result.partialLiquidation && (
        <p class="partial" data-liqcheck="partial">
          {partialText(result, locale)}
        </p>
      )}
      {table !== null && (
        <p class="table-date" data-table-date={result.table?.date ?? result.tableDate}>
          <span class="details-label">{t('overlay_tableTitle')}</span> {table}
          {/* The badge shows only a quiet mark for the table's age and refresh state: the words are here. */}
          {result.warnings?.map((w) => severityOf(w.kind) === 'note' && <span key={w.kind} class="reason" data-kind={w.kind}>{w.message}</span>)}
        </p>
      )}
      {empty && <p class="no-details">{t('overlay_noDetails')}</p>}
    </div>
  );
}
