// @vitest-environment happy-dom
// reportRecords: what the page watcher tells the content script about a batch of mutation records.
import { describe, expect, it, vi } from 'vitest';
import { OBSERVE, reportRecords, watchPage, type PageWatcherOptions } from './page-watcher';

function observed(options: MutationObserverInit = { childList: true, subtree: true, characterData: true }) {
  const root = document.createElement('div');
  for (const [tag, id, text] of [['span', 'mark', '61,000.0'], ['span', 'pnl', '+1.00'], ['liqcheck-badge', 'own', '']] as const) {
    const el = document.createElement(tag);
    el.id = id;
    el.textContent = text;
    root.append(el);
  }
  document.body.replaceChildren(root);
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, options);
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

  it("with the watcher's options, a text or an attribute set to what it was is no change", () => {
    const { el, take } = observed(OBSERVE);
    const markText = el('mark').firstChild as Text;
    const pnlText = el('pnl').firstChild as Text;
    el('pnl').className = 'up';
    el('mark').className = 'up';
    take();
    markText.data = '61,000.0';
    el('mark').className = 'up';
    el('pnl').className = 'down';
    pnlText.data = '+1.05';
    pnlText.data = '+1.00';
    const reported: (Node | null)[] = [];
    reportRecords(take(), () => false, (node) => reported.push(node));
    // The mark's text and class are what they were; the PnL's class moved, and its text went away
    // and back within the batch, which counts as a change (its last record's old value differs).
    expect(reported).toEqual([el('pnl'), pnlText]);
  });

  it('a record without its old value (an observer not asking for it) is a change', () => {
    const { el } = observed();
    const text = el('mark').firstChild as Text;
    const none = document.createDocumentFragment().childNodes;
    // Built by hand: happy-dom fills in old values that were not asked for; browsers give null.
    const record = { type: 'characterData', target: text, oldValue: null, attributeName: null, addedNodes: none, removedNodes: none } as unknown as MutationRecord;
    const reported: (Node | null)[] = [];
    reportRecords([record], () => false, (node) => reported.push(node));
    expect(reported).toEqual([text]);
  });

  it('a text replaced by the same text, in one record or in two, is no change; by another text, it is', () => {
    const { el, take } = observed(OBSERVE);
    el('mark').textContent = '61,000.0';
    const pnl = el('pnl');
    pnl.removeChild(pnl.firstChild!);
    pnl.append('+1.00');
    const reported: (Node | null)[] = [];
    reportRecords(take(), () => false, (node) => reported.push(node));
    expect(reported).toEqual([]);
    el('mark').textContent = '61,000.1';
    reportRecords(take(), () => false, (node) => reported.push(node));
    expect(reported).toEqual([el('mark')]);
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

describe('watchPage: the viewport', () => {
  it('a resized window is reported as "not known what changed" (media queries may show or hide figures)', () => {
    const { root } = observed();
    const changes: (Node | null)[] = [];
    const lifetime = new AbortController();
    watchPage({ roots: () => [root], isOwnNode: () => false, onChange: (node) => changes.push(node), signal: lifetime.signal, recheckMs: 60_000 });
    try {
      window.dispatchEvent(new Event('resize'));
      expect(changes).toEqual([null]);
    } finally {
      lifetime.abort();
    }
    // Stopped: no longer listening.
    window.dispatchEvent(new Event('resize'));
    expect(changes).toEqual([null]);
  });
});

describe('watchPage: the roots', () => {
  it('the slow tick looks for the roots only when a watched one left the page; refresh() does every time', () => {
    vi.useFakeTimers();
    const { root } = observed();
    const lifetime = new AbortController();
    let looked = 0;
    const changes: (Node | null)[] = [];
    const watch = watchPage({
      roots: () => {
        looked++;
        return root.isConnected ? [root] : [document.body];
      },
      isOwnNode: () => false,
      onChange: (node) => changes.push(node),
      signal: lifetime.signal,
      recheckMs: 500,
    });
    try {
      expect(looked).toBe(1);
      vi.advanceTimersByTime(5000);
      expect(looked).toBe(1);
      watch.refresh();
      expect([looked, changes.length]).toEqual([2, 0]); // the same roots: nothing to report
      root.remove();
      vi.advanceTimersByTime(500);
      expect(looked).toBe(3);
      expect(changes).toEqual([null]); // the roots moved: not known what changed
      expect(watch.covers(document.body)).toBe(true);
    } finally {
      lifetime.abort();
      vi.useRealTimers();
    }
  });
});

describe('watchPage: a streaming page', () => {
  /** A watcher on the observed() panel with fake timers, recording what it reports (end with lifetime.abort()). */
  const streamingWatch = (more: Partial<PageWatcherOptions> = {}) => {
    vi.useFakeTimers();
    const { root, el } = observed();
    const lifetime = new AbortController();
    const changes: (Node | null)[] = [];
    const streaming: boolean[] = [];
    const watch = watchPage({
      roots: () => [root],
      isOwnNode: () => false,
      onChange: (node) => changes.push(node),
      onStreaming: (on) => streaming.push(on),
      signal: lifetime.signal,
      recheckMs: 60_000,
      busyEveryMs: 1000,
      ...more,
    });
    return { el, markText: el('mark').firstChild as Text, lifetime, changes, streaming, watch };
  };
  it('leaves a cell re-rendered on every commit unobserved, looks at it on the timer, and observes it again when it stops', async () => {
    let batches = 0;
    const { el, markText, lifetime, changes, streaming } = streamingWatch({ onBatch: () => batches++ });
    const commit = async (change: () => void) => {
      change();
      await vi.advanceTimersByTimeAsync(0); // the observer's callback
    };
    try {
      // 25 commits in the same millisecond (a stream), each moving the mark.
      for (let i = 0; i < 25; i++) await commit(() => (markText.data = `61,000.${i}`));
      expect(batches).toBe(25);
      expect(streaming).toEqual([false, true]);
      changes.length = 0;

      // The mark moves on: no callback for it. The PnL, still observed, is reported as it changes.
      for (let i = 0; i < 10; i++) await commit(() => (markText.data = `61,001.${i}`));
      await commit(() => ((el('pnl').firstChild as Text).data = '+2.00'));
      expect(batches).toBe(26);
      expect(changes).toEqual([el('pnl').firstChild]);

      // The timer: the mark cell changed since it was left out, reported once as a batch of its own.
      await vi.advanceTimersByTimeAsync(1000);
      expect(changes).toEqual([el('pnl').firstChild, el('mark')]);
      expect(batches).toBe(27);

      // A second with no commit: the page slowed down, and the mark is observed again at once.
      await vi.advanceTimersByTimeAsync(1000);
      expect(streaming).toEqual([false, true, false]);
      await commit(() => (markText.data = '61,002.0'));
      expect(changes).toEqual([el('pnl').firstChild, el('mark'), markText]);
    } finally {
      lifetime.abort();
      vi.useRealTimers();
    }
  });

  it('does the same for a cell whose text node the page replaces on every commit (el.textContent = text)', async () => {
    let batches = 0;
    const { el, lifetime, changes, streaming } = streamingWatch({ onBatch: () => batches++ });
    const commit = async (text: string) => {
      el('mark').textContent = text;
      await vi.advanceTimersByTimeAsync(0);
    };
    try {
      for (let i = 0; i < 25; i++) await commit(`61,000.${i}`);
      expect(streaming).toEqual([false, true]);
      changes.length = 0;
      for (let i = 0; i < 10; i++) await commit(`61,001.${i}`);
      expect(batches).toBe(25);
      expect(changes).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      expect(changes).toEqual([el('mark')]);
      expect(el('mark').textContent).toBe('61,001.9');
    } finally {
      lifetime.abort();
      vi.useRealTimers();
    }
  });

  it('reports the busy cells as they are now before a reading, and a look between ticks does not end the stream', async () => {
    const { el, markText, lifetime, changes, streaming, watch } = streamingWatch();
    const commit = async (value: string) => {
      markText.data = value;
      await vi.advanceTimersByTimeAsync(0);
    };
    try {
      for (let i = 0; i < 25; i++) await commit(`61,000.${i}`);
      expect(streaming).toEqual([false, true]);
      changes.length = 0;

      // A reading is due 400 ms into the second (the trader typed): the mark as it is now is reported.
      await vi.advanceTimersByTimeAsync(400);
      await commit('61,003.0');
      watch.flush();
      expect(changes).toEqual([el('mark')]);
      // Looked at again with nothing new: nothing.
      watch.flush();
      expect(changes).toEqual([el('mark')]);

      // The mark moved between the look and the tick: reported by the tick, the stream goes on.
      await commit('61,004.0');
      await vi.advanceTimersByTimeAsync(600);
      expect(changes).toEqual([el('mark'), el('mark')]);
      expect(streaming).toEqual([false, true]);

      // Moved in this second only before a look: it did move since the last tick, the stream goes on.
      await commit('61,005.0');
      watch.flush();
      await vi.advanceTimersByTimeAsync(1000);
      expect(streaming).toEqual([false, true]);
      expect(changes).toEqual([el('mark'), el('mark'), el('mark')]);
    } finally {
      lifetime.abort();
      vi.useRealTimers();
    }
  });
});
