// @vitest-environment happy-dom
// Pages the adapters were not tuned to: tests/fixtures/independent/ holds two markups per venue,
// written from the evidence (docs/real-pages.md, the real OKX capture) by someone who had not read the
// adapters. Each page's <name>.expect.json says what a correct reader must read from its visible
// text (the folder's README gives the conventions); nothing here is copied from the reader's output.
// One `it` per page and panel lists every field that was not read as expected.
// INDEPENDENT_REPORT=1 also prints "N of M checks read" per venue and per field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageSnapshot, PositionView, Quantity, Reading } from '../protocol/snapshot';
import { binanceCoinm } from '../venues/binance-coinm/page';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { bitget } from '../venues/bitget/page';
import { bybit } from '../venues/bybit/page';
import { hyperliquid } from '../venues/hyperliquid/page';
import { okx } from '../venues/okx/page';
import { readPage } from './read-page';
import type { SiteAdapter } from './types';

const PAGES_DIR = join(process.cwd(), 'tests/fixtures/independent');

/** Each folder of tests/fixtures/independent and the adapter that reads its pages. */
const ADAPTER_OF_FOLDER: Readonly<Record<string, SiteAdapter>> = {
  binance: binanceUsdm,
  'binance-coinm': binanceCoinm,
  bybit,
  okx,
  hyperliquid,
  bitget,
};

interface ExpectedSize {
  amount: string;
  unit: Quantity['unit'];
}

interface ExpectedRow {
  symbol: string;
  side: 'long' | 'short';
  size: ExpectedSize;
  entryPrice: string;
  markPrice: string;
  liquidationPrice: string;
  marginMode: 'cross' | 'isolated';
  leverage: string;
}

interface Expectations {
  url: string;
  market: { markPrice: string };
  order: {
    orderType: 'limit' | 'market';
    price: string;
    size: ExpectedSize;
    leverage: string;
    marginMode: 'cross' | 'isolated';
    positionMode: 'one-way' | 'hedge';
  };
  positions: { declaredCount: string; rows: ExpectedRow[] };
}

interface Page {
  folder: string;
  name: string;
  adapter: SiteAdapter;
  expected: Expectations;
  html: string;
}

function pagesOnDisk(): Page[] {
  return Object.entries(ADAPTER_OF_FOLDER).flatMap(([folder, adapter]) =>
    readdirSync(join(PAGES_DIR, folder))
      .filter((file) => file.endsWith('.expect.json'))
      .sort()
      .map((file) => {
        const name = file.slice(0, -'.expect.json'.length);
        return {
          folder,
          name,
          adapter,
          expected: JSON.parse(readFileSync(join(PAGES_DIR, folder, file), 'utf8')) as Expectations,
          html: readFileSync(join(PAGES_DIR, folder, `${name}.html`), 'utf8'),
        };
      }),
  );
}

/** One field compared: what the page shows and what the reader made of it. */
interface Check {
  field: string;
  expected: string;
  got: string;
  read: boolean;
}

function shown(reading: Reading<unknown> | undefined): string {
  if (!reading) return 'no reading';
  return reading.ok ? JSON.stringify(reading.value) : `refused: ${reading.reason}`;
}

function sameDecimal(value: unknown, expected: string): boolean {
  try {
    return typeof value === 'string' && new Decimal(value).eq(expected);
  } catch {
    return false;
  }
}

function decimalCheck(field: string, reading: Reading<unknown> | undefined, expected: string): Check {
  return { field, expected, got: shown(reading), read: reading?.ok === true && sameDecimal(reading.value, expected) };
}

function exactCheck(field: string, reading: Reading<unknown> | undefined, expected: string | number): Check {
  return { field, expected: String(expected), got: shown(reading), read: reading?.ok === true && reading.value === expected };
}

/** Two checks: the amount (a magnitude: the side is its own field) and the unit. */
function sizeChecks(field: string, reading: Reading<Quantity> | undefined, expected: ExpectedSize): Check[] {
  const got = shown(reading);
  const value = reading?.ok ? reading.value : null;
  return [
    { field: `${field}.amount`, expected: expected.amount, got, read: value !== null && sameDecimal(value.amount.replace(/^-/, ''), expected.amount) },
    { field: `${field}.unit`, expected: expected.unit, got, read: value !== null && value.unit === expected.unit },
  ];
}

const NOT_A_TRADING_PAGE: Reading<never> = { ok: false, reason: 'readPage: not a trading page of this adapter' };

function marketChecks(snap: PageSnapshot | null, expected: Expectations['market']): Check[] {
  return [decimalCheck('market.markPrice', snap ? snap.market.markPrice : NOT_A_TRADING_PAGE, expected.markPrice)];
}

function orderChecks(snap: PageSnapshot | null, expected: Expectations['order']): Check[] {
  const none: Reading<never> = snap ? { ok: false, reason: 'no order form found' } : NOT_A_TRADING_PAGE;
  const order = snap?.order ?? null;
  return [
    exactCheck('order.orderType', order?.orderType ?? none, expected.orderType),
    decimalCheck('order.price', order?.price ?? none, expected.price),
    ...sizeChecks('order.size', order?.size ?? none, expected.size),
    decimalCheck('order.leverage', order?.leverage ?? none, expected.leverage),
    exactCheck('order.marginMode', order?.marginMode ?? none, expected.marginMode),
    exactCheck('order.positionMode', order?.positionMode ?? none, expected.positionMode),
  ];
}

