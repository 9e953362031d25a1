// @vitest-environment happy-dom
// The content script calls update() every frame the page changes; an answer that did not change must
// cost no DOM work at all: no mutation in the page, none inside the hosts' shadow roots.
import { afterEach, describe, expect, it } from 'vitest';
import type { EstimatesResult } from '../protocol/estimates';
import { OverlayHosts } from './mount';

function result(estimate: string): EstimatesResult {
  return {
    symbol: 'BTCUSDT',
    positions: [{ key: 'BTCUSDT:long', symbol: 'BTCUSDT', side: 'long', estimate, displayed: '58000.3', verdict: 'agree', reasons: [], assumptions: [] }],
    order: {
      long: { side: 'long', estimate: '50000', displayed: null, reasons: [], assumptions: [], warnings: [] },
      short: { side: 'short', estimate: '70000', displayed: null, reasons: [], assumptions: [], warnings: [] },
    },
    warnings: [],
  };
}

function page() {
  const cell = document.createElement('td');
  cell.textContent = '58,000.3';
  const form = document.createElement('form');
  document.body.replaceChildren(cell, form);
  return { cell, form };
}

/** Every mutation in the document and inside the hosts' shadow roots while `act` runs. */
async function mutationsDuring(act: () => void): Promise<number> {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  observer.observe(document.body, options);
  for (const el of document.body.querySelectorAll('*')) if (el.shadowRoot) observer.observe(el.shadowRoot, options);
  act();
  await new Promise((resolve) => setTimeout(resolve, 0));
  count += observer.takeRecords().length;
  observer.disconnect();
  return count;
}

let hosts: OverlayHosts;
afterEach(() => {
  hosts.destroy();
  document.body.replaceChildren();
});

describe('OverlayHosts.update with an unchanged answer', () => {
  it('the same answer again: no mutation; a new answer: mutations (the probe can see them)', async () => {
    hosts = new OverlayHosts({ locale: 'en-US' });
    const { cell, form } = page();
    const answer = result('58000.25');
    hosts.update({ positions: new Map([['BTCUSDT:long', cell]]), order: form }, { result: answer });
    // New anchor maps with the same cells, the same answer object, as each frame brings them.
    expect(await mutationsDuring(() => hosts.update({ positions: new Map([['BTCUSDT:long', cell]]), order: form }, { result: answer }))).toBe(0);
    // An equal answer in a new object (the worker re-estimated the same snapshot).
    expect(await mutationsDuring(() => hosts.update({ positions: new Map([['BTCUSDT:long', cell]]), order: form }, { result: result('58000.25') }))).toBe(0);
    expect(await mutationsDuring(() => hosts.update({ positions: new Map([['BTCUSDT:long', cell]]), order: form }, { result: result('57000') }))).toBeGreaterThan(0);
  });

  it('a host the page removed is put back even when the answer is unchanged', () => {
    hosts = new OverlayHosts({ locale: 'en-US' });
    const { cell, form } = page();
    const answer = result('58000.25');
    hosts.update({ positions: new Map([['BTCUSDT:long', cell]]), order: form }, { result: answer });
    const host = cell.lastElementChild;
    host?.remove();
    hosts.update({ positions: new Map([['BTCUSDT:long', cell]]), order: form }, { result: answer });
    expect(cell.lastElementChild).toBe(host);
    expect(host?.shadowRoot?.querySelector('[data-liqcheck="position"]')?.getAttribute('data-estimate')).toBe('58000.25');
  });
});
