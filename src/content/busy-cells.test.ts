// @vitest-environment happy-dom
// BusyCells: which cells a streaming page re-renders on nearly every commit.
import { describe, expect, it } from 'vitest';
import { BusyCells } from './busy-cells';

function page() {
  const root = document.createElement('div');
  const span = (id: string, text: string) => Object.assign(document.createElement('span'), { id, textContent: text });
  const row = Object.assign(document.createElement('div'), { id: 'row' });
  row.append(span('size', '0.5'), ' BTC');
  root.append(span('mark', '61,000.0'), span('pnl', '+1.00'), row);
  document.body.replaceChildren(root);
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  const text = (id: string) => root.querySelector(`#${id}`)!.firstChild as Text;
  const rowText = root.querySelector('#row')!.lastChild as Text;
  return { root, text, rowText, take: () => observer.takeRecords() };
}

describe('BusyCells', () => {
  it('learns the cells whose text changed in 20 of 25 batches that came faster than 20 a second', () => {
    const { root, text, take } = page();
    const cells = new BusyCells();
    let found: Element[] = [];
    for (let batch = 0; batch < 25; batch++) {
      text('mark').data = `61,000.${batch % 10}${batch}`;
      if (batch % 2 === 0) text('pnl').data = `+1.${batch}`; // 13 of 25
      found = cells.note(take(), 1000 + batch * 40); // 25 a second
      if (batch < 24) expect(found).toEqual([]);
    }
    expect(found).toEqual([root.querySelector('#mark')]);
  });

  it('learns nothing from a page slower than a stream, from texts set to what they were, or from a cell holding elements', () => {
    const { text, rowText, take } = page();
    const slow = new BusyCells();
    let found: Element[] = [];
    for (let batch = 0; batch < 25; batch++) {
      text('mark').data = `61,000.${batch}`;
      found = slow.note(take(), batch * 60); // about 17 a second: not a stream
    }
    expect(found).toEqual([]);
    const same = new BusyCells();
    for (let batch = 0; batch < 25; batch++) {
      text('pnl').data = '+1.00';
      rowText.data = ` BTC ${batch}`; // the row's own text: its cell holds a span too
      found = same.note(take(), batch * 10);
    }
    expect(found).toEqual([]);
  });

  it("learns a cell whose only text the page replaces on every commit (el.textContent = text), not one replaced by the same text", () => {
    const { root, take } = page();
    const cell = (id: string) => root.querySelector(`#${id}`)!;
    const size = cell('size');
    const cells = new BusyCells();
    let found: Element[] = [];
    for (let batch = 0; batch < 25; batch++) {
      // happy-dom tells textContent set as a removal and an addition in a row; Chromium and Firefox
      // in one record holding both (the DOM standard's "replace all"), written out here.
      const was = size.firstChild!;
      const text = document.createTextNode(`0.${batch + 1}`);
      size.replaceChildren(text);
      take();
      cell('mark').textContent = `61,000.${batch}`;
      cell('pnl').textContent = '+1.00'; // replaced, but by the same text
      const oneRecord = { type: 'childList', target: size, addedNodes: [text], removedNodes: [was] } as unknown as MutationRecord;
      found = cells.note([...take(), oneRecord], batch * 40);
    }
    expect(take()).toEqual([]);
    expect(new Set(found)).toEqual(new Set([cell('mark'), size]));
  });

  it('starts a new window after each judgement and after reset()', () => {
    const { root, text, take } = page();
    const cells = new BusyCells();
    for (let batch = 0; batch < 10; batch++) {
      text('pnl').data = `+1.${batch}`;
      cells.note(take(), batch * 10);
    }
    cells.reset();
    let found: Element[] = [];
    for (let batch = 0; batch < 25; batch++) {
      text('mark').data = `61,000.${batch}`;
      // The pnl cell changes only in the first five batches of this window, after 10 before reset().
      if (batch < 5) text('pnl').data = `+2.${batch}`;
      found = cells.note(take(), 500 + batch * 10);
    }
    expect(found).toEqual([root.querySelector('#mark')]);
  });
});
