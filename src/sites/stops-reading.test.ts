// @vitest-environment happy-dom
// The TP/SL column and the order form's trigger inputs as the reader sees them (issue 21). Cells are
// rewritten in the Bybit fixture, whose "TP/SL" column shows "TP / SL" with "--" for none (sammcj/
// scripts bybit-sort.js v1.5, 2025-07-21); expectations are the cell's own figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bybit } from '../venues/bybit/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { readPage } from './read-page';

const BYBIT = new URL('https://www.bybit.com/trade/usdt/BTCUSDT');

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(process.cwd(), 'tests/fixtures', file), 'utf8'), 'text/html');
}

function firstRowStops(cellText: string) {
  const doc = load('bybit/trade-usdt-btcusdt.html');
  const cell = Array.from(doc.querySelectorAll('td')).find((c) => c.textContent?.trim() === '-- / --')!;
  cell.textContent = cellText;
  const row = readPage(bybit, doc, BYBIT)!.positions!.rows[0]!;
  return { takeProfit: row.takeProfit, stopLoss: row.stopLoss };
}

describe('the TP/SL column', () => {
  it('reads both prices, either side "--" as none, with or without spaces', () => {
    expect(firstRowStops('62,000.0 / 58,000.0')).toEqual({ takeProfit: { ok: true, value: '62000.0' }, stopLoss: { ok: true, value: '58000.0' } });
    expect(firstRowStops('--/58,000.0')).toEqual({ takeProfit: { ok: true, value: 'none' }, stopLoss: { ok: true, value: '58000.0' } });
    expect(firstRowStops('--/--')).toEqual({ takeProfit: { ok: true, value: 'none' }, stopLoss: { ok: true, value: 'none' } });
  });

  it('reads nothing it cannot tell apart: one figure, three, words, a wrong unit', () => {
    for (const text of ['58,000.0', '1 / 2 / 3', 'Add', '-- / 58,000.0 BTC']) {
      const { stopLoss } = firstRowStops(text);
      expect(stopLoss?.ok, text).toBe(false);
    }
  });
});

describe('trigger inputs in the order form', () => {
  function withStopInput(label: string, value: string, suffix = '') {
    const doc = load('hyperliquid/trade-btc.html');
    const size = Array.from(doc.querySelectorAll('input')).find((i) => i.value === '0.1')!;
    const item = doc.createElement('div');
    const text = (words: string) => Object.assign(doc.createElement('span'), { textContent: words });
    const input = doc.createElement('input');
    input.setAttribute('value', value);
    item.append(text(label), input, ...(suffix ? [text(suffix)] : []));
    size.parentElement!.parentElement!.append(item);
    return readPage(hyperliquid, doc, new URL('https://app.hyperliquid.xyz/trade/BTC'))!.order!.stopLoss!;
  }

  it('finds the stop-loss price by its label', () => {
    expect(withStopInput('SL Price', '55,000')).toEqual({ ok: true, value: '55000' });
  });

  it('refuses a stop input that is a percentage, by its label\'s unit or its "%" suffix', () => {
    expect(withStopInput('SL Price (%)', '10').ok).toBe(false);
    expect(withStopInput('SL Price', '10', '%').ok).toBe(false);
  });

  it('says when no stop is set with the order', () => {
    const doc = load('hyperliquid/trade-btc.html');
    const stop = readPage(hyperliquid, doc, new URL('https://app.hyperliquid.xyz/trade/BTC'))!.order!.stopLoss!;
    expect(stop.ok ? 'read' : stop.reason).toMatch(/stop-loss: not set with this order/);
  });
});
