// @vitest-environment happy-dom
// The watch list form: an invalid address is an error in the form, and nothing is stored (so the
// worker, which reads only storage, never sends it); a valid list is stored in the local area.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryArea } from '../platform/key-value-area';
import { stateKey, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';
import { WatchList } from './watch-list';

const A = '0x31ca8395cf837de08b24da3f660e77761dfb974b';
let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mountAndSave(text: string, area = memoryArea()) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<WatchList initial={[]} area={area} />, container));
  const box = container.querySelector<HTMLTextAreaElement>('#watchAddresses')!;
  await act(async () => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    container.querySelector<HTMLButtonElement>('#watchSave')!.click();
    await new Promise((r) => setTimeout(r, 0));
  });
  return { area, box };
}

describe('WatchList', () => {
  it('the textarea is labelled', () => {
    container = document.createElement('div');
    document.body.append(container);
    act(() => render(<WatchList initial={[A]} area={memoryArea()} />, container));
    expect(container.querySelector('label[for="watchAddresses"]')?.textContent).toMatch(/Addresses/);
    expect(container.querySelector<HTMLTextAreaElement>('#watchAddresses')!.value).toBe(A);
  });

  it('an invalid address: a clear error, marked invalid, nothing stored', async () => {
    const { area, box } = await mountAndSave(`${A}\n0x1234`);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('"0x1234" is not a Hyperliquid address (0x and 40 hex digits). Nothing was saved or sent.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(area.data.has(WATCH_KEY)).toBe(false);
  });

  it('an address taken off the list takes its kept state with it', async () => {
    const B = '0x5e9ee1089755c3435139848e47e6635505d5a13a';
    const area = memoryArea({ [WATCH_KEY]: [A, B], [stateKey(A)]: { good: {} }, [stateKey(B)]: { good: {} } });
    await mountAndSave(A, area);
    expect(area.data.get(WATCH_KEY)).toEqual([A]);
    expect([...area.data.keys()]).toEqual([WATCH_KEY, stateKey(A)]);
  });

  it('a valid list is stored, lowercased', async () => {
    const { area } = await mountAndSave(A.toUpperCase().replace('0X', '0x'));
    expect(area.data.get(WATCH_KEY)).toEqual([A]);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved: 1 addresses');
  });
});
