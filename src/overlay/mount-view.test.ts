// @vitest-environment happy-dom
// The trader's settings in the mounted overlay: theme class, privacy, compact default and the
// per-badge toggle that outlives re-renders.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EstimatesResult, PositionResult } from '../protocol/estimates';
import { OverlayHosts, type OverlayAnchors } from './mount';
import { DEFAULT_VIEW } from './overlay-view';

function position(key: string, estimate = '58000'): PositionResult {
  const [symbol = '', side = 'long'] = key.split(':');
  return {
    key,
    symbol,
    side: side as 'long',
    estimate,
    displayed: estimate,
    verdict: 'agree',
    reasons: [],
    assumptions: [],
    metrics: { markPrice: '61000', equity: '1500.5', settlementAsset: 'USDT' },
  };
}
function result(estimate = '58000'): EstimatesResult {
  return {
    symbol: 'BTCUSDT',
    positions: [position('BTCUSDT:long', estimate), position('ETHUSDT:short')],
    order: { long: { side: 'long', estimate: '1', displayed: null, reasons: [], assumptions: [], warnings: [], after: { size: '2.5' } }, short: { side: 'short', estimate: '2', displayed: null, reasons: [], assumptions: [], warnings: [] } },
    warnings: [],
  };
}

let hosts: OverlayHosts;
let anchors: OverlayAnchors;
beforeEach(() => {
  const cells = new Map<string, Element>();
  for (const key of ['BTCUSDT:long', 'ETHUSDT:short']) {
    const cell = document.createElement('td');
    document.body.append(cell);
    cells.set(key, cell);
  }
  const form = document.createElement('form');
  document.body.append(form);
  anchors = { positions: cells, order: form };
});
afterEach(() => {
  hosts.destroy();
  document.body.replaceChildren();
});

function shadow(key: string): ShadowRoot {
  return anchors.positions.get(key)!.lastElementChild!.shadowRoot!;
}
const details = (key: string) => shadow(key).querySelector('[data-liqcheck="position-details"]');
const toggle = (key: string) => shadow(key).querySelector<HTMLButtonElement>('[data-liqcheck="toggle"]')!;
const orderRoot = () => anchors.order!.lastElementChild!.shadowRoot!;

