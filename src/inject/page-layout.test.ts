// @vitest-environment happy-dom
// The script "Copy page layout" injects: on a venue page its value is the masked outline, found with
// that venue's adapter from the URL alone, without the overlay's hosts; on any other page, null.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPageLayoutAnswer } from '../protocol/page-layout';

/** The script's value on a page at `url` (each import runs it afresh, as an injection does). */
async function injectAt(url: string): Promise<unknown> {
  // happy-dom's own handle on the test's window (not in the DOM's types): moves it to another URL.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  vi.resetModules();
  return (await import('./page-layout')).default;
}

/** An element built from its parts: the test's pages are made as DOM, never parsed from HTML. */
function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the injected page-layout script', () => {
  it("outlines an OKX page with OKX's labels, no digit, and none of the overlay's hosts", async () => {
    document.body.replaceChildren(
      el('form', { class: 'order' },
        el('div', {}, el('div', {},
          el('label', {}, 'Price'), el('input', { value: '60,123.5' }), el('span', {}, 'Cross 20.00x'),
          el('liqcheck-order', {}, el('b', {}, 'Liq 54,321.0'))))),
    );
    const answer = await injectAt('https://www.okx.com/trade-swap/btc-usdt-swap');
    expect(isPageLayoutAnswer(answer)).toBe(true);
    if (!isPageLayoutAnswer(answer)) return;
    expect(answer.layout).toContain('"Price"');
    expect(answer.layout).toMatch(/^\s+input/m);
    expect(answer.layout).not.toMatch(/\d/);
    expect(answer.layout).not.toContain('liqcheck-');
    expect(answer.layout).not.toContain('Liq');
  });

  it('is null on a page no adapter reads', async () => {
    document.body.replaceChildren(el('form', {}, el('label', {}, 'Price'), el('input', {})));
    expect(await injectAt('https://example.com/trade-swap/btc-usdt-swap')).toBeNull();
  });
});
