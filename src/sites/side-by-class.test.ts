// @vitest-environment happy-dom
// Side on a venue that colours it (Bybit: `side: { from: 'class' }`): the class may sit on the row as
// well as in the cell, and where no row has it, the size's own sign still tells a short, while an
// unsigned size is a long only when the PnL confirms it. The expected sides follow from the figures:
// a long gains when the mark is above entry, a short loses.
import { describe, expect, it } from 'vitest';
import { bybit } from '../venues/bybit/page';
import { readPage } from './read-page';

const URL_BTC = new URL('https://www.bybit.com/trade/usdt/BTCUSDT');
const HEADERS = ['Contracts', 'Qty', 'Entry Price', 'Mark Price', 'Liq. Price', 'Unrealized P&L (ROI)'];

function sideOf(rowClass: string, qty: string, pnl: string): unknown {
  const th = HEADERS.map((h) => `<th>${h}</th>`).join('');
  const cells = ['BTCUSDT', qty, '66,540.20', '67,236.40', '60,412.70', pnl].map((c) => `<td>${c}</td>`).join('');
  const html = `<!doctype html><html lang="en"><body><table><thead><tr>${th}</tr></thead><tbody><tr class="${rowClass}">${cells}</tr></tbody></table></body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return readPage(bybit, doc, URL_BTC)?.positions?.rows[0]?.side;
}

describe('side from a class', () => {
  it('reads the class on the row that holds the cells', () => {
    // Mark above entry and a gain: a long; the same row marked as a sell with a loss: a short.
    expect(sideOf('is-buy', '0.120', '+83.54 USDT (+10.47%)')).toEqual({ ok: true, value: 'long' });
    expect(sideOf('is-sell', '0.120', '-83.54 USDT (-10.47%)')).toEqual({ ok: true, value: 'short' });
  });

  it('refuses a row marked both ways', () => {
    expect(sideOf('is-buy is-sell', '0.120', '+83.54 USDT')).toMatchObject({ ok: false });
  });

  it('without a class, takes a minus sign as a short and an unsigned size as a long only when the PnL agrees', () => {
    expect(sideOf('', '-0.120', '-83.54 USDT (-10.47%)')).toEqual({ ok: true, value: 'short' });
    expect(sideOf('', '0.120', '+83.54 USDT (+10.47%)')).toEqual({ ok: true, value: 'long' });
    // An unsigned short (mark above entry and a loss): not taken for a long.
    expect(sideOf('', '0.120', '-83.54 USDT (-10.47%)')).toMatchObject({ ok: false });
  });
});
