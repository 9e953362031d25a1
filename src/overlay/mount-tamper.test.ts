// @vitest-environment happy-dom
// A page script can reach the overlay's open shadow roots (kept open for the test hooks): whatever it
// changes in a host is noticed and the host is built again from the worker's answer on the next update.
import { describe, expect, test, vi } from 'vitest';
import type { EstimatesResult, PositionResult } from '../protocol/estimates';
import { BADGE_TAG, ORDER_TAG, OverlayHosts } from './mount';

const differs: PositionResult = {
  key: 'ETHUSDT:short', symbol: 'ETHUSDT', side: 'short', estimate: '4233.0677', displayed: '3400.00', verdict: 'differs', reasons: [], assumptions: [],
};
const result: EstimatesResult = {
  symbol: 'ETHUSDT',
  positions: [differs],
  order: {
    long: { side: 'long', estimate: '50000', displayed: null, reasons: [], assumptions: [], warnings: [] },
    short: { side: 'short', estimate: '70000', displayed: null, reasons: [], assumptions: [], warnings: [] },
  },
  warnings: [],
};

function page() {
  document.body.replaceChildren();
  const cell = document.createElement('td');
  cell.textContent = '3,400.00';
  const form = document.createElement('form');
  document.body.append(cell, form);
  return { positions: new Map([[differs.key, cell as Element]]), order: form as Element };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const badgeOf = () => document.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('[data-liqcheck="position"]')!;

describe('a host changed by the page', () => {
  test('is noticed, reported once per change, and built again on the next update', async () => {
    const onTampered = vi.fn();
    const overlay = new OverlayHosts({ onTampered });
    const anchors = page();
    overlay.update(anchors, { result });
    await flush();
    // Our own renders are not tampering.
    expect(onTampered).not.toHaveBeenCalled();
    expect(badgeOf().getAttribute('data-verdict')).toBe('differs');

    badgeOf().setAttribute('data-verdict', 'agree');
    badgeOf().textContent = 'agrees';
    await flush();
    expect(onTampered).toHaveBeenCalled();

    overlay.update(anchors, { result });
    expect(badgeOf().getAttribute('data-verdict')).toBe('differs');
    expect(badgeOf().textContent).not.toContain('agrees');
    onTampered.mockClear();
    await flush();
    expect(onTampered).not.toHaveBeenCalled();
  });

  test('text written into the host itself is removed, and the order panel is rebuilt too', async () => {
    const overlay = new OverlayHosts({ onTampered: () => undefined });
    const anchors = page();
    overlay.update(anchors, { result });
    const host = document.querySelector(BADGE_TAG)!;
    host.append('4,233.07');
    const order = document.querySelector(ORDER_TAG)!;
    const panel = order.shadowRoot!.querySelector('[data-liqcheck="order"][data-side="long"]')!;
    panel.setAttribute('data-estimate', '1');
    await flush();
    overlay.update(anchors, { result });
    expect(host.childNodes).toHaveLength(0);
    expect(order.shadowRoot!.querySelector('[data-liqcheck="order"][data-side="long"]')!.getAttribute('data-estimate')).toBe('50000');
  });
});
