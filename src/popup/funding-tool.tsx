// How long funding alone, at the current rate, takes to erode the margin to liquidation.
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { fundingToLiquidation } from '../model/risk/funding-to-liquidation';
import { formatAmount, formatNumber } from './format';
import { positionFigures } from './position-figures';
import { ToolInputs, type ToolProps } from './tool-frame';

const NOTE = { receives: 'risk_fundingReceives', 'zero-rate': 'risk_fundingZero', 'below-maintenance': 'risk_fundingBelowMaintenance', 'bad-input': 'risk_fundingNoRate' } as const;

export function FundingTool({ computed, form, update, privacy, locale, asset }: ToolProps) {
  const figures = 'estimate' in computed ? positionFigures(computed.input, computed.estimate) : null;
  const rate = form.fundingRatePercent.trim();
  const interval = form.fundingIntervalHours.trim();
  const answer = figures && rate && interval ? fundingToLiquidation({ side: form.side, ...figures, fundingRatePercent: rate, fundingIntervalHours: interval }) : null;
  let text: string;
  if (!('estimate' in computed)) text = t('popup_needEstimate');
  else if (!figures) text = t('popup_needMark');
  else if (!answer) text = t('risk_fundingNoRate');
  else if (answer.ok) text = t('risk_fundingHours', formatNumber(answer.hours, 1, locale), formatNumber(new Dm(answer.hours).div(24).toString(), 1, locale));
  else text = t(NOTE[answer.reason]);
  const setter = (key: 'fundingRatePercent' | 'fundingIntervalHours') => (e: Event) => update({ [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <div class="tool" role="group" aria-labelledby="tool-funding-title" data-liqcheck="tool-funding" data-hours={answer?.ok ? answer.hours : ''} data-reason={answer && !answer.ok ? answer.reason : ''}>
      <h3 id="tool-funding-title">{t('risk_fundingErosion')}</h3>
      <label for="tool-funding-rate">{t('risk_fundingRate')}</label>
      <input id="tool-funding-rate" inputMode="decimal" autoComplete="off" value={form.fundingRatePercent} onInput={setter('fundingRatePercent')} />
      <label for="tool-funding-interval">{t('risk_fundingInterval')}</label>
      <input id="tool-funding-interval" inputMode="decimal" autoComplete="off" value={form.fundingIntervalHours} onInput={setter('fundingIntervalHours')} />
      <p role="status">{text}</p>
      <p class="muted">{t('risk_fundingBasis')}</p>
      {figures ? (
        <ToolInputs
          items={[
            [t('popup_inputEquity'), formatAmount(figures.equity, asset, privacy, locale)],
            [t('popup_inputMaintenance'), formatAmount(figures.maintenanceMargin, asset, privacy, locale)],
            [t('popup_inputValue'), formatAmount(figures.notional, asset, privacy, locale)],
          ]}
        />
      ) : null}
    </div>
  );
}
