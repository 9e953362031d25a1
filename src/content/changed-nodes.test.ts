// @vitest-environment happy-dom
// ChangedNodes.dropUnchanged: a cell re-rendered with what the last reading saw is no change; anything
// else the reading could see is.
import { describe, expect, it } from 'vitest';
import { ChangedNodes } from './changed-nodes';
import { OBSERVE, reportRecords } from './page-watcher';

function panel() {
  const root = document.createElement('div');
  const span = (attrs: Record<string, string>, text: string) => Object.assign(document.createElement('span'), attrs, { textContent: text });
  const row = Object.assign(document.createElement('div'), { id: 'row' });
  row.append(span({}, '0.5'));
  const size = Object.assign(document.createElement('input'), { id: 'size' });
  size.setAttribute('value', '1');
  root.append(span({ id: 'mark' }, '61,000.0'), span({ id: 'tab', className: 'on' }, 'Limit'), row, size);
  document.body.replaceChildren(root);
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, OBSERVE);
  const el = (id: string) => root.querySelector(`#${id}`)!;
  const changes = new ChangedNodes();
  /** Hands the observer's records to `changes` as the content script does, then asks before a reading. */
  const reading = () => {
    reportRecords(observer.takeRecords(), () => false, (node) => changes.add(node), (node) => changes.has(node));
    changes.dropUnchanged();
    const touched = changes.any;
    changes.clear();
    return touched;
  };
  return { root, el, changes, reading };
}

describe('ChangedNodes.dropUnchanged', () => {
  it('a cell set again to the text the last reading saw is no change; a new text is', () => {
    const { el, reading } = panel();
    expect(reading()).toBe(true); // the first reading: not known what changed
    el('mark').textContent = '61,000.1';
    expect(reading()).toBe(true);
    el('mark').textContent = '61,000.1';
    expect(reading()).toBe(false);
    el('mark').textContent = '61,000.2';
    el('mark').textContent = '61,000.1';
    expect(reading()).toBe(false); // back to what the last reading saw before it could see the other
    el('mark').textContent = '61,000.3';
    expect(reading()).toBe(true);
  });

  it('the same text with an observed attribute changed is a change', () => {
    const { el, reading } = panel();
    reading();
    el('tab').textContent = 'Limit';
    expect(reading()).toBe(false); // the same text in a new node: the record itself says so
    el('tab').textContent = 'Limits';
    expect(reading()).toBe(true); // first seen: compared from now on
    el('tab').textContent = 'Limits';
    expect(reading()).toBe(false);
    el('tab').setAttribute('class', 'off');
    expect(reading()).toBe(true);
    el('tab').setAttribute('hidden', '');
    expect(reading()).toBe(true);
  });

  it('containers, controls and elements added are changes whatever their text', () => {
    const { el, changes, reading } = panel();
    reading();
    const row = el('row');
    row.firstElementChild!.textContent = '0.6';
    expect(reading()).toBe(true); // the row's span: first seen
    row.replaceChildren(Object.assign(document.createElement('span'), { textContent: '0.6' }));
    expect(reading()).toBe(true); // an element added: not known what changed
    const input = el('size') as HTMLInputElement;
    changes.noteInputValues(document.body);
    reading();
    input.value = '2';
    changes.noteInputValues(document.body);
    expect(reading()).toBe(true);
    changes.add(input);
    expect(reading()).toBe(true); // a control's state is not in its text: never dropped
  });

  it('a cell whose text node changed in place is compared afresh: back to an older text is a change', () => {
    const { el, reading } = panel();
    reading();
    el('mark').textContent = '61,000.1';
    reading(); // seen: 61,000.1
    el('mark').firstChild!.nodeValue = '61,000.5'; // the text node itself: its record names the text node
    expect(reading()).toBe(true);
    el('mark').textContent = '61,000.1'; // what the reading before the last saw, not the last
    expect(reading()).toBe(true);
  });

  it('after a reading that did not know what changed, nothing is dropped until seen again', () => {
    const { el, changes, reading } = panel();
    reading();
    el('mark').textContent = '61,000.1';
    reading();
    // Changed while unobserved (say the panel moved), then the full reading saw it.
    changes.markEverything();
    el('mark').firstChild!.nodeValue = '61,000.9';
    reading();
    el('mark').textContent = '61,000.1';
    expect(reading()).toBe(true);
  });
});
