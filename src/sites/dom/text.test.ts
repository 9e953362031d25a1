// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { segmentedTextOf, textOf } from './text';
import { htmlNodes } from '../testing/html';

describe('text reading', () => {
  it('normalises every kind of space', () => {
    const el = document.createElement('div');
    el.textContent = '\u00a0 1\u202f234,5\u2009USDT \u200b';
    expect(textOf(el)).toBe('1 234,5 USDT');
  });

  it('keeps adjacent elements apart only when asked', () => {
    const el = document.createElement('div');
    el.replaceChildren(...htmlNodes('<span>BTCUSDT</span><span>Perp</span><span>Isolated</span><span>20x</span>'));
    expect(textOf(el)).toBe('BTCUSDTPerpIsolated20x');
    expect(segmentedTextOf(el)).toBe('BTCUSDT Perp Isolated 20x');
    expect(textOf(null)).toBe('');
  });
});
