// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
// The order panel's issue-6 parts: the position after the order, warnings by severity, privacy.
import type { Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import { afterEach, describe, expect, test } from 'vitest';
import type { EstimatesResult, OrderSideResult, Warning } from '../protocol/estimates';
import { OrderPanel } from './order-panel';

const ALL_KINDS: Warning['kind'][] = ['liquidation-near-entry', 'leverage-high', 'stop-beyond-liquidation', 'tier-jump', 'instant-liquidation', 'notional-above-cap'];

function side(overrides: Partial<OrderSideResult> & Pick<OrderSideResult, 'side'>): OrderSideResult {
  return { estimate: '55000', displayed: null, reasons: [], assumptions: [], warnings: [], ...overrides };
}
function result(long: OrderSideResult, short: OrderSideResult): EstimatesResult {
  return { symbol: 'BTCUSDT', positions: [], order: { long, short }, warnings: [] };
}

let container: HTMLElement;
function show(element: Child): void {
  container = document.createElement('div');
  document.body.append(container);
  render(element, container);
}
afterEach(() => {
  container.replaceChildren();
  container.remove();
});
const block = (s: 'long' | 'short') => container.querySelector<HTMLElement>(`[data-liqcheck="order"][data-side="${s}"]`)!;
const after = (s: 'long' | 'short', name: string) => block(s).querySelector(`[data-liqcheck="order-after"] [data-metric="${name}"] dd`)?.textContent;

const merged = { size: '0.75', entryPrice: '60333.333333333333333', leverage: '25', notional: '45250', maintenanceMarginRate: '0.005' };

describe('the position after the order', () => {
  test('size, entry, leverage, notional and the maintenance rate in percent', () => {
    show(<OrderPanel locale="en-US" result={result(side({ side: 'long', after: merged }), side({ side: 'short' }))} />);
    expect(after('long', 'size')).toBe('0.75');
    expect(after('long', 'entryPrice')).toBe('60,333.33');
    expect(after('long', 'leverage')).toBe('25x');
    expect(after('long', 'notional')).toBe('45,250.00');
    expect(after('long', 'maintenanceMarginRate')).toBe('0.5 %');
    expect(block('short').querySelector('[data-liqcheck="order-after"]')).toBeNull();
  });

  test('privacy: size and notional hidden, entry, leverage and rate stay', () => {
    show(<OrderPanel locale="en-US" privacy result={result(side({ side: 'long', after: merged }), side({ side: 'short' }))} />);
    expect(after('long', 'size')).toBe('•••');
    expect(after('long', 'notional')).toBe('•••');
    expect(after('long', 'entryPrice')).toBe('60,333.33');
    expect(after('long', 'maintenanceMarginRate')).toBe('0.5 %');
    const html = new XMLSerializer().serializeToString(container);
    expect(html).not.toContain('45250');
    expect(html).not.toContain('45,250');
    expect(html).not.toContain('0.75');
  });
});

describe('warnings', () => {
  test('each of the six kinds renders with its kind, side and severity; danger first', () => {
    const warnings = ALL_KINDS.map((kind) => ({ kind, side: 'short' as const, message: `message for ${kind}` }));
    show(<OrderPanel locale="en-US" result={result(side({ side: 'long' }), side({ side: 'short', warnings }))} />);
    const items = [...block('short').querySelectorAll<HTMLElement>('[data-liqcheck="warning"]')];
    expect(items.map((w) => w.dataset.kind)).toEqual([
      'stop-beyond-liquidation',
      'instant-liquidation',
      'liquidation-near-entry',
      'leverage-high',
      'tier-jump',
      'notional-above-cap',
    ]);
    expect(items.every((w) => w.dataset.side === 'short')).toBe(true);
    expect(items.map((w) => w.dataset.severity)).toEqual(['danger', 'danger', 'caution', 'caution', 'caution', 'caution']);
    expect(items[0]!.textContent).toBe('message for stop-beyond-liquidation');
    expect(block('short').classList.contains('order-side-danger')).toBe(true);
    expect(block('long').classList.contains('order-side-danger')).toBe(false);
    // A list with a name, so screen readers say what the items are.
    expect(block('short').querySelector('ul')!.getAttribute('aria-label')).toBe('Short warnings');
  });

  test('the status names the warnings and stays the same while only their numbers change', () => {
    const w = (message: string): Warning[] => [{ kind: 'leverage-high', side: 'long', message, name: 'high leverage' }];
    show(<OrderPanel locale="en-US" result={result(side({ side: 'long', warnings: w('Leverage 50x') }), side({ side: 'short' }))} />);
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Long: high leverage. Short: no warnings');
    render(<OrderPanel locale="en-US" result={result(side({ side: 'long', warnings: w('Leverage 51x'), estimate: '55001' }), side({ side: 'short' }))} />, container);
    expect(status.textContent).toBe('Long: high leverage. Short: no warnings');
    render(
      <OrderPanel
        locale="en-US"
        result={result(side({ side: 'long', warnings: [...w('Leverage 51x'), { kind: 'instant-liquidation', side: 'long', message: 'x', name: 'instant liquidation' }] }), side({ side: 'short' }))}
      />,
      container,
    );
    expect(status.textContent).toBe('Long: high leverage; instant liquidation. Short: no warnings');
  });
});
