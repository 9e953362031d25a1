// A liquidation calculator for any bundled venue and symbol, on the same model as the overlay.
import { useMemo, useState } from 'preact/hooks';
import { estimateLiquidation, ModelInputError } from '../model';
import { formatPrice } from '../overlay/format-decimal';
import { calculatorInput, type CalculatorForm } from './calculator-input';
import { calculatorMarkets, contractOf } from './calculator-tables';

function compute(form: CalculatorForm) {
  const built = calculatorInput(form, calculatorMarkets);
  if (!built.ok) return { problems: built.problems };
  try {
    const estimate = estimateLiquidation(built.input);
    return { estimate, assumptions: [...built.assumptions, ...estimate.assumptions] };
  } catch (error) {
    return { problems: [error instanceof ModelInputError ? error.message : 'the estimate failed'] };
  }
}

export function Calculator({ initial }: { initial: CalculatorForm }) {
  const [form, setForm] = useState(initial);
  const market = calculatorMarkets.find((m) => m.venue === form.venue) ?? calculatorMarkets[0]!;
  const result = useMemo(() => compute(form), [form]);
  const set = (key: keyof CalculatorForm) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setForm((f) => {
      const next = { ...f, [key]: value };
      if (key === 'venue') next.symbol = Object.keys(calculatorMarkets.find((m) => m.venue === value)?.tables ?? {})[0] ?? '';
      return next;
    });
  };
  const field = (key: keyof CalculatorForm, label: string, hint = '') => (
    <>
      <label for={`calc-${key}`}>{label}</label>
      <input id={`calc-${key}`} inputMode="decimal" value={form[key]} placeholder={hint} onInput={set(key)} />
    </>
  );
  return (
    <section aria-label="Calculator">
      <form onSubmit={(e) => e.preventDefault()}>
        <label for="calc-venue">Venue</label>
        <select id="calc-venue" value={form.venue} onChange={set('venue')}>
          {calculatorMarkets.map((m) => (
            <option value={m.venue}>{m.label}</option>
          ))}
        </select>
        <label for="calc-symbol">Symbol</label>
        <select id="calc-symbol" value={form.symbol} onChange={set('symbol')}>
          {Object.keys(market.tables).map((s) => (
            <option value={s}>{s}</option>
          ))}
        </select>
        <label for="calc-side">Side</label>
        <select id="calc-side" value={form.side} onChange={set('side')}>
          <option value="long">Long</option>
          <option value="short">Short</option>
        </select>
        <label for="calc-mode">Margin</label>
        <select id="calc-mode" value={form.marginMode} onChange={set('marginMode')}>
          <option value="isolated">Isolated</option>
          <option value="cross">Cross</option>
        </select>
        {field('size', market.tables[form.symbol] && contractOf(market.tables[form.symbol]!) === 'inverse' ? 'Size (contracts)' : 'Size (coin)')}
        {field('entryPrice', 'Entry price')}
        {field('leverage', 'Leverage')}
        {form.marginMode === 'isolated' ? field('margin', 'Margin', 'size × entry / leverage') : field('wallet', 'Wallet balance')}
        {field('markPrice', 'Mark price', 'optional')}
      </form>
      <div class="result" role="status" aria-live="polite" data-liqcheck="calculator" data-estimate={'estimate' in result && result.estimate ? (result.estimate.liquidationPrice ?? 'none') : 'unknown'}>
        {'estimate' in result && result.estimate ? (
          <>
            <div>
              Liquidation price{' '}
              <span class="price">{result.estimate.liquidationPrice ? formatPrice(result.estimate.liquidationPrice) : 'none (fully collateralised)'}</span>
            </div>
            {result.estimate.bankruptcyPrice && <div class="muted">Bankruptcy price {formatPrice(result.estimate.bankruptcyPrice)}</div>}
            <ul>
              {result.assumptions.map((a) => (
                <li>{a}</li>
              ))}
            </ul>
          </>
        ) : (
          <ul>
            {(result.problems ?? []).map((p) => (
              <li class="problem">{p}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
