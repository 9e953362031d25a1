// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
// Issue 21 on the order panel: the side label says what the order does, and the panel folds to one
// line per side (the loudest warning kept), remembered through the fold memory.
import { afterEach, describe, expect, test } from 'vitest';
import type { Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import type { EstimatesResult, OrderSideResult } from '../protocol/estimates';
import { OrderPanel } from './order-panel';
import { OverlayHosts, type FoldMemory } from './mount';

function side(overrides: Partial<OrderSideResult> & Pick<OrderSideResult, 'side'>): OrderSideResult {
  return { estimate: '50000', displayed: null, reasons: [], assumptions: [], warnings: [], ...overrides };
}
function result(long: OrderSideResult, short: OrderSideResult): EstimatesResult {
  return { symbol: 'BTCUSDT', positions: [], order: { long, short }, warnings: [{ kind: 'stale-market-data', message: 'Tier table is 80 days old' }] };
}

let container: HTMLElement;
function show(element: Child): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  return container;
}
const label = (root: ParentNode, s: 'long' | 'short') => root.querySelector(`[data-liqcheck="order"][data-side="${s}"] .side-label`)!.textContent;

afterEach(() => container?.remove());

describe('the side label says what the order does', () => {
  // An open long of 0.5: buy 0.1 adds, sell 0.1 reduces, sell 0.7 flips (the worker's outcome).
  test('Buy 0.1 → long 0.6; Sell 0.1 → long 0.4', () => {
    const root = show(
      <OrderPanel
        locale="en-US"
        result={result(side({ side: 'long', outcome: { orderSize: '0.1', side: 'long', size: '0.6' } }), side({ side: 'short', outcome: { orderSize: '0.1', side: 'long', size: '0.4' } }))}
      />,
    );
    expect(label(root, 'long')).toBe('Buy 0.1 → long 0.6');
    expect(label(root, 'short')).toBe('Sell 0.1 → long 0.4');
    expect(root.querySelector<HTMLElement>('[data-side="short"]')!.dataset.outcome).toBe('long');
  });

  test('Sell 0.7 → short 0.2; an order that closes says so', () => {
    const root = show(
      <OrderPanel
        locale="en-US"
        result={result(side({ side: 'long', estimate: 'none', outcome: { orderSize: '0.5', side: 'flat', size: '0' } }), side({ side: 'short', outcome: { orderSize: '0.7', side: 'short', size: '0.2' } }))}
      />,
    );
    expect(label(root, 'short')).toBe('Sell 0.7 → short 0.2');
    expect(label(root, 'long')).toBe('Buy 0.5 → closed');
  });

  test('privacy mode hides both sizes; no outcome yet: the side alone', () => {
    const root = show(<OrderPanel locale="en-US" privacy result={result(side({ side: 'long', outcome: { orderSize: '0.1', side: 'long', size: '0.6' } }), side({ side: 'short' }))} />);
    expect(label(root, 'long')).toBe('Buy ••• → long •••');
    expect(label(root, 'short')).toBe('Short');
  });
});

describe('the folded panel', () => {
  const loud = result(
    side({
      side: 'long',
      warnings: [
        { kind: 'leverage-high', side: 'long', message: 'Leverage 125x is above 20x', name: 'high leverage' },
        { kind: 'instant-liquidation', side: 'long', message: 'Liquidated on fill', name: 'instant liquidation' },
      ],
      after: { size: '5.5', entryPrice: '59600' },
      outcome: { orderSize: '5', side: 'long', size: '5.5' },
    }),
    side({ side: 'short', estimate: 'unknown', reasons: ['Size: empty'] }),
  );

  test('one line per side: label, estimate and only the loudest warning, with its hooks and look', () => {
    const root = show(<OrderPanel locale="en-US" folded result={loud} />);
    const panel = root.querySelector<HTMLElement>('[data-liqcheck="order-panel"]')!;
    expect(panel.dataset.folded).toBe('true');
    const long = root.querySelector('[data-liqcheck="order"][data-side="long"]')!;
    const shown = [...long.querySelectorAll<HTMLElement>('[data-liqcheck="warning"]')];
    expect(shown.map((w) => [w.dataset.kind, w.dataset.severity])).toEqual([['instant-liquidation', 'danger']]);
    expect(shown[0]!.title).toBe('Liquidated on fill');
    expect(long.textContent).toBe('Buy 5 → long 5.5 50,000.00 instant liquidation');
    // Nothing else: no list, no position after, no reason line, no form-wide notes.
    expect(root.querySelector('ul.warnings, [data-liqcheck="order-after"], .reason')).toBeNull();
    expect(root.querySelector('[data-liqcheck="fold"]')!.getAttribute('aria-expanded')).toBe('false');
  });

  test('open: the whole panel, and the fold button says it can fold', () => {
    const root = show(<OrderPanel locale="en-US" result={loud} />);
    expect(root.querySelector<HTMLElement>('[data-liqcheck="order-panel"]')!.dataset.folded).toBe('false');
    expect(root.querySelectorAll('[data-liqcheck="order"][data-side="long"] li[data-liqcheck="warning"]').length).toBe(2);
    expect(root.querySelector('[data-liqcheck="order-after"]')).not.toBeNull();
    expect(root.querySelector('[data-liqcheck="fold"]')!.getAttribute('aria-label')).toBe('Fold the panel');
  });
});

describe('the fold, mounted and remembered', () => {
  function memory(stored: boolean): FoldMemory & { saved: boolean[] } {
    const saved: boolean[] = [];
    return { saved, load: async () => stored, save: (folded) => void saved.push(folded) };
  }
  function mount(fold: FoldMemory): { hosts: OverlayHosts; root: () => ShadowRoot } {
    const form = document.createElement('form');
    document.body.append(form);
    const hosts = new OverlayHosts({ locale: 'en-US', fold });
    hosts.update({ positions: new Map(), order: form }, { result: result(side({ side: 'long' }), side({ side: 'short' })) });
    return { hosts, root: () => form.lastElementChild!.shadowRoot! };
  }
  const folded = (root: ShadowRoot) => root.querySelector<HTMLElement>('[data-liqcheck="order-panel"]')!.dataset.folded;

  test('the button folds and unfolds, and each change is saved', () => {
    const fold = memory(false);
    const { hosts, root } = mount(fold);
    root().querySelector<HTMLButtonElement>('[data-liqcheck="fold"]')!.click();
    expect(folded(root())).toBe('true');
    root().querySelector<HTMLButtonElement>('[data-liqcheck="fold"]')!.click();
    expect(folded(root())).toBe('false');
    expect(fold.saved).toEqual([true, false]);
    hosts.destroy();
  });

  test('a stored fold applies once loaded, without saving it again', async () => {
    const fold = memory(true);
    const { hosts, root } = mount(fold);
    await expect.poll(() => folded(root())).toBe('true');
    expect(fold.saved).toEqual([]);
    hosts.destroy();
  });
});
