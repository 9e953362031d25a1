// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { OptionsForm } from './options-form';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(save: (s: Settings) => Promise<void>, initial: Settings = structuredClone(DEFAULT_SETTINGS)) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<OptionsForm initial={initial} save={save} locale="en-US" />, container));
  return container;
}

async function type(root: HTMLElement, id: string, text: string) {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return input;
}

/** Lets the chained save promise settle. */
async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

async function click(root: HTMLElement, selector: string) {
  await act(async () => {
    root.querySelector<HTMLElement>(selector)!.click();
  });
}

describe('OptionsForm', () => {
  test('every input has a label that names it', () => {
    const root = mount(async () => undefined);
    const inputs = [...root.querySelectorAll<HTMLElement>('input, select')];
    expect(inputs.length).toBe(4 + 1 + 6 * 2 + 2 + 1); // 4 numbers, alerts on/off, 6 venues x (on/off, fee), privacy, compact, theme
    for (const input of inputs) {
      const label = root.querySelector(`label[for="${input.id}"]`);
      expect(label?.textContent?.trim(), input.id).toBeTruthy();
    }
  });

  test('a valid value is saved as its canonical decimal string', async () => {
    const saved: Settings[] = [];
    const root = mount(async (s) => void saved.push(s));
    await type(root, 'alertPercent', ' 3.50 ');
    await settle();
    expect(saved.at(-1)?.alertPercent).toBe('3.5');
    expect(root.querySelector('#status')?.textContent).toBe('Saved.');
  });

  test('bad input shows why, is marked invalid and saves nothing', async () => {
    const saved: Settings[] = [];
    const root = mount(async (s) => void saved.push(s));
    for (const [id, text, message] of [
      ['highLeverage', 'abc', 'Not a number: use digits and a point, e.g. 20.'],
      ['highLeverage', '-5', 'Must not be negative.'],
      ['highLeverage', '0.5', 'Must be at least 1.'],
      ['highLeverage', '5000', 'Must be at most 200.'],
      ['nearEntryPercent', '0', 'Must be more than 0.'],
      ['alertCooldownMinutes', '2.5', 'Use a whole number.'],
      ['fee-bybit', '4', 'Must be at most 1.'],
      ['alertPercent', '', 'Enter a number.'],
    ] as const) {
      const input = await type(root, id, text);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const problem = root.querySelector(`#${id}-problem`);
      expect(problem?.textContent).toBe(message);
      expect(problem?.getAttribute('role')).toBe('alert');
      expect(input.getAttribute('aria-describedby')).toContain(`${id}-problem`);
    }
    expect(saved).toEqual([]);
    expect(root.querySelector('#status')?.textContent).toBe('Not saved: fix the highlighted field.');
  });

  test('a fee is set per venue, and emptied back to the base rate', async () => {
    const saved: Settings[] = [];
    const root = mount(async (s) => void saved.push(s));
    await type(root, 'fee-okx', '0.05');
    await settle();
    expect(saved.at(-1)?.venues.okx).toEqual({ enabled: true, takerFeePercent: '0.05' });
    await type(root, 'fee-okx', '');
    await settle();
    expect(saved.at(-1)?.venues.okx).toEqual({ enabled: true });
    expect(root.querySelector('#fee-okx')?.getAttribute('aria-invalid')).toBe('false');
  });

  test('switches and the theme save at once, keeping earlier changes', async () => {
    const saved: Settings[] = [];
    const root = mount(async (s) => void saved.push(s));
    await type(root, 'alertPercent', '4');
    await click(root, '#venue-hyperliquid');
    await click(root, '#privacyMode');
    await act(async () => {
      const select = root.querySelector<HTMLSelectElement>('#theme')!;
      select.querySelector<HTMLOptionElement>('option[value="light"]')!.selected = true;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const last = saved.at(-1)!;
    expect(last.alertPercent).toBe('4');
    expect(last.venues.hyperliquid.enabled).toBe(false);
    expect(last.privacyMode).toBe(true);
    expect(last.theme).toBe('light');
  });

  test('a failed save says so', async () => {
    const root = mount(() => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')));
    await type(root, 'alertPercent', '3');
    await settle();
    expect(root.querySelector('#status')?.textContent).toBe('Could not save: QUOTA_BYTES_PER_ITEM quota exceeded');
  });

  test('restore the defaults resets the fields and saves the defaults', async () => {
    const saved: Settings[] = [];
    const initial = { ...structuredClone(DEFAULT_SETTINGS), alertPercent: '9', theme: 'dark' as const };
    const root = mount(async (s) => void saved.push(s), initial);
    expect(root.querySelector<HTMLInputElement>('#alertPercent')!.value).toBe('9');
    await click(root, 'button');
    await settle();
    expect(saved.at(-1)).toEqual(DEFAULT_SETTINGS);
    expect(root.querySelector<HTMLInputElement>('#alertPercent')!.value).toBe('2');
  });
});