/** The reader's row for an expected one: by symbol; else, when the counts agree, the row in its place. */
function matchingRow(rows: readonly PositionView[], expected: readonly ExpectedRow[], index: number): PositionView | null {
  const bySymbol = rows.find((r) => r.unidentified === undefined && r.symbol === expected[index]!.symbol);
  if (bySymbol) return bySymbol;
  return rows.length === expected.length ? rows[index]! : null;
}

function rowChecks(row: PositionView | null, expected: ExpectedRow, why: Reading<never>): Check[] {
  const at = `positions.${expected.symbol}`;
  const symbol: Reading<string> = row ? { ok: true, value: row.unidentified === undefined ? row.symbol : `unidentified: ${row.unidentified}` } : why;
  return [
    exactCheck(`${at}.symbol`, symbol, expected.symbol),
    exactCheck(`${at}.side`, row?.side ?? why, expected.side),
    ...sizeChecks(`${at}.size`, row?.size ?? why, expected.size),
    decimalCheck(`${at}.entryPrice`, row?.entryPrice ?? why, expected.entryPrice),
    decimalCheck(`${at}.markPrice`, row?.markPrice ?? why, expected.markPrice),
    decimalCheck(`${at}.liquidationPrice`, row?.liquidationPrice ?? why, expected.liquidationPrice),
    exactCheck(`${at}.marginMode`, row?.marginMode ?? why, expected.marginMode),
    decimalCheck(`${at}.leverage`, row?.leverage ?? why, expected.leverage),
  ];
}

function positionsChecks(snap: PageSnapshot | null, expected: Expectations['positions']): Check[] {
  const panel = snap?.positions ?? null;
  const why: Reading<never> = snap ? { ok: false, reason: 'no positions panel found' } : NOT_A_TRADING_PAGE;
  const rows = panel?.rows ?? [];
  const rowCount: Reading<number> = panel ? { ok: true, value: rows.length } : why;
  return [
    exactCheck('positions.declaredCount', panel?.declaredCount ?? why, Number(expected.declaredCount)),
    exactCheck('positions.rowCount', rowCount, expected.rows.length),
    ...expected.rows.flatMap((row, i) => {
      const found = matchingRow(rows, expected.rows, i);
      return rowChecks(found, row, panel ? { ok: false, reason: `no row for ${row.symbol}` } : why);
    }),
  ];
}

/** Every check run, for the report. */
const results: { folder: string; page: string; check: Check }[] = [];

function expectAllRead(page: Page, checks: Check[]): void {
  for (const check of checks) results.push({ folder: page.folder, page: page.name, check });
  const misread = checks.filter((c) => !c.read).map((c) => `${c.field}: expected ${c.expected}, got ${c.got}`);
  expect(misread).toEqual([]);
}

const pages = pagesOnDisk();

describe('independent pages', () => {
  it('two markups for every venue', () => {
    for (const folder of Object.keys(ADAPTER_OF_FOLDER)) {
      expect(pages.filter((p) => p.folder === folder).length, folder).toBeGreaterThanOrEqual(2);
    }
  });

  for (const page of pages) {
    describe(`${page.folder}/${page.name}`, () => {
      const read = (): PageSnapshot | null => {
        const doc = new DOMParser().parseFromString(page.html, 'text/html');
        return readPage(page.adapter, doc, new URL(page.expected.url));
      };
      it('market', () => expectAllRead(page, marketChecks(read(), page.expected.market)));
      it('order form', () => expectAllRead(page, orderChecks(read(), page.expected.order)));
      it('positions', () => expectAllRead(page, positionsChecks(read(), page.expected.positions)));
    });
  }

  afterAll(() => {
    if (!process.env.INDEPENDENT_REPORT) return;
    console.log(report());
  });
});

/** "N of M checks read" per venue, per page and per field (row fields without the symbol), then each miss. */
function report(): string {
  const tally = (key: (r: (typeof results)[number]) => string): Map<string, [number, number]> => {
    const counts = new Map<string, [number, number]>();
    for (const r of results) {
      const k = key(r);
      const [n, m] = counts.get(k) ?? [0, 0];
      counts.set(k, [n + (r.check.read ? 1 : 0), m + 1]);
    }
    return counts;
  };
  const lines = (title: string, counts: Map<string, [number, number]>): string[] => [
    title,
    ...[...counts].map(([k, [n, m]]) => `  ${k.padEnd(40)} ${String(n).padStart(3)} of ${m}`),
  ];
  const field = (r: (typeof results)[number]): string => r.check.field.replace(/^positions\.[^.]+\.(?!.*Count)/, 'positions.row.');
  const [n, m] = [results.filter((r) => r.check.read).length, results.length];
  return [
    `Independent pages: ${n} of ${m} checks read`,
    ...lines('per venue:', tally((r) => r.folder)),
    ...lines('per page:', tally((r) => `${r.folder}/${r.page}`)),
    ...lines('per venue and panel:', tally((r) => `${r.folder} ${r.check.field.split('.')[0]!}`)),
    ...lines('per field:', tally(field)),
    'not read:',
    ...results.filter((r) => !r.check.read).map((r) => `  ${r.folder}/${r.page} ${r.check.field}: ${r.check.got.slice(0, 100)}`),
  ].join('\n');
}
