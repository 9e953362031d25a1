// @vitest-environment happy-dom
// observeAround: a panel observed as a whole, but for the busy cells left out.
import { describe, expect, it } from 'vitest';
import { observeAround } from './observe-around';

const OPTIONS = {
  whole: { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] },
  itself: { childList: true, attributes: true, attributeFilter: ['class'] },
  text: { characterData: true },
};

function panel() {
  const make = (tag: string, id: string, ...children: (Node | string)[]) => {
    const el = document.createElement(tag);
    el.id = id;
    el.append(...children);
    return el;
  };
  const root = document.createElement('div');
  root.append(
    make('div', 'row', 'Row ', make('span', 'mark', '61,000.0'), make('span', 'size', '0.5'), make('div', 'deep', make('b', 'liq', '57,228.9')), make('liqcheck-badge', 'own')),
    make('div', 'other', make('i', 'tab', 'Positions(1)')),
  );
  document.body.replaceChildren(root);
  const el = (id: string) => root.querySelector(`#${id}`)!;
  return { root, el };
}

/** Where the records were made (each place once, sorted): a target's id, or its parent's for a text. */
function places(records: MutationRecord[]): string[] {
  return [...new Set(records.map((r) => (r.target.nodeType === 3 ? `text of ${r.target.parentElement!.id}` : (r.target as Element).id || 'root') + ` ${r.type}`))].sort();
}

describe('observeAround', () => {
  it('records every change in the panel but those inside the cells left out', () => {
    const { root, el } = panel();
    const observer = new MutationObserver(() => undefined);
    const ancestors = observeAround(observer, root, new Set([el('mark')]), OPTIONS, (node) => node === el('own'));
    expect([...ancestors]).toEqual([el('row'), root]);

    (el('mark').firstChild as Text).data = '61,000.1';
    el('mark').className = 'up';
    el('mark').append(document.createElement('em'));
    expect(observer.takeRecords()).toEqual([]);

    (el('size').firstChild as Text).data = '0.6';
    el('liq').className = 'down';
    (el('liq').firstChild as Text).data = '57,000.0';
    (el('row').firstChild as Text).data = 'Row 1';
    el('row').className = 'flash';
    el('tab').textContent = 'Positions(2)';
    el('row').append(document.createElement('span'));
    root.append(document.createElement('p'));
    expect(places(observer.takeRecords())).toEqual(
      [
        'text of size characterData',
        'liq attributes',
        'text of liq characterData',
        'text of row characterData',
        'row attributes',
        'tab childList',
        'row childList',
        'root childList',
      ].sort(),
    );
  });

  it('with nothing left out, observes the panel as a whole', () => {
    const { root, el } = panel();
    const observer = new MutationObserver(() => undefined);
    expect(observeAround(observer, root, new Set(), OPTIONS, () => false).size).toBe(0);
    (el('mark').firstChild as Text).data = '61,000.1';
    expect(places(observer.takeRecords())).toEqual(['text of mark characterData']);
  });
});
