// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { styleSight } from './dom/sight';
import { compiledLabels, type ReadContext } from './read-context';
import { readSymbolCell } from './read-symbol-cell';
import { mainPart } from './split-cell';
import { htmlNodes } from './testing/html';

const ctx: ReadContext = { adapter: binanceUsdm, labels: compiledLabels(binanceUsdm), symbol: 'BTCUSDT', decimal: '.', sight: styleSight() };

function cell(markup: string): Element {
  const el = document.createElement('div');
  el.replaceChildren(...htmlNodes(markup));
  return el;
}

describe('readSymbolCell', () => {
  it.each([
    ['BTCUSDT Perp Isolated 20x', 'BTCUSDT', 'isolated', '20'],
    ['<span>ETHUSDT</span><span>Perp</span><span>Cross</span><span>10x</span>', 'ETHUSDT', 'cross', '10'],
    ['BTCUSDTPerpCross125x', 'BTCUSDT', 'cross', '125'],
    ['1000PEPEUSDT 永续 逐仓5x', '1000PEPEUSDT', 'isolated', '5'],
    ['BTCUSDT_260925 Cross 3X', 'BTCUSDT_260925', 'cross', '3'],
  ])('%s', (markup, symbol, mode, leverage) => {
    const r = readSymbolCell(cell(markup), ctx);
    expect(r.symbol).toBe(symbol);
    expect(r.marginMode).toEqual({ ok: true, value: mode });
    expect(r.leverage).toEqual({ ok: true, value: leverage });
  });

  it.each(['ETH 20x New', 'BTCUSDT Perp Isolated 20x ADL', 'BTCUSDT Perp Cross 10x Delisting'])('one unknown word is not glued into the symbol: %s', (text) => {
    const hyperliquidCtx: ReadContext = { adapter: hyperliquid, labels: compiledLabels(hyperliquid), symbol: 'ETH', decimal: '.', sight: styleSight() };
    for (const c of [ctx, hyperliquidCtx]) expect(readSymbolCell(cell(text), c).understood).toBe(false);
  });

  it('says what is missing', () => {
    const r = readSymbolCell(cell('BTCUSDT Perp'), ctx);
    expect(r.symbol).toBe('BTCUSDT');
    expect(r.marginMode.ok).toBe(false);
    expect(r.leverage.ok).toBe(false);
  });

  it('keeps an unknown cell as plain text, cut short', () => {
    const el = document.createElement('div');
    el.textContent = '<script>alert(1)</script>'.repeat(5);
    const r = readSymbolCell(el, ctx);
    expect(r.understood).toBe(false);
    expect(r.symbol).toBe('<script>alert(1)</script>'.repeat(5).slice(0, 40));
  });
});

describe('mainPart', () => {
  it('drops a trailing parenthesised figure', () => {
    expect(mainPart('+500.00 USDT (+33.33%)')).toBe('+500.00 USDT');
    expect(mainPart('+500.00 USDT（+33.33%）')).toBe('+500.00 USDT');
    expect(mainPart('$1,474.08 (Cross)')).toBe('$1,474.08');
    expect(mainPart('(12.5)')).toBe('(12.5)');
    expect(mainPart('57,228.9')).toBe('57,228.9');
  });
});
