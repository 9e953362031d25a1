// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileLabels } from './labels';
import { cellsOf, mapColumns } from './table-columns';
import { htmlNodes } from '../testing/html';

const columns = {
  symbol: compileLabels({ en: ['Symbol'] }),
  liq: compileLabels({ en: ['Liq. Price'], 'zh-CN': ['强平价格'] }),
  mark: compileLabels({ en: ['Mark Price'] }),
};

function build(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.replaceChildren(...htmlNodes(markup));
  return root;
}

describe('mapColumns', () => {
  it('maps a real table by header text, whatever the order', () => {
    const root = build(
      '<table><thead><tr><th>Liq.Price</th><th>Symbol <svg></svg></th><th>PNL</th></tr></thead>' +
        '<tbody><tr><td>57,228.9</td><td>BTCUSDT</td><td>+1</td></tr></tbody></table>',
    );
    const { index } = mapColumns(Array.from(root.querySelectorAll('th')), columns);
    expect(index.get('liq')).toBe(0);
    expect(index.get('symbol')).toBe(1);
    expect(index.has('mark')).toBe(false);
    const cells = cellsOf(root.querySelector('tbody tr')!);
    expect(cells[index.get('liq')!]?.textContent).toBe('57,228.9');
  });

  it('maps a div grid with split header text', () => {
    const root = build('<div role="row"><div role="columnheader"><span>Mark</span> <span>Price</span></div><div role="columnheader">强平价格</div></div>');
    const { index } = mapColumns(Array.from(root.querySelectorAll('[role="columnheader"]')), columns);
    expect(index.get('mark')).toBe(0);
    expect(index.get('liq')).toBe(1);
  });

  it('reads no column whose header appears twice', () => {
    const root = build('<div><b>Symbol</b><b>Mark Price</b><b>Mark Price</b></div>');
    const { index, duplicated } = mapColumns(Array.from(root.querySelectorAll('b')), columns);
    expect(index.has('mark')).toBe(false);
    expect([...duplicated]).toEqual(['mark']);
    expect(index.get('symbol')).toBe(0);
  });

  it('takes a qualified header for the label it qualifies', () => {
    const cols = {
      entry: compileLabels({ en: ['Average open price'] }),
      pnl: compileLabels({ en: ['PNL'], 'zh-CN': ['未实现盈亏'] }),
      liq: compileLabels({ en: ['Liq. price'] }),
    };
    const root = build('<div><b>Open price</b><b>PNL (ROE %)</b><b>Est. liq. price</b></div>');
    const { index } = mapColumns(Array.from(root.querySelectorAll('b')), cols);
    expect([index.get('entry'), index.get('pnl'), index.get('liq')]).toEqual([0, 1, 2]);
    const zh = build('<div><b>未实现盈亏 (回报率)</b></div>');
    expect(mapColumns(Array.from(zh.querySelectorAll('b')), cols).index.get('pnl')).toBe(0);
  });

  it('prefers the header that names a field outright to one that names it with a qualifier', () => {
    const cols = { size: compileLabels({ en: ['Size'] }), value: compileLabels({ en: ['Size (USDT)'] }) };
    // "Size (BTC)" is a size by its core; "Size" names it outright and wins; "Size (USDT)" is another field.
    const root = build('<div><b>Size (BTC)</b><b>Size</b><b>Size (USDT)</b></div>');
    const { index, duplicated } = mapColumns(Array.from(root.querySelectorAll('b')), cols);
    expect(index.get('size')).toBe(1);
    expect(index.get('value')).toBe(2);
    expect(duplicated.size).toBe(0);
  });

  it('reads no column that two qualified headers claim', () => {
    const cols = { entry: compileLabels({ en: ['Entry price'] }) };
    const root = build('<div><b>Avg. entry price</b><b>Entry price (USDT)</b></div>');
    const { index, duplicated } = mapColumns(Array.from(root.querySelectorAll('b')), cols);
    expect(index.has('entry')).toBe(false);
    expect([...duplicated]).toEqual(['entry']);
  });

  it('keeps "Margin ratio" and "Realized PnL" apart from Margin and PnL', () => {
    const cols = { margin: compileLabels({ en: ['Margin'] }), pnl: compileLabels({ en: ['PnL'] }) };
    const root = build('<div><b>Margin ratio</b><b>Realized PnL</b></div>');
    expect(mapColumns(Array.from(root.querySelectorAll('b')), cols).index.size).toBe(0);
  });
});
