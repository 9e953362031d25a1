// @vitest-environment happy-dom
// The page layout a trader copies into a bug report: the structure of the page and the adapter's own
// labels survive; no number and no account text does (balances, addresses, emails, ids, prices, typed
// values), wherever the page puts them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { okx } from '../../venues/okx/page';
import { knownLabels, maskValue, pageLayout, shape } from './page-layout';
import { htmlNodes } from '../testing/html';

// A stand-in adapter: Labels at several depths, beside selectors and functions that are not labels.
const adapter = {
  venue: 'test',
  matches: ['https://example.test/trade/*'],
  page: () => null,
  words: { isolated: { en: ['Isolated'] }, cross: { en: ['Cross'], 'zh-CN': ['全仓'] } },
  market: { roots: ['.ticker'], markPrice: { en: ['Mark Price'] } },
  order: { roots: ['form'], tabs: { all: '[role=tab]', limitLabels: { en: ['Limit'] } }, liquidationLabels: { en: ['Liq. Price'] } },
  positions: { columns: { size: { en: ['Size'] }, entryPrice: { en: ['Entry Price'] }, pnl: { en: ['PNL', 'PNL (24h)'] } } },
  account: { roots: ['.assets'], walletBalance: { en: ['Wallet Balance'] } },
};

const SECRETS = [
  '12,345.67',
  '12345.67',
  '0x1a2B3c4D5e6F7a8B9c0D1e2F3a4B5c6D7e8F9a0B',
  '1a2B3c4D5e6F7a8B9c0D',
  'jane.trader@example.com',
  'jane',
  'example',
  '88812345',
  '1234567890123',
  '60,123.5',
  '0.25',
  'Jane Trader',
  'janeRef',
  'sessionToken',
];

function page(): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.replaceChildren(...htmlNodes(`
    <header class="ticker" title="Jane Trader 88812345">
      <span class="label">Mark Price</span><span class="value price-1f3a">60,123.5</span>
      <a href="/en/futures/BTCUSDT?ref=janeRef&amp;sessionToken=1234567890123#order-88812345">Jane Trader</a>
      <img src="https://cdn.example.com/avatar/88812345.png?sig=0x1a2B3c4D5e6F7a8B9c0D1e2F3a4B5c6D7e8F9a0B" alt="jane.trader@example.com">
    </header>
    <form id="order-form-88812345" data-testid="place-order">
      <div role="tablist"><div role="tab" aria-selected="true" id="tab-0">Limit</div><div role="tab">Market</div></div>
      <label for="limitPrice-1f3a">Price</label>
      <input id="limitPrice-1f3a" name="price" type="text" value="60,123.5" placeholder="60,123.5" aria-label="Price 60,123.5">
      <input id="qty" name="size" type="text" title="jane.trader@example.com" data-testid="size-input">
      <span aria-valuetext="0.25 BTC" aria-valuenow="25" aria-braillelabel="Jane Trader" aria-x-custom="janeRef">Cross</span>
      <div class="liq">Liq. Price <b>54,321.0</b></div>
    </form>
    <section class="assets" aria-describedby="uid-88812345">
      <div>Wallet Balance</div><div>12,345.67 USDT</div>
      <div data-testid="user-jane.trader@example.com">UID 88812345</div>
      <div id="0x1a2B3c4D5e6F7a8B9c0D1e2F3a4B5c6D7e8F9a0B">0x1a2B3c4D5e6F7a8B9c0D1e2F3a4B5c6D7e8F9a0B</div>
    </section>
    <table class="positions"><thead><tr><th>Size</th><th>Entry Price</th><th>PNL (24h)</th></tr></thead>
      <tbody><tr data-row-key="order-1234567890123"><td>0.25 BTC</td><td>12345.67</td><td>+1.5%</td></tr></tbody></table>`, doc));
  // What the trader typed, which no attribute shows.
  doc.querySelector<HTMLInputElement>('#qty')!.value = '0.25';
  return doc;
}

