// @vitest-environment happy-dom
// reportRecords: what the page watcher tells the content script about a batch of mutation records.
import { describe, expect, it } from 'vitest';
import { reportRecords, watchPage } from './page-watcher';

function observed() {
  const root = document.createElement('div');
  for (const [tag, id, text] of [['span', 'mark', '61,000.0'], ['span', 'pnl', '+1.00'], ['liqcheck-badge', 'own', '']] as const) {
    const el = document.createElement(tag);
    el.id = id;
    el.textContent = text;
    root.append(el);
  }
  document.body.replaceChildren(root);
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const el = (id: string) => root.querySelector(`#${id}`)!;
  return { root, el, take: () => observer.takeRecords() };
}

describe('reportRecords', () => {
  it('reports each changed cell once, and not our own nodes', () => {
    const { el, take } = observed();
    el('mark').textContent = '61,000.1';
    el('mark').textContent = '61,000.2';
    el('pnl').textContent = '+1.05';
    el('own').setAttribute('data-x', '1');
    el('own').appendChild(document.createElement('span'));
    const reported: (Node | null)[] = [];
    reportRecords(take(), (node) => node === el('own') || el('own').contains(node), (node) => reported.push(node));
    expect(reported).toEqual([el('mark'), el('pnl')]);
  });

  it('skips a cell already reported since the last reading without asking whether it is ours', () => {
    const { el, take } = observed();
    el('mark').textContent = '61,000.1';
    el('pnl').textContent = '+1.05';
    const asked: Node[] = [];
    const reported: (Node | null)[] = [];
    const isOwn = (node: Node) => {
      asked.push(node);
      return false;
    };
    reportRecords(take(), isOwn, (node) => reported.push(node), (node) => node === el('mark'));
    expect(reported).toEqual([el('pnl')]);
    expect(asked).not.toContain(el('mark'));
  });

  it('still reports an element added to a cell already reported, as "not known what changed"', () => {
    const { el, take } = observed();
    el('mark').appendChild(document.createElement('b'));
    const reported: (Node | null)[] = [];
    reportRecords(take(), () => false, (node) => reported.push(node), () => true);
    expect(reported).toEqual([null]);
  });
});

describe('watchPage: the trader acting', () => {
  it('a key, a pointer press or an input anywhere counts; the input inside a watched panel is reported after it', () => {
    const { root, el } = observed();
    const outside = document.createElement('input');
    const inside = document.createElement('input');
    document.body.append(outside);
    root.append(inside);
    const events: string[] = [];
    const lifetime = new AbortController();
    watchPage({
      roots: () => [root],
      isOwnNode: () => false,
      onChange: (node) => events.push(node === inside ? 'change: inside' : `change: ${String(node)}`),
      onTraderAct: () => events.push('act'),
      signal: lifetime.signal,
      recheckMs: 60_000,
    });
    try {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      el('mark').dispatchEvent(new Event('pointerdown', { bubbles: true }));
      outside.dispatchEvent(new Event('input', { bubbles: true }));
      inside.dispatchEvent(new Event('input', { bubbles: true }));
      expect(events).toEqual(['act', 'act', 'act', 'act', 'change: inside']);
    } finally {
      lifetime.abort();
    }
  });
});
