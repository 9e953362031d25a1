// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Volatility } from '../volatility/volatility-store';
import { Calculator } from './calculator';
import { DEFAULT_FORM, type CalculatorForm } from './calculator-form';

const D1: CalculatorForm = { ...DEFAULT_FORM, size: '1', entryPrice: '100000', markPrice: '100000', leverage: '10', fundingRatePercent: '0.01' };
const VOL: Volatility = { annualised: '0.6', source: 'Binance USDⓈ-M 1h klines', asOf: '2026-11-22T09:00:00.000Z', fetchedAt: new Date(Date.now() - 5 * 60000).toISOString(), samples: 168 };

let container: HTMLElement;
async function show(form: CalculatorForm, privacy = false, vol: Volatility | null = VOL): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<Calculator initial={form} privacy={privacy} locale="en-US" volatilityFor={async () => vol ?? undefined} />, container);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

const attr = (root: HTMLElement, tool: string, name: string) => root.querySelector(`[data-liqcheck="${tool}"]`)!.getAttribute(name);

async function type(root: HTMLElement, selector: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Calculator with the risk tools', () => {
  it('D1: the estimate, funding erosion (7,680 h) and the touch probability from the cached volatility', async () => {
    const root = await show(D1);
    expect(Number(root.querySelector('[data-liqcheck="calculator"]')!.getAttribute('data-estimate'))).toBeCloseTo(90361.445783, 5);
    expect(attr(root, 'tool-funding', 'data-hours')).toBe('7680');
    expect(root.querySelector('[data-liqcheck="tool-funding"]')!.textContent).toContain('7,680');
    expect(attr(root, 'tool-touch', 'data-volatility')).toBe('0.6');
    expect(root.querySelector('[data-liqcheck="volatility-source"]')!.textContent).toBe('from Binance USDⓈ-M 1h klines, 5 min old');
    // 1 h at σ 60 %: |ln(90,361/100,000)| / (0.6 × √(1/8760)) ≈ 16.9 σ: practically zero, but a number.
    expect(Number(attr(root, 'tool-touch', 'data-hour1'))).toBeLessThan(1e-50);
    expect(root.querySelector('[data-liqcheck="tool-touch"]')!.textContent).toContain('Within 1 hour: < 0.01%');
  });

  it('margin to a target, typed: adds 5,340 (Binance formula), shown with its asset', async () => {
    const root = await show(D1);
    await type(root, '#tool-target', '85000');
    expect(Math.abs(Number(attr(root, 'tool-margin-target', 'data-add-margin')) - 5340)).toBeLessThanOrEqual(0.996);
    expect(root.querySelector('[data-liqcheck="tool-margin-target"]')!.textContent).toMatch(/Add 5,3\d\d(\.\d+)? USDT to the position margin/);
  });

  it('privacy mode hides amounts (margins, values) but keeps prices', async () => {
    const root = await show(D1, true);
    await type(root, '#tool-target', '85000');
    const text = root.textContent!;
    expect(text).toContain('••• USDT');
    expect(text).not.toMatch(/5,3\d\d(\.\d+)? USDT/);
    expect(text).not.toContain('10,000');
    expect(root.querySelector<HTMLInputElement>('#calc-size')!.type).toBe('password');
    expect(text).toContain('90,361.45');
  });

  it('no cached volatility: says so, and a typed one is used', async () => {
    const root = await show(D1, false, null);
    expect(root.querySelector('[data-liqcheck="tool-touch"]')!.textContent).toContain('No cached volatility');
    await type(root, '#tool-volatility', '80');
    expect(attr(root, 'tool-touch', 'data-volatility')).toBe('0.8');
    expect(root.querySelector('[data-liqcheck="volatility-source"]')!.textContent).toBe('Volatility typed in');
  });
});
