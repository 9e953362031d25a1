// @vitest-environment happy-dom
// Theme "auto" follows the page's own background behind the host (issue 21). Colours are written as
// the browser computes them, rgb()/rgba(); the expected theme is by eye of those colours.
import { afterEach, describe, expect, test } from 'vitest';
import { OverlayHosts } from './mount';
import { pageTheme } from './page-theme';

afterEach(() => document.body.replaceChildren());

function cellIn(...backgrounds: string[]): HTMLElement {
  let parent: HTMLElement = document.body;
  for (const background of backgrounds) {
    const div = document.createElement('div');
    div.style.backgroundColor = background;
    parent.append(div);
    parent = div;
  }
  const cell = document.createElement('span');
  parent.append(cell);
  return cell;
}

describe('pageTheme', () => {
  test('the nearest painted ancestor decides: Binance dark #181a20 is dark, white is light', () => {
    expect(pageTheme(cellIn('rgb(255, 255, 255)', 'rgb(24, 26, 32)'))).toBe('dark');
    expect(pageTheme(cellIn('rgb(11, 14, 17)', 'rgb(255, 255, 255)'))).toBe('light');
  });

  test('transparent and faint layers are looked through', () => {
    expect(pageTheme(cellIn('rgb(11, 14, 17)', 'rgba(255, 255, 255, 0.05)', 'rgba(0, 0, 0, 0)'))).toBe('dark');
  });

  test('nothing painted: no answer (the system decides)', () => {
    expect(pageTheme(cellIn('rgba(0, 0, 0, 0)'))).toBeNull();
  });
});

describe('OverlayHosts with theme auto', () => {
  test('a badge on a dark page gets the dark theme, on a light one the light theme', () => {
    const dark = cellIn('rgb(24, 26, 32)');
    const light = cellIn('rgb(250, 250, 250)');
    const hosts = new OverlayHosts({ view: { theme: 'auto', privacy: false, compact: true } });
    hosts.update({ positions: new Map([['A:long', dark], ['B:long', light]]), order: null }, { result: null });
    const wrapper = (cell: HTMLElement) => cell.lastElementChild!.shadowRoot!.querySelector('span.lc')!.className;
    expect(wrapper(dark)).toBe('lc theme-dark');
    expect(wrapper(light)).toBe('lc theme-light');
    hosts.destroy();
  });

  test('a setting of light or dark wins over the page', () => {
    const dark = cellIn('rgb(24, 26, 32)');
    const hosts = new OverlayHosts({ view: { theme: 'light', privacy: false, compact: true } });
    hosts.update({ positions: new Map([['A:long', dark]]), order: null }, { result: null });
    expect(dark.lastElementChild!.shadowRoot!.querySelector('span.lc')!.className).toBe('lc theme-light');
    hosts.destroy();
  });
});
