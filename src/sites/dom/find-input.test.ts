// @vitest-environment happy-dom
// Inputs found by what names them, on markup written for these tests (no venue's classes).
import { describe, expect, it } from 'vitest';
import { findInput, splitUnit } from './find-input';
import { findOrderForm } from './find-order-form';
import { compileLabels, isLabel } from './labels';
import { styleSight } from './sight';
import { htmlNodes } from '../testing/html';

function page(markup: string): HTMLElement {
  document.body.replaceChildren(...htmlNodes(markup));
  return document.body;
}

const price = { hooks: [], labels: compileLabels({ en: ['Price'], 'zh-CN': ['价格'] }) };
const size = { hooks: [], labels: compileLabels({ en: ['Size', 'Amount'], 'zh-CN': ['数量'] }) };
const idOf = (found: { input: HTMLInputElement } | null) => found?.input.id ?? null;

describe('splitUnit', () => {
  it('reads "Label (Unit)" in both bracket styles', () => {
    expect(splitUnit('Amount (Contracts)')).toEqual({ label: 'Amount', unit: 'Contracts' });
    expect(splitUnit('数量(张)')).toEqual({ label: '数量', unit: '张' });
    expect(splitUnit('Size （BTC）')).toEqual({ label: 'Size', unit: 'BTC' });
    expect(splitUnit('Size')).toEqual({ label: 'Size', unit: '' });
  });
});

describe('findInput', () => {
  it('finds an input by <label for>, aria-labelledby, aria-label, its form item label and placeholder', () => {
    const body = page(`
      <label for="a">Price</label><input id="a" value="1">
      <span id="lb">Size</span><div><input id="b" aria-labelledby="lb"></div>`);
    expect(idOf(findInput(body, price, styleSight()))).toBe('a');
    expect(idOf(findInput(body, size, styleSight()))).toBe('b');
    page(`<div><input id="c" aria-label="Price"></div><div><input id="d" placeholder="Amount"></div>`);
    expect(idOf(findInput(document.body, price, styleSight()))).toBe('c');
    expect(idOf(findInput(document.body, size, styleSight()))).toBe('d');
    page(`<div><div><span>Price</span><input id="e"></div><div><button>数量(张)</button><div><div><input id="f"></div></div></div></div>`);
    expect(idOf(findInput(document.body, price, styleSight()))).toBe('e');
    const found = findInput(document.body, size, styleSight());
    expect(idOf(found)).toBe('f');
    expect(found?.labelUnit).toBe('张');
  });

  it('takes the unit from the label and the suffix from after the input', () => {
    page(`<form>
      <div class="item"><div><button>Amount (Contracts)</button></div><div><span></span><input id="s"><div><span></span></div></div></div>
      <div class="item"><label>Price</label><input id="p"><span>USDT</span></div></form>`);
    const s = findInput(document.body, size, styleSight());
    expect(s).toMatchObject({ labelUnit: 'Contracts', suffix: '' });
    expect(findInput(document.body, price, styleSight())).toMatchObject({ labelUnit: '', suffix: 'USDT' });
  });

  it('takes the selected option of a unit <select> after the input, not its first option', () => {
    page(`<div><label>Size</label><input id="s" value="0.0150"><select><option>USDC</option><option selected>BTC</option></select></div>
      <div><label>Price</label><input id="p"></div>`);
    expect(findInput(document.body, size, styleSight())).toMatchObject({ suffix: 'BTC' });
  });

  it('takes a label kept for screen readers only, as OKX\'s " price", but not one that is not rendered', () => {
    const srOnly = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)';
    page(`<div><div><label style="${srOnly}"> price</label><div><input id="p" value="60,500.0"><span>USDT</span></div></div>
      <div><div>Amount (Contracts)</div><label style="${srOnly}"> size</label><div><input id="s" value="10"></div></div></div>`);
    expect(idOf(findInput(document.body, price, styleSight()))).toBe('p');
    expect(findInput(document.body, size, styleSight())).toMatchObject({ labelUnit: 'Contracts' });
    page(`<div><label style="display:none">Price</label><input id="n"></div>`);
    expect(findInput(document.body, price, styleSight())).toBeNull();
  });

  it('tries the evidenced hooks first, and never takes a hidden input, a checkbox or a longer label', () => {
    page(`<div><label>Size</label><input id="x"></div><div><label>Other</label><input id="unitAmount-1"></div>`);
    expect(idOf(findInput(document.body, { ...size, hooks: ['input[id^="unitAmount-"]'] }, styleSight()))).toBe('unitAmount-1');
    page(`<div><label>Size</label><input id="h" style="display:none"></div><div><label>Size</label><input type="checkbox" id="c"></div>
      <div><label>Size limit</label><input id="l"></div>`);
    expect(findInput(document.body, size, styleSight())).toBeNull();
  });
});

describe('findOrderForm', () => {
  const tabs = compileLabels({ en: ['Limit', 'Market'] });
  const spec = (hints: string[]) => ({ hints, price, size, tabCandidates: '[role="tab"]', isOrderTab: (el: Element) => isLabel(el.textContent ?? '', tabs) });

  it('is the nearest container of the size input that holds the order-type tabs', () => {
    page(`<main><section id="ticker"><span>Mark</span><span>1</span></section>
      <section id="form"><div><button>Cross 20x</button></div><div role="tablist"><div role="tab">Limit</div><div role="tab">Market</div></div>
        <div><div><label>Size</label><input></div></div></section>
      <section id="other"><label>Price</label><input></section></main>`);
    expect(findOrderForm(document, spec([]), styleSight())?.id).toBe('form');
  });

  it('takes an evidenced container only when it holds the inputs or tabs', () => {
    page(`<div class="hint" id="empty"></div><div id="form"><div role="tab">Market</div><div><label>Amount</label><input></div></div>`);
    expect(findOrderForm(document, spec(['.hint']), styleSight())?.id).toBe('form');
    page(`<div class="hint" id="hinted"><div><label>Amount</label><input></div></div>`);
    expect(findOrderForm(document, spec(['.hint']), styleSight())?.id).toBe('hinted');
  });

  it('finds no form without a size input', () => {
    page(`<div><div role="tab">Limit</div><label>Price</label><input></div>`);
    expect(findOrderForm(document, spec([]), styleSight())).toBeNull();
  });
});
