// The probability that the mark touches the liquidation price within 1 h and 24 h, under a
// driftless lognormal model, with the volatility from the worker's cache (storage.local) or typed in.
import { useEffect, useState } from 'preact/hooks';
import type { Volatility } from '../volatility/volatility-store';
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { touchProbability } from '../model/risk/touch-probability';
import type { CalculatorForm } from './calculator-form';
import { formatFractionPercent, formatNumber, formatPrice } from './format';
import { ToolInputs, type ToolProps } from './tool-frame';

/** "12 min", "3 h", "2 d". */
export function ageText(minutes: number): string {
  if (minutes < 90) return t('popup_minutes', minutes);
  if (minutes < 48 * 60) return t('popup_hours', Math.round(minutes / 60));
  return t('popup_days', Math.round(minutes / 1440));
}

const PERCENT = /^\d+(\.\d+)?$/;

export function TouchTool({ computed, form, locale, volatilityFor }: ToolProps & { volatilityFor: (venue: CalculatorForm['venue'], symbol: string) => Promise<Volatility | undefined> }) {
  const [cached, setCached] = useState<Volatility | undefined>(undefined);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    let live = true;
    setCached(undefined);
    void volatilityFor(form.venue, form.symbol)
      .catch(() => undefined)
      .then((v) => {
        if (!live) return;
        setCached(v);
        setTyped(v ? new Dm(v.annualised).mul(100).toDecimalPlaces(2).toString() : '');
      });
    return () => {
      live = false;
    };
  }, [form.venue, form.symbol]);
  const liq = 'estimate' in computed ? computed.estimate.liquidationPrice : null;
  const mark = 'input' in computed ? computed.input.markPrice : undefined;
  const sigmaPercent = typed.trim();
  const fromCache = cached !== undefined && new Dm(cached.annualised).mul(100).toDecimalPlaces(2).toString() === sigmaPercent;
  const sigma = PERCENT.test(sigmaPercent) ? new Dm(sigmaPercent).div(100).toString() : undefined;
  const beyond = mark && liq ? (form.side === 'long' ? new Dm(mark).lte(liq) : new Dm(mark).gte(liq)) : false;
  const p1 = mark && liq && sigma ? (beyond ? { ok: true as const, probability: '1' } : touchProbability(mark, liq, sigma, 1)) : null;
  const p24 = mark && liq && sigma ? (beyond ? { ok: true as const, probability: '1' } : touchProbability(mark, liq, sigma, 24)) : null;
  let note: string | null = null;
  if (!('estimate' in computed)) note = t('popup_needEstimate');
  else if (!liq) note = t('risk_touchNoLiquidation');
  else if (!mark) note = t('popup_needMark');
  else if (!sigma) note = t('popup_volatilityNone');
  const ageMinutes = cached ? Math.max(0, Math.floor((Date.now() - Date.parse(cached.fetchedAt)) / 60000)) : 0;
  return (
    <div class="tool" role="group" aria-labelledby="tool-touch-title" data-liqcheck="tool-touch" data-hour1={p1?.ok ? p1.probability : ''} data-hour24={p24?.ok ? p24.probability : ''} data-volatility={sigma ?? ''}>
      <h3 id="tool-touch-title">{t('risk_touchTitle')}</h3>
      <label for="tool-volatility">{t('risk_volatility')}</label>
      <input id="tool-volatility" inputMode="decimal" autoComplete="off" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
      <p class="muted" data-liqcheck="volatility-source">
        {fromCache && cached ? t('popup_volatilityCached', cached.source, ageText(ageMinutes)) : sigma ? t('risk_volatilityTyped') : cached === undefined ? t('popup_volatilityNone') : ''}
      </p>
      {note ? <p role="status">{note}</p> : null}
      {p1?.ok && p24?.ok ? (
        <p role="status">
          {t('risk_within1h', formatFractionPercent(p1.probability, locale))}
          <br />
          {t('risk_within24h', formatFractionPercent(p24.probability, locale))}
        </p>
      ) : null}
      <p class="muted">{t('risk_touchAssumption')}</p>
      {mark && liq && sigma ? (
        <ToolInputs
          items={[
            [t('popup_fieldMark'), formatPrice(mark, locale)],
            [t('popup_liquidationPrice'), formatPrice(liq, locale)],
            ['σ', `${formatNumber(sigmaPercent, 2, locale)} %`],
          ]}
        />
      ) : null}
    </div>
  );
}
