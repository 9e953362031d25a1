// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { EstimatesResult, PositionResult } from '../protocol/estimates';
import { BADGE_TAG, ORDER_TAG, OverlayHosts } from './mount';

// Counts renders issued by mount.ts, to prove unchanged data is not re-rendered.
const renderCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('./dom-jsx/render', async (importOriginal) => {
  const original = await importOriginal<typeof import('./dom-jsx/render')>();
  return {
    render: (...args: Parameters<typeof original.render>) => {
      renderCalls.count += 1;
      return original.render(...args);
    },
  };
});

function position(key: string, estimate: string, displayed: string): PositionResult {
  const [symbol = '', side = 'long'] = key.split(':');
  return {
    key,
    symbol,
    side: side as 'long' | 'short',
    estimate,
    displayed,
    verdict: 'agree',
    reasons: [],
    assumptions: [],
  };
}

function estimates(positions: PositionResult[]): EstimatesResult {
  return {
    symbol: 'BTCUSDT',
    positions,
    order: {
      long: { side: 'long', estimate: '50000', displayed: null, reasons: [], assumptions: [], warnings: [] },
      short: { side: 'short', estimate: '70000', displayed: null, reasons: [], assumptions: [], warnings: [] },
    },
    warnings: [],
  };
}

function element(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The cells of one positions-table row; the Liq. Price cell has class "liq". */
function rowCells(key: string, liquidation: string): HTMLElement[] {
  return [element('td', {}, key), element('td', { class: 'liq' }, liquidation), element('td', {}, 'x')];
}

/** A page with a positions table (one Liq. Price cell per row) and an order form. */
function buildPage(keys: string[]) {
  const form = element('form', { id: 'order-form' }, element('input', { id: 'qty' }));
  const tbody = element('tbody');
  document.body.replaceChildren(form, element('table', {}, tbody));
  const cells = new Map<string, Element>();
  for (const key of keys) {
    const row = element('tr', {}, ...rowCells(key, '--'));
    tbody.append(row);
    cells.set(key, row.querySelector('.liq')!);
  }
  return { cells, form };
}

function serialise(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

function badgeIn(host: Element): HTMLElement {
  const badge = host.shadowRoot?.querySelector<HTMLElement>('[data-liqcheck="position"]');
  if (!badge) throw new Error('no badge in host');
  return badge;
}

let hosts: OverlayHosts;
beforeEach(() => {
  hosts = new OverlayHosts({ locale: 'en-US' });
});
afterEach(() => {
  hosts.destroy();
  document.body.replaceChildren();
});

describe('OverlayHosts', () => {
  test('puts one badge host at the end of each anchor and the order host at the end of the form', () => {
    const { cells, form } = buildPage(['BTCUSDT:long', 'ETHUSDT:short']);
    hosts.update(
      { positions: cells, order: form },
      { result: estimates([position('BTCUSDT:long', '58000.25', '58000.3'), position('ETHUSDT:short', '4100', '4100.00')]) },
    );

    for (const [key, cell] of cells) {
      const host = cell.lastElementChild!;
      expect(host.localName).toBe(BADGE_TAG);
      expect(host.shadowRoot?.mode).toBe('open');
      expect(host.shadowRoot?.querySelector('style')).not.toBeNull();
      expect(badgeIn(host).dataset.symbol).toBe(key.split(':')[0]);
    }
    expect(badgeIn(cells.get('BTCUSDT:long')!.lastElementChild!).dataset.estimate).toBe('58000.25');
    expect(badgeIn(cells.get('ETHUSDT:short')!.lastElementChild!).textContent).toContain('4,100.00');

    const orderHost = form.lastElementChild!;
    expect(orderHost.localName).toBe(ORDER_TAG);
    const sides = orderHost.shadowRoot!.querySelectorAll<HTMLElement>('[data-liqcheck="order"]');
    expect([...sides].map((s) => [s.dataset.side, s.dataset.estimate])).toEqual([
      ['long', '50000'],
      ['short', '70000'],
    ]);
  });

  test('calling twice gives one host per anchor and does not re-render unchanged data', async () => {
    const { cells, form } = buildPage(['BTCUSDT:long']);
    const state = { result: estimates([position('BTCUSDT:long', '58000', '58000')]) };
    hosts.update({ positions: cells, order: form }, state);
    const host = cells.get('BTCUSDT:long')!.lastElementChild!;
    const badgeBefore = badgeIn(host);

    const records: MutationRecord[] = [];
    const pageObserver = new MutationObserver((r) => records.push(...r));
    const shadowObserver = new MutationObserver((r) => records.push(...r));
    const everything = { childList: true, subtree: true, attributes: true, characterData: true };
    pageObserver.observe(document.body, everything);
    shadowObserver.observe(host.shadowRoot!, everything);
    const moves = vi.spyOn(cells.get('BTCUSDT:long')!, 'append');
    const rendersBefore = renderCalls.count;

    // A fresh but equal result object, as the worker would send it again.
    hosts.update({ positions: cells, order: form }, { result: estimates([position('BTCUSDT:long', '58000', '58000')]) });
    hosts.update({ positions: cells, order: form }, state);
    await new Promise((resolve) => setTimeout(resolve, 0)); // observers report asynchronously

    expect(renderCalls.count).toBe(rendersBefore);
    expect(moves).not.toHaveBeenCalled();
    expect(records).toEqual([]);
    pageObserver.disconnect();
    shadowObserver.disconnect();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(document.querySelectorAll(ORDER_TAG)).toHaveLength(1);
    expect(badgeIn(host)).toBe(badgeBefore);
  });

  test('changed data re-renders in place', () => {
    const { cells } = buildPage(['BTCUSDT:long']);
    hosts.update({ positions: cells, order: null }, { result: estimates([position('BTCUSDT:long', '58000', '58000')]) });
    hosts.update({ positions: cells, order: null }, { result: estimates([position('BTCUSDT:long', '57500', '58000')]) });
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(badgeIn(document.querySelector(BADGE_TAG)!).dataset.estimate).toBe('57500');
  });

  test('a host the page re-rendered away is put back', () => {
    const { cells } = buildPage(['BTCUSDT:long']);
    const state = { result: estimates([position('BTCUSDT:long', '58000', '58000')]) };
    hosts.update({ positions: cells, order: null }, state);

    // The page re-renders the row: the old cell and our host go, a new cell comes.
    const row = cells.get('BTCUSDT:long')!.parentElement!;
    row.replaceChildren(...rowCells('BTCUSDT:long', '58,000'));
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    const newCell = row.querySelector('.liq')!;
    hosts.update({ positions: new Map([['BTCUSDT:long', newCell]]), order: null }, state);

    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(newCell.lastElementChild?.localName).toBe(BADGE_TAG);
    expect(badgeIn(newCell.lastElementChild!).dataset.estimate).toBe('58000');
  });

  test('anchor removed and re-added: host re-inserted at its end', () => {
    const { cells } = buildPage(['BTCUSDT:long']);
    const state = { result: estimates([position('BTCUSDT:long', '58000', '58000')]) };
    const cell = cells.get('BTCUSDT:long')!;
    const row = cell.parentElement!;
    hosts.update({ positions: cells, order: null }, state);

    const host = cell.lastElementChild!;
    host.remove();
    cell.remove();
    hosts.update({ positions: cells, order: null }, state); // anchor detached: no host in the page
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);

    row.prepend(cell);
    hosts.update({ positions: cells, order: null }, state);
    expect(cell.lastElementChild?.localName).toBe(BADGE_TAG);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  test('keys that vanish lose their host; the order host goes when the form does', () => {
    const { cells, form } = buildPage(['BTCUSDT:long', 'ETHUSDT:short']);
    const result = estimates([position('BTCUSDT:long', '58000', '58000'), position('ETHUSDT:short', '4100', '4100')]);
    hosts.update({ positions: cells, order: form }, { result });
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);

    const remaining = new Map([['ETHUSDT:short', cells.get('ETHUSDT:short')!]]);
    hosts.update({ positions: remaining, order: null }, { result });
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(badgeIn(document.querySelector(BADGE_TAG)!).dataset.symbol).toBe('ETHUSDT');
    expect(document.querySelectorAll(ORDER_TAG)).toHaveLength(0);
  });

  test('never changes page nodes other than inserting its hosts', () => {
    const { cells, form } = buildPage(['BTCUSDT:long']);
    const before = serialise(document.body);
    expect(before).toContain('class="liq"');
    hosts.update({ positions: cells, order: form }, { result: estimates([position('BTCUSDT:long', '1', '1')]) });
    for (const host of document.querySelectorAll(`${BADGE_TAG}, ${ORDER_TAG}`)) host.remove();
    expect(serialise(document.body)).toBe(before);
  });

  test('pending and stale states reach every host', () => {
    const { cells, form } = buildPage(['BTCUSDT:long']);
    hosts.update({ positions: cells, order: form }, { result: null, pending: true });
    const badgeHost = document.querySelector(BADGE_TAG)!;
    expect(badgeIn(badgeHost).dataset.pending).toBe('true');
    expect(badgeIn(badgeHost).textContent).toContain('checking…');

    const result = estimates([position('BTCUSDT:long', '58000', '58000')]);
    hosts.update({ positions: cells, order: form }, { result });
    expect(badgeIn(badgeHost).dataset.estimate).toBe('58000');

    hosts.update({ positions: cells, order: form }, { result, stale: true });
    expect(badgeIn(badgeHost).dataset.stale).toBe('true');
    expect(badgeIn(badgeHost).dataset.estimate).toBe('unknown');
    const orderSides = document.querySelector(ORDER_TAG)!.shadowRoot!.querySelectorAll<HTMLElement>('[data-liqcheck="order"]');
    expect([...orderSides].map((s) => s.dataset.stale)).toEqual(['true', 'true']);
  });

  test('a row with no answer yet shows checking…, not a number', () => {
    const { cells } = buildPage(['BTCUSDT:long', 'ETHUSDT:short']);
    hosts.update({ positions: cells, order: null }, { result: estimates([position('BTCUSDT:long', '58000', '58000')]) });
    const eth = badgeIn(cells.get('ETHUSDT:short')!.lastElementChild!);
    expect(eth.dataset.estimate).toBe('unknown');
    expect(eth.dataset.pending).toBe('true');
    expect(eth.closest('[data-key]')).toBeNull(); // inside the shadow root; the key is on the host
    expect(cells.get('ETHUSDT:short')!.lastElementChild!.getAttribute('data-key')).toBe('ETHUSDT:short');
  });

  test('keyboard and input events stop at the host', () => {
    const { cells, form } = buildPage(['BTCUSDT:long']);
    hosts.update({ positions: cells, order: form }, { result: estimates([position('BTCUSDT:long', '1', '1')]) });
    const pageHotkeys = vi.fn();
    for (const type of ['keydown', 'keyup', 'keypress', 'input']) document.addEventListener(type, pageHotkeys);

    for (const host of document.querySelectorAll(`${BADGE_TAG}, ${ORDER_TAG}`)) {
      const inner = host.shadowRoot!.querySelector('[data-liqcheck]')!;
      inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true, composed: true }));
      inner.dispatchEvent(new KeyboardEvent('keyup', { key: 'b', bubbles: true, composed: true }));
      inner.dispatchEvent(new KeyboardEvent('keypress', { key: 'b', bubbles: true, composed: true }));
      inner.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    expect(pageHotkeys).not.toHaveBeenCalled();

    // Control: the same event from a page node does reach the page's listener.
    document.getElementById('qty')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
    expect(pageHotkeys).toHaveBeenCalledTimes(1);
    for (const type of ['keydown', 'keyup', 'keypress', 'input']) document.removeEventListener(type, pageHotkeys);
  });

  test('isOwnNode: hosts and their shadow content, not page nodes', () => {
    const { cells, form } = buildPage(['BTCUSDT:long']);
    hosts.update({ positions: cells, order: form }, { result: estimates([position('BTCUSDT:long', '1', '1')]) });
    const host = document.querySelector(BADGE_TAG)!;
    expect(hosts.isOwnNode(host)).toBe(true);
    expect(hosts.isOwnNode(host.shadowRoot!)).toBe(true);
    expect(hosts.isOwnNode(badgeIn(host))).toBe(true);
    expect(hosts.isOwnNode(badgeIn(host).firstChild!)).toBe(true);
    expect(hosts.isOwnNode(cells.get('BTCUSDT:long')!)).toBe(false);
    expect(hosts.isOwnNode(form)).toBe(false);
    expect(hosts.isOwnNode(document.body)).toBe(false);
    // A look-alike the page made is not ours.
    expect(hosts.isOwnNode(document.createElement(BADGE_TAG))).toBe(false);
    // A host removed earlier still counts (its removal shows up in mutation records).
    hosts.update({ positions: new Map(), order: form }, { result: null });
    expect(host.isConnected).toBe(false);
    expect(hosts.isOwnNode(host)).toBe(true);
  });

  test('destroy removes every host', () => {
    const { cells, form } = buildPage(['BTCUSDT:long', 'ETHUSDT:short']);
    hosts.update({ positions: cells, order: form }, { result: null });
    expect(document.querySelectorAll(`${BADGE_TAG}, ${ORDER_TAG}`)).toHaveLength(3);
    hosts.destroy();
    expect(document.querySelectorAll(`${BADGE_TAG}, ${ORDER_TAG}`)).toHaveLength(0);
  });

  test('an unconfirmed reading marks every badge and the order panel', () => {
    const { cells, form } = buildPage(['BTCUSDT:long']);
    const result = estimates([position('BTCUSDT:long', '58000.25', '58000.3')]);
    hosts.update({ positions: cells, order: form }, { result });
    const marks = () => [cells.get('BTCUSDT:long')!.lastElementChild!, form.lastElementChild!].map((host) => host.shadowRoot!.querySelector('[data-liqcheck="unconfirmed"]') !== null);
    expect(marks()).toEqual([false, false]);
    hosts.update({ positions: cells, order: form }, { result, unconfirmed: true });
    expect(marks()).toEqual([true, true]);
  });
});
