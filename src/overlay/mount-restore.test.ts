// @vitest-environment happy-dom
// A page that commits a cell's text with `textContent` takes the badge's host out with the old text
// (React DOM does so when the text is not the cell's only child). The host goes back into its cell
// before the next paint, the same element with its rendered badge; a page that removes it on sight
// gets it back a bounded number of times, then at the next update.
import { describe, expect, test } from 'vitest';
import type { EstimatesResult, PositionResult } from '../protocol/estimates';
import { BADGE_TAG, OverlayHosts } from './mount';

const position: PositionResult = {
  key: 'BTCUSDT:long', symbol: 'BTCUSDT', side: 'long', estimate: '57228.9', displayed: '57228.9', verdict: 'agree', reasons: [], assumptions: [],
};
const result: EstimatesResult = { symbol: 'BTCUSDT', positions: [position], order: null, warnings: [] };

function page() {
  document.body.replaceChildren();
  const cell = document.createElement('div');
  cell.textContent = '57,228.9';
  document.body.append(cell);
  return { cell, anchors: { positions: new Map([[position.key, cell as Element]]), order: null } };
}

/** Lets MutationObserver callbacks run (they are microtasks), without ending the task's budget. */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const badgeIn = (cell: Element) => cell.querySelector(BADGE_TAG)?.shadowRoot?.querySelector('[data-liqcheck="position"]') ?? null;

describe('a badge whose cell the page rewrites', () => {
  test('is back in its cell, the same host with its badge, before the next task', async () => {
    const overlay = new OverlayHosts();
    const { cell, anchors } = page();
    overlay.update(anchors, { result });
    const host = cell.querySelector(BADGE_TAG);
    expect(host).not.toBeNull();

    for (const text of ['57,230.0', '57,231.5', '57,229.0']) {
      cell.textContent = text;
      expect(cell.querySelector(BADGE_TAG)).toBeNull();
      await microtasks();
      expect(cell.querySelector(BADGE_TAG)).toBe(host);
      expect(cell.firstChild?.textContent).toBe(text);
      expect(badgeIn(cell)?.getAttribute('data-verdict')).toBe('agree');
      await nextTask();
    }
  });

  test('a page that removes it on sight gets it back twice a task, then at the next update', async () => {
    const overlay = new OverlayHosts();
    const { cell, anchors } = page();
    overlay.update(anchors, { result });
    const host = cell.querySelector(BADGE_TAG)!;
    let removals = 0;
    const hostile = new MutationObserver(() => {
      if (host.parentNode && removals < 50) {
        removals++;
        host.remove();
      }
    });
    hostile.observe(cell, { childList: true });
    cell.textContent = '57,230.0';
    await microtasks();
    await nextTask();
    // The first removal is the page's text commit; each of our two restores was removed again.
    expect(removals).toBe(2);
    expect(cell.querySelector(BADGE_TAG)).toBeNull();
    hostile.disconnect();
    overlay.update(anchors, { result });
    expect(cell.querySelector(BADGE_TAG)).toBe(host);
  });

  test('a cell taken off the page keeps the host with it; a new cell gets the host and the old one is let go', async () => {
    const overlay = new OverlayHosts();
    const { cell, anchors } = page();
    overlay.update(anchors, { result });
    const host = cell.querySelector(BADGE_TAG)!;
    cell.remove();
    await microtasks();
    expect(host.parentNode).toBe(cell);

    const fresh = document.createElement('div');
    fresh.textContent = '57,228.9';
    document.body.append(fresh);
    overlay.update({ positions: new Map([[position.key, fresh]]), order: null }, { result });
    expect(host.parentNode).toBe(fresh);
    // The old cell is no longer watched: text written there does not pull the host back.
    cell.textContent = 'x';
    fresh.textContent = '57,229.9';
    await microtasks();
    expect(host.parentNode).toBe(fresh);
  });
});