describe('page layout', () => {
  const layout = pageLayout(page(), knownLabels(adapter)).text;

  it('carries no digit and no account text', () => {
    expect(layout).not.toMatch(/\d/);
    for (const secret of SECRETS) expect(layout.toLowerCase()).not.toContain(secret.toLowerCase());
    // An aria-* that is neither a state nor an id reference is left out whole.
    expect(layout).not.toContain('aria-braillelabel');
    expect(layout).not.toContain('aria-x-custom');
  });

  it("keeps the structure and the adapter's labels", () => {
    for (const label of ['"Mark Price"', '"Limit"', '"Cross"', '"Liq. Price"', '"Wallet Balance"', '"Size"', '"Entry Price"']) expect(layout).toContain(label);
    // An id keeps its letters, its digits become '#'.
    expect(layout).toContain('input#limitPrice-#f#a');
    expect(layout).toContain('form#order-form-########');
    expect(layout).toContain('[role="tab" aria-selected="true"]');
    expect(layout).toContain('data-testid="size-input"');
    expect(layout).toContain('name="price" type="text"');
    // A text that is no label of the adapter's: its shape only.
    expect(layout).toContain('«##,###.## aaaa»');
    // A link without its query; the hex address in an id masked whole.
    expect(layout).toMatch(/href="[^"]*\/en\/futures\/BTCUSDT"/);
    expect(layout).toContain('div#' + '#'.repeat(42));
    // A label holding a figure ("PNL (24h)") is shown like any other text.
    expect(layout).toContain('th «aaa (##a)»');
    // Indented by depth: the input sits two levels below the body's form.
    expect(layout).toMatch(/^ {2}form#/m);
    expect(layout).toMatch(/^ {4}input#limitPrice/m);
  });

  it('never shows a typed or a written value, a placeholder or a title that is not a label', () => {
    expect(layout).toMatch(/value=«##,###\.#»/);
    expect(layout).toMatch(/typed=«#\.##»/);
    expect(layout).toMatch(/title=«aaaa\.aaaaaa@aaaaaaa\.aaa»/);
  });

  it('collects every Labels list of an adapter and no selector', () => {
    const matcher = knownLabels(adapter);
    expect([...matcher.keys].sort()).toEqual(['cross', 'entryprice', 'isolated', 'limit', 'liq.price', 'markprice', 'pnl', 'size', 'walletbalance', '全仓'].sort());
  });

  it('masks values and texts', () => {
    expect(maskValue('limitPrice-1f3a')).toBe('limitPrice-#f#a');
    expect(maskValue('row-9f86d081884c7d65')).toBe('row-################');
    expect(shape('Jane 12 ')).toBe('«aaaa ##»');
    expect(shape('x'.repeat(40))).toMatch(/^«a{32}… long»$/);
  });

  it('stops at its limits and says so', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.replaceChildren(...htmlNodes(`<form>${'<div><label>Price</label><input></div>'.repeat(50)}</form>`, doc));
    const small = pageLayout(doc, knownLabels(adapter), undefined, { maxElements: 20, maxChars: 200_000, maxDepth: 60 });
    expect(small.elements).toBe(20);
    expect(small.cut).toBe(true);
    expect(small.text).toContain('… cut:size-limit');
  });

  it('leaves out what is far from every label and input, and what the skip predicate names', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.replaceChildren(...htmlNodes(`<nav class="far">${'<ul><li><a>x</a></li></ul>'.repeat(30)}</nav><main><div><div><div><div><div><label>Price</label><input></div></div></div></div></div><liqcheck-badge><span>agrees</span></liqcheck-badge></main>`, doc));
    const text = pageLayout(doc, knownLabels(adapter), (el) => el.localName === 'liqcheck-badge').text;
    // The navigation (a nav, ninety-odd elements) is far from the form: one line says it was left out.
    expect(text).not.toContain('nav');
    expect(text).toMatch(/^ {2}… left-out:tens$/m);
    expect(text).toMatch(/^ {2}main$/m);
    expect(text).not.toContain('liqcheck-badge');
  });

  it('reads the real OKX capture within its limits, with no digit in it', () => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/okx/captures/okx-trade-swap-btc-usdt-swap-2026-04-08.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = pageLayout(doc, knownLabels(okx));
    expect(result.text).not.toMatch(/\d/);
    expect(result.elements).toBeGreaterThan(50);
    expect(result.elements).toBeLessThanOrEqual(4000);
    expect(result.text.length).toBeLessThanOrEqual(200_000);
    expect(result.text).toMatch(/"[^"]+"/);
  });
});
