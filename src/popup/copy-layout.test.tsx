// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageLayoutAnswer } from '../protocol/page-layout';
import { CopyLayout } from './copy-layout';

let container: HTMLElement;
async function clickCopy(ask: () => Promise<PageLayoutAnswer | null>, write: (text: string) => Promise<void>): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<CopyLayout ask={ask} write={write} />, container);
  });
  await act(async () => {
    container.querySelector<HTMLButtonElement>('[data-liqcheck="copy-layout"]')!.click();
  });
  // Let the ask and the write settle.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

const status = (root: HTMLElement) => root.querySelector('[data-liqcheck="copy-layout-status"]');
const layout: PageLayoutAnswer = { type: 'page-layout', layout: 'body\n  form#order\n', elements: 2, cut: false };

describe('Copy page layout', () => {
  it("copies the tab's layout and says so", async () => {
    const written: string[] = [];
    const root = await clickCopy(async () => layout, async (text) => void written.push(text));
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('body\n  form#order\n');
    expect(status(root)?.textContent).toBe('copied');
  });

  it('says when the layout was cut', async () => {
    const root = await clickCopy(async () => ({ ...layout, cut: true }), async () => undefined);
    expect(status(root)?.getAttribute('data-state')).toBe('copied-cut');
  });

  it('says when the page is no venue page, and writes nothing', async () => {
    const written: string[] = [];
    const root = await clickCopy(async () => null, async (text) => void written.push(text));
    expect(written).toHaveLength(0);
    expect(status(root)?.textContent).toBe('this page is not a trading page Liqcheck reads');
  });

  it("says when the script could not be injected, with the browser's reason, and writes nothing", async () => {
    const written: string[] = [];
    const refused = new Error('Cannot access contents of the page.');
    const root = await clickCopy(async () => Promise.reject(refused), async (text) => void written.push(text));
    expect(written).toHaveLength(0);
    expect(status(root)?.getAttribute('data-state')).toBe('no-access');
    expect(status(root)?.textContent).toBe('could not look into this tab (not an exchange page, or no permission for it): Cannot access contents of the page.');
  });

  it('says when the clipboard refused', async () => {
    const root = await clickCopy(async () => layout, async () => Promise.reject(new Error('denied')));
    expect(status(root)?.textContent).toBe('could not write to the clipboard');
  });
});