describe('OverlayHosts with settings', () => {
  test('compact by default; the toggle opens one badge and it stays open through new data', () => {
    hosts = new OverlayHosts({ locale: 'en-US', view: DEFAULT_VIEW });
    hosts.update(anchors, { result: result() });
    expect(details('BTCUSDT:long')).toBeNull();
    toggle('BTCUSDT:long').click();
    expect(details('BTCUSDT:long')).not.toBeNull();
    expect(toggle('BTCUSDT:long').getAttribute('aria-expanded')).toBe('true');
    expect(details('ETHUSDT:short')).toBeNull();
    hosts.update(anchors, { result: result('57000') });
    expect(details('BTCUSDT:long')).not.toBeNull();
    expect(shadow('BTCUSDT:long').querySelector<HTMLElement>('[data-liqcheck="position"]')!.dataset.estimate).toBe('57000');
    toggle('BTCUSDT:long').click();
    expect(details('BTCUSDT:long')).toBeNull();
  });

  test('the toggle keeps the focus across the re-render it causes', () => {
    hosts = new OverlayHosts({ locale: 'en-US' });
    hosts.update(anchors, { result: result() });
    const button = toggle('BTCUSDT:long');
    button.focus();
    button.click();
    // A re-render builds new nodes: the focus moves to the new toggle.
    expect(button.isConnected).toBe(false);
    expect(toggle('BTCUSDT:long').getAttribute('aria-expanded')).toBe('true');
    expect(shadow('BTCUSDT:long').activeElement).toBe(toggle('BTCUSDT:long'));
    toggle('BTCUSDT:long').click();
    expect(toggle('BTCUSDT:long').getAttribute('aria-expanded')).toBe('false');
    expect(shadow('BTCUSDT:long').activeElement).toBe(toggle('BTCUSDT:long'));
  });

  test('a re-render takes no focus the overlay did not have', () => {
    hosts = new OverlayHosts({ locale: 'en-US' });
    hosts.update(anchors, { result: result() });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    toggle('BTCUSDT:long').click();
    expect(details('BTCUSDT:long')).not.toBeNull();
    expect(shadow('BTCUSDT:long').activeElement).toBeNull();
    expect(document.activeElement).toBe(input);
  });

  test('compact off: every badge starts expanded; a badge closed by the trader stays closed', () => {
    hosts = new OverlayHosts({ locale: 'en-US', view: { ...DEFAULT_VIEW, compact: false } });
    hosts.update(anchors, { result: result() });
    expect(details('BTCUSDT:long')).not.toBeNull();
    expect(details('ETHUSDT:short')).not.toBeNull();
    toggle('ETHUSDT:short').click();
    hosts.setView({ ...DEFAULT_VIEW, compact: false, theme: 'dark' });
    expect(details('ETHUSDT:short')).toBeNull();
    expect(details('BTCUSDT:long')).not.toBeNull();
  });

  test('theme: the class on every host\'s root follows setView', () => {
    hosts = new OverlayHosts({ locale: 'en-US' });
    hosts.update(anchors, { result: result() });
    const classes = () => [shadow('BTCUSDT:long'), orderRoot()].map((root) => root.querySelector('.lc')!.className);
    expect(classes()).toEqual(['lc theme-auto', 'lc theme-auto']);
    hosts.setView({ ...DEFAULT_VIEW, theme: 'light' });
    expect(classes()).toEqual(['lc theme-light', 'lc theme-light']);
    hosts.setView({ ...DEFAULT_VIEW, theme: 'dark' });
    expect(classes()).toEqual(['lc theme-dark', 'lc theme-dark']);
  });

  test('privacy on and off re-renders the amounts in badges and the order panel', () => {
    hosts = new OverlayHosts({ locale: 'en-US', view: { ...DEFAULT_VIEW, compact: false } });
    hosts.update(anchors, { result: result() });
    const equity = () => shadow('BTCUSDT:long').querySelector('[data-metric="equity"] dd')!.textContent;
    const size = () => orderRoot().querySelector('[data-metric="size"] dd')!.textContent;
    expect(equity()).toBe('1,500.50 USDT');
    expect(size()).toBe('2.5');
    hosts.setView({ ...DEFAULT_VIEW, compact: false, privacy: true });
    expect(equity()).toBe('•••');
    expect(size()).toBe('•••');
    hosts.setView({ ...DEFAULT_VIEW, compact: false });
    expect(equity()).toBe('1,500.50 USDT');
  });
});

describe('rendering only what changed', () => {
  async function mutationsDuring(root: ShadowRoot, change: () => void): Promise<number> {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    change();
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    return records.length;
  }
  function withEquity(equity: string): EstimatesResult {
    const r = result();
    r.positions[0]!.metrics = { ...r.positions[0]!.metrics, equity };
    return r;
  }

  test('a compact badge is left alone when only its figures move; an expanded one shows the new figure', async () => {
    hosts = new OverlayHosts({ locale: 'en-US' });
    hosts.update(anchors, { result: withEquity('1500.5') });
    expect(await mutationsDuring(shadow('BTCUSDT:long'), () => hosts.update(anchors, { result: withEquity('1499.25') }))).toBe(0);

    toggle('BTCUSDT:long').click();
    expect(shadow('BTCUSDT:long').querySelector('[data-metric="equity"] dd')!.textContent).toBe('1,499.25 USDT');
    expect(await mutationsDuring(shadow('BTCUSDT:long'), () => hosts.update(anchors, { result: withEquity('1498') }))).toBeGreaterThan(0);
    expect(shadow('BTCUSDT:long').querySelector('[data-metric="equity"] dd')!.textContent).toBe('1,498.00 USDT');
  });
});
