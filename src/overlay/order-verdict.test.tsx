// @vitest-environment happy-dom
/** @jsxImportSource ./dom-jsx */
// The pre-trade side's verdict against the page's own figure (issue 21): shown after the estimate
// where the worker gave one, absent where the page shows no figure of its own.
import { afterEach, describe, expect, test } from 'vitest';
import type { OrderSideResult } from '../protocol/estimates';
import { render } from './dom-jsx/render';
import { OrderSide } from './order-side';

let container: HTMLElement;
function show(result: OrderSideResult): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<OrderSide side={result.side} result={result} placeholder="" locale="en-US" />, container);
  return container.querySelector<HTMLElement>('[data-liqcheck="order"]')!;
}

afterEach(() => container.remove());

const base: OrderSideResult = { side: 'long', estimate: '57308.4002', displayed: '57308.4', reasons: [], assumptions: [], warnings: [] };

describe('OrderSide verdict', () => {
  test('agrees with the page figure', () => {
    const block = show({ ...base, verdict: 'agree' });
    expect(block.getAttribute('data-verdict')).toBe('agree');
    expect(block.querySelector('[data-liqcheck="order-verdict"]')?.textContent).toMatch(/agree/i);
  });

  test('differs by the given percent', () => {
    const block = show({ ...base, displayed: '58308.4', verdict: 'differs', differencePercent: '-1.72' });
    expect(block.getAttribute('data-verdict')).toBe('differs');
    expect(block.querySelector('[data-liqcheck="order-verdict"]')?.textContent).toContain('1.72');
  });

  test('no verdict where the page shows no figure', () => {
    const block = show({ ...base, displayed: null });
    expect(block.hasAttribute('data-verdict')).toBe(false);
    expect(block.querySelector('[data-liqcheck="order-verdict"]')).toBeNull();
  });
});
