// @vitest-environment happy-dom
// The fixture variants (busy, warnings, hostile Binance pages) as built from the base page: each
// declared change is present in the page built, each page is what its consumers need (the hooks
// busy-driver.js looks for, the tier-2 figure of docs/rules/binance.md §2.3, markup as text only).
// fixture-server.test.ts checks the server serves them under their old file paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE_VARIANTS } from './fixture-variants';
import { FIXTURES_DIR, fixturePage } from './fixture-pages';
import { countMatches } from './page-edits';

const base = readFileSync(join(FIXTURES_DIR, 'binance/futures-btcusdt.html'), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html.replace(/<link\b[^>]*>|<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/g, ''), 'text/html');

describe.each(Object.entries(FIXTURE_VARIANTS))('%s', (file, variant) => {
  const built = fixturePage(file);

  it('is built from the base page, and differs from it', () => {
    expect(variant.base).toBe('binance/futures-btcusdt.html');
    expect(built).not.toBe(base);
  });

  it.each(variant.edits.map((e) => [e.name, e] as const))('has its change "%s"', (_name, edit) => {
    expect(countMatches(base, edit.find)).toBe(1); // the target is in the base page, once
    expect(edit.replace).not.toBe(edit.find); // it changes something
    expect(built).toContain(edit.replace); // the change is in the page built
    if (typeof edit.find === 'string' && !edit.replace.includes(edit.find)) expect(built).not.toContain(edit.find);
  });

  it('keeps every line of the base page no change targets', () => {
    const touched = variant.edits.filter((e) => typeof e.find === 'string').map((e) => e.find as string);
    const notesEnd = base.indexOf('-->\n');
    const kept = base.slice(notesEnd).split('\n').filter((line) => !touched.some((t) => t.includes(line) || line.includes(t.trim())));
    const builtLines = new Set(built.split('\n'));
    expect(kept.filter((line) => !builtLines.has(line))).toEqual([]);
    expect(kept.length).toBeGreaterThan(100);
  });

  it('is what fixturePage gives for its absolute path too', () => {
    expect(fixturePage(join(FIXTURES_DIR, file))).toBe(built);
  });
});

describe('binance/busy-futures-btcusdt.html', () => {
  const html = fixturePage('binance/busy-futures-btcusdt.html');
  const doc = parse(html);

  it('has every hook busy-driver.js re-renders, once each', () => {
    const driver = readFileSync(join(FIXTURES_DIR, 'binance/busy-driver.js'), 'utf8');
    const hooks = [...new Set([...driver.matchAll(/data-busy="([\w-]+)"/g)].map((m) => m[1]!))];
    expect(hooks.length).toBeGreaterThanOrEqual(7);
    for (const hook of hooks) expect(doc.querySelectorAll(`[data-busy="${hook}"]`).length, hook).toBe(1);
  });

  it('loads busy-driver.js after the fixture driver, and keeps the notes of the base page', () => {
    expect(html.indexOf('<script src="/fixture-driver.js"></script>\n<script src="/busy-driver.js"></script>')).toBeGreaterThan(0);
    expect(html).toContain(base.slice(base.indexOf('<!--\n') + 5, base.indexOf('-->\n')));
  });

  it('shows the numbers of the base page (the order book aside)', () => {
    const text = (d: Document) => d.querySelector('[name="positions"]')!.textContent + '|' + d.querySelector('[name="account"]')!.textContent;
    expect(text(doc)).toBe(text(parse(base)));
  });
});

describe('binance/warnings-btcusdt.html', () => {
  it("shows BTCUSDT's liquidation price of tier 2 (0.5 %, cum 300) where the base page shows tier 1", () => {
    // docs/rules/binance.md §2.3, isolated long: LP = (Q·EP − WB − cum) / (Q·(1 − MMR)), Q 0.5, EP 60,000, WB 1,500.
    const lp = (mmr: string, cum: number) => new Decimal(30000).sub(1500).sub(cum).div(new Decimal('0.5').mul(new Decimal(1).sub(mmr)));
    const shown = (d: Decimal) => Number(d.toFixed(1, Decimal.ROUND_DOWN)).toLocaleString('en-US', { minimumFractionDigits: 1 });
    const cell = (html: string) => {
      const d = parse(html);
      const header = [...d.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent);
      const row = [...d.querySelectorAll('[role="row"]')].find((r) => r.textContent!.includes('BTCUSDT'))!;
      return row.children[header.indexOf('Liq.Price')]!.textContent;
    };
    expect(cell(base)).toBe(shown(lp('0.004', 0)));
    expect(cell(fixturePage('binance/warnings-btcusdt.html'))).toBe(shown(lp('0.005', 300)));
    expect(shown(lp('0.005', 300))).toBe('56,683.4');
  });
});

describe('hostile/futures-hostile.html', () => {
  it('carries markup and script only as text', () => {
    const doc = parse(fixturePage('hostile/futures-hostile.html'));
    expect(doc.querySelectorAll('img, script').length).toBe(0);
    const body = doc.body.textContent!;
    expect(body).toContain('SOL<img src=x onerror="window.__liqcheckPwned=1">USDT');
    expect(body).toContain('<script>window.__liqcheckPwned=2</script>');
    expect(body).toContain('Margin Ratio<img');
    expect(doc.querySelector('[title^="Wallet Balance<img"]')?.textContent).toMatch(/^Wallet Balance<img/);
  });
});
