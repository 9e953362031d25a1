// A liquidation calculator for any venue and symbol with every input of the model, on the same model
// as the overlay, and the risk tools on the position it describes.
import { useMemo, useState } from 'preact/hooks';
import { estimateLiquidation, ModelInputError } from '../model';
import { t } from '../i18n/t';
import type { Volatility } from '../volatility/volatility-store';
import type { MessageKey } from '../i18n/catalog';
import { type CalculatorForm, fundingIntervalOf } from './calculator-form';
import { calculatorInput } from './calculator-input';
import { calculatorMarkets, termsFor } from './calculator-tables';
import { formatPrice } from './format';
import { OtherPositions } from './other-positions';
import { RiskTools } from './risk-tools';
import { tiersToText } from './tier-text';
import type { Computed } from './tool-frame';

export type { Computed };

export function compute(form: CalculatorForm): Computed {
  const built = calculatorInput(form, calculatorMarkets);
  if (!built.ok) return { problems: built.problems };
  try {
    const estimate = estimateLiquidation(built.input);
    return { input: built.input, estimate, assumptions: [...built.assumptions, ...estimate.assumptions] };
  } catch (error) {
    return { problems: [t('popup_problemModel', error instanceof ModelInputError ? error.message : String(error))] };
  }
}

interface Props {
  initial: CalculatorForm;
  privacy: boolean;
  locale: string;
  volatilityFor: (venue: CalculatorForm['venue'], symbol: string) => Promise<Volatility | undefined>;
}

export function Calculator({ initial, privacy, locale, volatilityFor }: Props) {
  const [form, setForm] = useState(initial);
  const market = calculatorMarkets.find((m) => m.venue === form.venue) ?? calculatorMarkets[0]!;
  const result = useMemo(() => compute(form), [form]);
  const update = (patch: Partial<CalculatorForm>) => setForm((f) => ({ ...f, ...patch }));
  const set = (key: keyof CalculatorForm) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setForm((f) => {
      const next = { ...f, [key]: value } as CalculatorForm;
      if (key === 'venue') {
        next.symbol = Object.keys(calculatorMarkets.find((m) => m.venue === value)?.tables ?? {})[0] ?? '';
        next.fundingIntervalHours = fundingIntervalOf(next.venue);
      }
      if (key === 'venue' || key === 'symbol') Object.assign(next, termsFor(next.venue, next.symbol));
      // Switching to a pasted table starts from the bundled one, to edit.
      if (key === 'tierSource' && value === 'pasted' && f.tiersText.trim() === '') next.tiersText = tiersToText(market.tables[f.symbol]?.tiers ?? []);
      return next;
    });
  };
  const amount: 'text' | 'password' = privacy ? 'password' : 'text';
  const field = (key: keyof CalculatorForm & string, label: string, hint = '', type: 'text' | 'password' = 'text') => (
    <>
      <label for={`calc-${key}`}>{label}</label>
      <input id={`calc-${key}`} type={type as 'text'} inputMode="decimal" autoComplete="off" value={form[key] as string} placeholder={hint} onInput={set(key)} />
    </>
  );
  const select = (key: keyof CalculatorForm & string, label: string, options: [string, MessageKey | string][]) => (
    <>
      <label for={`calc-${key}`}>{label}</label>
      <select id={`calc-${key}`} value={form[key] as string} onChange={set(key)}>
        {options.map(([value, text]) => (
          <option value={value}>{text.startsWith('popup_') ? t(text as MessageKey) : text}</option>
        ))}
      </select>
    </>
  );
  const ok = 'estimate' in result;
  return (
    <section aria-label={t('popup_calculator')}>
      <form onSubmit={(e) => e.preventDefault()}>
        {select('venue', t('popup_fieldVenue'), calculatorMarkets.map((m) => [m.venue, m.label]))}
        {form.tierSource === 'bundled' ? (
          select('symbol', t('popup_fieldSymbol'), Object.keys(market.tables).map((s) => [s, s]))
        ) : field('symbol', t('popup_fieldSymbol'))}
        {select('contract', t('popup_fieldContract'), [['linear', 'popup_contractLinear'], ['inverse', 'popup_contractInverse']])}
        {select('marginMode', t('popup_fieldMarginMode'), [['isolated', 'popup_isolated'], ['cross', 'popup_cross']])}
        {select('positionMode', t('popup_fieldPositionMode'), [['one-way', 'popup_oneWay'], ['hedge', 'popup_hedge']])}
        {select('side', t('popup_fieldSide'), [['long', 'popup_long'], ['short', 'popup_short']])}
        {field('size', t(form.contract === 'inverse' ? 'popup_sizeContracts' : 'popup_sizeCoin'), '', amount)}
        {form.contract === 'inverse' ? field('contractValue', t('popup_fieldContractValue')) : field('contractSize', t('popup_fieldContractSize'), t('popup_hintOptional'))}
        {field('entryPrice', t('popup_fieldEntry'))}
        {field('markPrice', t('popup_fieldMark'), form.marginMode === 'isolated' ? t('popup_hintOptional') : '')}
        {field('leverage', t('popup_fieldLeverage'))}
        {form.marginMode === 'isolated' ? field('margin', t('popup_fieldMargin'), t('popup_hintMargin'), amount) : field('wallet', t('popup_fieldWallet'), '', amount)}
        {field('takerFeePercent', t('popup_fieldTakerFee'), t('popup_hintFee'))}
        {select('tierSource', t('popup_fieldTiers'), [['bundled', 'popup_tiersBundled'], ['pasted', 'popup_tiersPasted']])}
        {form.tierSource === 'pasted' ? (
          <textarea id="calc-tiersText" class="tiers" aria-label={t('popup_fieldTiers')} aria-describedby="calc-tiers-help" value={form.tiersText} onInput={set('tiersText')} rows={5} />
        ) : null}
        {form.tierSource === 'pasted' ? (
          <p id="calc-tiers-help" class="muted hint">
            {t('popup_tiersHelp')}
          </p>
        ) : null}
      </form>
      {form.marginMode === 'cross' ? <OtherPositions rows={form.others} onChange={(others) => update({ others })} privacy={privacy} /> : null}
      <div class="result" role="status" aria-live="polite" data-liqcheck="calculator" data-estimate={ok ? (result.estimate.liquidationPrice ?? 'none') : 'unknown'}>
        {ok ? (
          <>
            <div>
              {t('popup_liquidationPrice')} <span class="price">{result.estimate.liquidationPrice ? formatPrice(result.estimate.liquidationPrice, locale) : t('popup_noLiquidation')}</span>
            </div>
            {result.estimate.bankruptcyPrice && <div class="muted">{t('popup_bankruptcyPrice', formatPrice(result.estimate.bankruptcyPrice, locale))}</div>}
            <ul>
              {result.assumptions.map((a) => (
                <li>{a}</li>
              ))}
            </ul>
          </>
        ) : (
          <ul>
            {result.problems.map((p) => (
              <li class="problem">{p}</li>
            ))}
          </ul>
        )}
      </div>
      <RiskTools computed={result} form={form} update={update} privacy={privacy} locale={locale} volatilityFor={volatilityFor} />
    </section>
  );
}
