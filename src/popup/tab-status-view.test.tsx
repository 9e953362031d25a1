// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { missing, order, row, snapshot } from '../background/testing/make-snapshot';
import type { PageSnapshot } from '../protocol/snapshot';
import { TabStatusView } from './tab-status-view';

let container: HTMLElement;
async function show(snap: PageSnapshot): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<TabStatusView status={{ type: 'tab-status', venue: snap.venue, symbol: snap.symbol, snapshot: snap }} />, container);
  });
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

const part = (root: HTMLElement, name: string) => root.querySelector<HTMLElement>(`[data-liqcheck="read-status"] [data-part="${name}"]`);
const field = (root: HTMLElement, name: string, f: string) => part(root, name)?.querySelector(`[data-field="${f}"]`)?.textContent ?? null;

// Longer than any cut a line of text would make: the popup shows it whole.
const LONG = `size: unit "Cont" is neither BTC nor USDT; the field's label reads "${'Amount '.repeat(20).trim()}"`;

describe('TabStatusView: what failed, field by field', () => {
  it('names every field that failed in each panel, with its reason in full', async () => {
    const form = { ...order({ size: '1', leverage: '10', mode: 'cross' }), size: missing(LONG), leverage: missing('leverage: no "x" in "Cross"'), positionMode: missing('position mode: no Open/Close tabs found') };
    const bad = { ...row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '2', entry: '3000', mark: '3001' }), entryPrice: missing('Entry Price: shows "--"') };
    const snap = snapshot({ order: form, rows: [bad], declared: 3, wallet: '1000' });
    const root = await show(snap);
    // Market: the mark price, named, with the reader's reason.
    expect(field(root, 'Market', 'markPrice')).toBe('mark price: Mark: not shown');
    // Order form: each failed field once, untruncated.
    expect(field(root, 'Order form', 'size')).toBe(LONG);
    expect(field(root, 'Order form', 'leverage')).toBe('leverage: no "x" in "Cross"');
    expect(field(root, 'Order form', 'positionMode')).toBe('position mode: no Open/Close tabs found');
    expect(field(root, 'Order form', 'displayedLiquidation.long')).toBe("page's long liquidation price: Liq. Price: not shown");
    expect(field(root, 'Order form', 'price')).toBe('Price: empty');
    expect(field(root, 'Order form', 'orderType')).toBeNull();
    // Positions: found, how many rows, what the page announced; the row's unreadable cells.
    expect(part(root, 'Positions panel')?.getAttribute('data-found')).toBe('true');
    expect(part(root, 'Positions panel')?.textContent).toContain('rows read: 1, the page announces 3');
    expect(field(root, 'ETHUSDT short', 'entryPrice')).toBe('Entry Price: shows "--"');
    expect(field(root, 'ETHUSDT short', 'marginRatio')).toBe('Margin Ratio: shows "--"');
    // A part read in full lists nothing.
    expect(part(root, 'Account')?.querySelectorAll('[data-field]').length).toBe(0);
  });

  it('says which panel was not found at all', async () => {
    const root = await show({ ...snapshot({}), order: null, positions: null, account: null });
    for (const name of ['Order form', 'Positions panel', 'Account']) expect(part(root, name)?.getAttribute('data-found')).toBe('false');
    expect(part(root, 'Market')?.getAttribute('data-found')).toBe('true');
    expect(field(root, 'Positions panel', 'panel')).toBe('the positions panel was not found on the page');
    expect(field(root, 'Order form', 'panel')).toBe('the order form was not found on the page');
  });

  it('keeps the one-line summary of a part read in full', async () => {
    const snap = snapshot({ order: order({ price: '1', size: '1', leverage: '10', mode: 'cross' }), wallet: '5' });
    const root = await show(snap);
    expect(part(root, 'Account')?.textContent).toBe('Account: read 1 of 1');
  });

  it("says when the venue's page reading is unconfirmed", async () => {
    const root = await show({ ...snapshot({ venue: 'bitget' }), unconfirmed: true });
    expect(root.querySelector('[data-liqcheck="unconfirmed"]')?.textContent).toBe('Bitget page reading is unconfirmed: no real page has been checked');
    render(null, container);
    container.remove();
    const other = await show(snapshot({ venue: 'okx' }));
    expect(other.querySelector('[data-liqcheck="unconfirmed"]')).toBeNull();
  });
});
