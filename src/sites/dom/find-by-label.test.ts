// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { findAllByLabel, findAllByLabelAgain, findByLabel, LabelSpots } from './find-by-label';
import { compileLabels, valueAfterLabel } from './labels';
import { htmlNodes } from '../testing/html';

function html(markup: string): Element {
  const root = document.createElement('div');
  root.replaceChildren(...htmlNodes(markup));
  return root;
}

const available = compileLabels({ en: ['Available', 'Avbl'], 'zh-CN': ['可用'] });
const liq = compileLabels({ en: ['Liq. Price'], 'zh-CN': ['强平价格'] });

describe('valueAfterLabel', () => {
  it('splits run-together label and value', () => {
    expect(valueAfterLabel('Available6,996.26 USDT', available)).toBe('6,996.26 USDT');
    expect(valueAfterLabel('Available: -- USDT', available)).toBe('-- USDT');
    expect(valueAfterLabel('可用 1,000.00 USDT', available)).toBe('1,000.00 USDT');
    expect(valueAfterLabel('LIQ.PRICE57,228.9', liq)).toBe('57,228.9');
  });

  it('does not take a longer word for the label', () => {
    expect(valueAfterLabel('Availability 3', available)).toBeNull();
    expect(valueAfterLabel('Available', available)).toBeNull();
  });
});

describe('findByLabel', () => {
  it('finds the value in the sibling element, through wrapping spans', () => {
    const root = html('<div><div><span>Liq. Price</span></div><div></div><div>57,228.9 USDT</div></div>');
    const hit = findByLabel(root, liq);
    expect(hit?.text).toBe('57,228.9 USDT');
    expect(hit?.label.textContent).toBe('Liq. Price');
  });

  it('reads run-together text nodes in one element', () => {
    const root = html('<div class="css-1a2b3c">Available<span>6,996.26</span> USDT</div>');
    expect(findByLabel(root, available)?.text).toBe('6,996.26 USDT');
    const single = html('<div>Available6,996.26 USDT</div>');
    expect(findByLabel(single, available)?.text).toBe('6,996.26 USDT');
  });

  it('finds a label by its title attribute when the text is something else', () => {
    const root = html('<div><div title="Liq. Price"><svg></svg></div><div>60,000.0</div></div>');
    expect(findByLabel(root, liq)?.text).toBe('60,000.0');
  });

  it('counts a titled label once, in document order, per locale', () => {
    const root = html(
      '<div><div title="Liq. Price">Liq. Price</div><div>1</div></div>' +
        '<div><div title="强平价格">强平价格</div><div>2</div></div>' +
        '<div><span>Liq. Price:</span><span>3</span></div>',
    );
    expect(findAllByLabel(root, liq).map((h) => h.text)).toEqual(['1', '2', '3']);
  });

  it('ignores text that merely contains a label', () => {
    const root = html('<div>Set Liq. Price alerts</div><div>The Liq. Price may change</div>');
    expect(findAllByLabel(root, liq)).toEqual([]);
  });

  it('returns an empty value when nothing follows the label', () => {
    const root = html('<div><div>Liq. Price</div></div>');
    expect(findByLabel(root, liq)).toMatchObject({ value: null, text: '' });
  });
});

describe('findAllByLabelAgain', () => {
  const twoLiqs = '<div><span>Liq. Price</span><span>57,228.9</span></div><div><span>Liq. Price</span><span>64,100.0</span></div>';

  it('with the same spots, goes straight to the labels found last time, reading their values afresh', () => {
    const root = html(twoLiqs);
    document.body.replaceChildren(root);
    const spots = new LabelSpots();
    expect(findAllByLabelAgain(root, liq, spots).map((h) => h.text)).toEqual(['57,228.9', '64,100.0']);
    const walks = vi.spyOn(document, 'createTreeWalker');
    root.querySelectorAll('span')[1]!.textContent = '57,000.0';
    expect(findAllByLabelAgain(root, liq, spots)).toEqual(findAllByLabel(root, liq));
    expect(walks).toHaveBeenCalledTimes(1); // findAllByLabel's, on the line above: none for the spots
    walks.mockRestore();
  });

  it('a label that no longer says the label makes it walk again; so do new spots', () => {
    const root = html(twoLiqs);
    document.body.replaceChildren(root);
    const spots = new LabelSpots();
    findAllByLabelAgain(root, liq, spots);
    root.querySelectorAll('span')[2]!.textContent = 'Margin';
    expect(findAllByLabelAgain(root, liq, spots).map((h) => h.text)).toEqual(['57,228.9']);
    root.querySelectorAll('span')[2]!.textContent = 'Liq. Price';
    // One label was found by the last walk: until the spots are new, the second is not looked for.
    expect(findAllByLabelAgain(root, liq, spots).map((h) => h.text)).toEqual(['57,228.9']);
    expect(findAllByLabelAgain(root, liq, new LabelSpots()).map((h) => h.text)).toEqual(['57,228.9', '64,100.0']);
  });

  it('a walk that found none is not made again with the same spots', () => {
    const root = html('<div><span>Margin</span><span>2,000.00</span></div>');
    document.body.replaceChildren(root);
    const spots = new LabelSpots();
    expect(findAllByLabelAgain(root, liq, spots)).toEqual([]);
    const walks = vi.spyOn(root.ownerDocument, 'createTreeWalker');
    expect(findAllByLabelAgain(root, liq, spots)).toEqual([]);
    expect(walks).not.toHaveBeenCalled();
    walks.mockRestore();
  });
});
