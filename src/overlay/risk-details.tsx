/** @jsxImportSource ./dom-jsx */
// The risk view in the expanded badge: how long funding alone takes to reach liquidation, and the
// chance the mark touches the liquidation price within 1 h and 24 h, with the volatility behind it
// (or the note saying why a figure is absent).
import { t } from '../i18n/t';
import type { RiskView } from '../protocol/estimates';
import { DetailRow } from './detail-row';
import { formatNumber, formatPercent, fractionToPercent } from './format-decimal';

/** A probability in percent; a tiny one as "< 0.01 %" rather than a string of zeros. */
function probability(value: string, locale?: string): string | null {
  const pct = fractionToPercent(value);
  if (pct === null) return null;
  // Compared as a string: 0 < pct < 0.01 is "0.00" followed by digits, one of them not zero.
  if (/^0\.00\d*[1-9]/.test(pct)) return t('overlay_percentBelow', formatPercent('0.01', locale) ?? '0.01');
  const text = formatPercent(pct, locale);
  return text === null ? null : t('overlay_percentValue', text);
}

function volatilityText(v: NonNullable<RiskView['volatility']>, locale?: string): string | null {
  const pct = fractionToPercent(v.annualised);
  const text = pct === null ? null : formatNumber(pct, 1, locale);
  if (text === null) return null;
  const age = Number.isFinite(v.ageMinutes) ? formatNumber(String(Math.max(0, Math.round(v.ageMinutes))), 0, locale) : null;
  return t('overlay_volatilityValue', text, v.source, age ?? '?');
}

export function RiskDetails({ risk, locale }: { risk: RiskView; locale?: string }) {
  const hours = formatNumber(risk.fundingHoursToLiquidation, 1, locale);
  return (
    <div class="risk" data-liqcheck="risk">
      <span class="details-label">{t('overlay_riskTitle')}</span>
      <dl class="detail-list">
        <DetailRow name="fundingHours" label={t('overlay_riskFundingHours')} value={risk.fundingHoursToLiquidation} text={hours === null ? (risk.fundingNote ?? null) : t('overlay_hoursValue', hours)} />
        <DetailRow name="touch1h" label={t('overlay_riskTouch1h')} value={risk.touchProbability?.hour1} text={risk.touchProbability ? probability(risk.touchProbability.hour1, locale) : (risk.touchNote ?? null)} />
        <DetailRow name="touch24h" label={t('overlay_riskTouch24h')} value={risk.touchProbability?.hour24} text={risk.touchProbability ? probability(risk.touchProbability.hour24, locale) : null} />
        <DetailRow name="volatility" label={t('overlay_riskVolatility')} value={risk.volatility?.annualised} text={risk.volatility ? volatilityText(risk.volatility, locale) : null} />
      </dl>
      {risk.touchProbability && risk.touchAssumption && <p class="risk-model">{risk.touchAssumption}</p>}
    </div>
  );
}
