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
});
