// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
import type { Child } from './dom-jsx/jsx-runtime';
import { render } from './dom-jsx/render';
import { afterEach, describe, expect, test } from 'vitest';
import type { EstimatesResult, OrderSideResult } from '../protocol/estimates';
import { OrderPanel } from './order-panel';

function side(overrides: Partial<OrderSideResult> & Pick<OrderSideResult, 'side'>): OrderSideResult {
  return { estimate: 'unknown', displayed: null, reasons: [], assumptions: [], warnings: [], ...overrides };
}

function result(order: EstimatesResult['order'], warnings: EstimatesResult['warnings'] = []): EstimatesResult {
  return { symbol: 'BTCUSDT', positions: [], order, warnings };
}

let container: HTMLElement;
function show(element: Child): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(element, container);
  return container;
}
function sideBlock(side: 'long' | 'short'): HTMLElement {
  const block = container.querySelector<HTMLElement>(`[data-liqcheck="order"][data-side="${side}"]`);
  if (!block) throw new Error(`no ${side} block`);
  return block;
}

afterEach(() => {
  container.replaceChildren();
  container.remove();
});

describe('OrderPanel', () => {
  test('one block per side with its estimate and its own warnings', () => {
    show(
      <OrderPanel
        locale="en-US"
        result={result(
          {
            long: side({
              side: 'long',
              estimate: '54321.987',
              warnings: [{ kind: 'leverage-high', side: 'long', message: 'Leverage 100x: 1 % move liquidates' }],
            }),
            short: side({
              side: 'short',
              estimate: '66000.1',
              displayed: '66010.25',
              warnings: [
                { kind: 'tier-jump', side: 'short', message: 'Order moves the position to tier 3' },
                { kind: 'notional-above-cap', side: 'short', message: 'Above the 125x cap' },
              ],
            }),
          },
          [{ kind: 'stale-market-data', message: 'Tier table is 9 days old' }],
        )}
      />,
    );
    const long = sideBlock('long');
    const short = sideBlock('short');
    expect(long.dataset.estimate).toBe('54321.987');
    expect(short.dataset.estimate).toBe('66000.1');
    expect(short.dataset.displayed).toBe('66010.25');
    expect(long.hasAttribute('data-displayed')).toBe(false);
    expect(long.textContent).toContain('54,321.99'); // no page figure: 2 decimals
    expect(short.textContent).toContain('66,000.10'); // page figure has 2 decimals

    const longWarnings = long.querySelectorAll<HTMLElement>('[data-liqcheck="warning"]');
    expect([...longWarnings].map((w) => [w.dataset.kind, w.dataset.side, w.textContent])).toEqual([
      ['leverage-high', 'long', 'Leverage 100x: 1 % move liquidates'],
    ]);
    const shortKinds = [...short.querySelectorAll<HTMLElement>('[data-liqcheck="warning"]')].map((w) => w.dataset.kind);
    expect(shortKinds).toEqual(['tier-jump', 'notional-above-cap']);

    const all = [...container.querySelectorAll<HTMLElement>('[data-liqcheck="warning"]')];
    const general = all.filter((w) => !long.contains(w) && !short.contains(w));
    expect(general).toHaveLength(1);
    expect(general[0]?.dataset.kind).toBe('stale-market-data');
    expect(general[0]?.hasAttribute('data-side')).toBe(false);
    // A note is one quiet mark in the title, its words visually hidden and in the mark's tooltip.
    expect(general[0]?.classList.contains('sr-only')).toBe(true);
    const marks = container.querySelectorAll<HTMLElement>('.order-title [data-liqcheck="market-data"]');
    expect([...marks].map((m) => m.title)).toEqual(['Tier table is 9 days old']);
  });

  test('none and unknown sides say so in words with the reason', () => {
    show(
      <OrderPanel
        locale="en-US"
        result={result({
          long: side({ side: 'long', estimate: 'none', reasons: ['the order closes the position'] }),
          short: side({
            side: 'short',
            estimate: 'unknown',
            reasons: ['position mode cannot be read'],
            warnings: [{ kind: 'cannot-read', side: 'short', message: 'No Open/Close tabs found' }],
          }),
        })}
      />,
    );
    expect(sideBlock('long').dataset.estimate).toBe('none');
    expect(sideBlock('long').textContent).toContain('no liquidation price');
    expect(sideBlock('long').textContent).toContain('the order closes the position');
    expect(sideBlock('short').dataset.estimate).toBe('unknown');
    expect(sideBlock('short').textContent).toContain('cannot verify');
    expect(sideBlock('short').textContent).toContain('position mode cannot be read');
    expect(sideBlock('short').textContent).not.toMatch(/\d/);
    const warning = sideBlock('short').querySelector<HTMLElement>('[data-liqcheck="warning"]');
    expect(warning?.dataset.kind).toBe('cannot-read');
  });

  test('order form not read: both sides unknown', () => {
    show(<OrderPanel locale="en-US" result={result(null)} />);
    for (const s of ['long', 'short'] as const) {
      expect(sideBlock(s).dataset.estimate).toBe('unknown');
      expect(sideBlock(s).textContent).toContain('cannot verify');
    }
  });

  test('pending: checking… on both sides', () => {
    show(<OrderPanel locale="en-US" result={null} pending />);
    for (const s of ['long', 'short'] as const) {
      expect(sideBlock(s).dataset.estimate).toBe('unknown');
      expect(sideBlock(s).dataset.pending).toBe('true');
      expect(sideBlock(s).textContent).toContain('checking…');
    }
  });

  test('stale: numbers hidden, data-stale set', () => {
    show(
      <OrderPanel
        locale="en-US"
        stale
        result={result({ long: side({ side: 'long', estimate: '50000' }), short: side({ side: 'short', estimate: '70000' }) })}
      />,
    );
    for (const s of ['long', 'short'] as const) {
      expect(sideBlock(s).dataset.stale).toBe('true');
      expect(sideBlock(s).dataset.estimate).toBe('unknown');
      expect(sideBlock(s).textContent).toContain('stale: no fresh estimate');
    }
    expect(container.textContent).not.toContain('50,000');
    expect(container.textContent).not.toContain('70,000');
  });

  test('warning text with HTML renders as text only', () => {
    const evil = '<b>bold</b><script>window.pwned=1</script>';
    show(
      <OrderPanel
        locale="en-US"
        result={result(
          {
            long: side({ side: 'long', estimate: 'unknown', reasons: [evil], warnings: [{ kind: 'cannot-read', message: evil }] }),
            short: side({ side: 'short', estimate: '1' }),
          },
          [{ kind: 'cannot-read', message: evil }],
        )}
      />,
    );
    expect(container.querySelector('b, script')).toBeNull();
    expect(sideBlock('long').textContent).toContain(evil);
  });

  test('unconfirmed reading: the panel carries the mark and says why', () => {
    show(<OrderPanel locale="en-US" result={result({ long: side({ side: 'long' }), short: side({ side: 'short' }) })} unconfirmed />);
    const mark = container.querySelector<HTMLElement>('[data-liqcheck="unconfirmed"]');
    expect(mark?.textContent).toBe('unconfirmed');
    expect(container.querySelector('[data-liqcheck="unconfirmed-note"]')?.textContent).toBe("This exchange's page reading is unconfirmed: no real page has been checked");
    container.replaceChildren();
    container.remove();
    show(<OrderPanel locale="en-US" result={null} pending />);
    expect(container.querySelector('[data-liqcheck="unconfirmed"]')).toBeNull();
  });
});
