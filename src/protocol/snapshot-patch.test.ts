// @vitest-environment happy-dom
// A snapshot sent as its changes must arrive as the very snapshot the content script read: the page is
// edited the way it re-renders, read as the content script reads it, diffed, sent as JSON, and rebuilt
// and checked by the worker's parser; the result must equal the snapshot itself. Patches that do not fit
// their base are typed errors, never a snapshot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceUsdm } from '../venues/binance-usdm/page';
import { readChangedPanels, readPage, type PageReading } from '../sites/read-page';
import { fixturePage } from '../sites/testing/fixture-pages';
import type { SnapshotMessage } from './messages';
import { parsePortMessage } from './parse-message';
import { diffSnapshot } from './snapshot-patch';

const URL_EN = new URL('https://www.binance.com/en/futures/BTCUSDT');

function page() {
  const doc = new DOMParser().parseFromString(fixturePage('binance/futures-btcusdt.html'), 'text/html');
  let reading = readChangedPanels(binanceUsdm, doc, URL_EN, null, { changed: () => true, relocate: true }) as PageReading;
  return {
    doc,
    get snapshot() {
      return reading.snapshot;
    },
    /** Re-reads after an edit; only the edited element counts as changed. */
    read(edited: Element) {
      reading = readChangedPanels(binanceUsdm, doc, URL_EN, reading, {
        changed: (els) => els.some((el) => el.contains(edited) || edited.contains(el)),
        relocate: false,
      }) as PageReading;
      return reading.snapshot;
    },
  };
}

function whole(seq: number, snapshot: unknown): SnapshotMessage {
  const parsed = parsePortMessage({ type: 'snapshot', v: 1, seq, snapshot: JSON.parse(JSON.stringify(snapshot)) }, undefined);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.message;
}

function patch(seq: number, base: number, changes: unknown) {
  return JSON.parse(JSON.stringify({ type: 'snapshot-patch', v: 1, seq, base, changes })) as unknown;
}

describe('snapshot patches', () => {
  it('a mark tick goes as the header and the one changed row, and is rebuilt into the very snapshot read', () => {
    const p = page();
    const first = p.snapshot;
    const last = whole(1, first);
    const mark = p.doc.querySelector('[data-fx="row"] [data-fx="mark"]') as Element;
    mark.textContent = '61,234.5';
    const header = p.doc.querySelector('[data-fx="header-mark"]') as Element;
    header.textContent = '61,234.5';
    p.read(mark);
    const next = p.read(header);
    // The content script diffs against the snapshot it sent (the same objects), the worker patches its copy.
    const changes = diffSnapshot(first, next);
    expect(Object.keys(changes ?? {}).sort()).toEqual(['market', 'positions']);
    const rebuilt = parsePortMessage(patch(2, 1, changes), last);
    expect(rebuilt).toEqual({ ok: true, message: { type: 'snapshot', v: 1, seq: 2, snapshot: readPage(binanceUsdm, p.doc, URL_EN) } });
  });

  it('sends only what changed: unchanged rows by index, unchanged panels not at all', () => {
    const p = page();
    const first = p.snapshot;
    const mark = p.doc.querySelector('[data-fx="row"] [data-fx="mark"]') as Element;
    mark.textContent = '61,234.5';
    const next = p.read(mark);
    const changes = diffSnapshot(first, next);
    expect(Object.keys(changes ?? {})).toEqual(['positions']);
    const rows = changes?.positions?.rows ?? [];
    expect(rows.filter((r) => typeof r !== 'number')).toHaveLength(1);
    expect(rows.filter((r) => typeof r === 'number')).toEqual([1, 2].slice(0, rows.length - 1));
    expect(JSON.stringify(changes).length).toBeLessThan(JSON.stringify(next).length / 2);
  });

  it('a patch to a base the worker does not have, or with a row index outside it, is a typed error', () => {
    const p = page();
    const last = whole(5, p.snapshot);
    expect(parsePortMessage(patch(6, 4, {}), last)).toMatchObject({ ok: false, error: { error: { code: 'unknown-base', path: 'message.base' } } });
    expect(parsePortMessage(patch(6, 5, {}), undefined)).toMatchObject({ ok: false, error: { error: { code: 'unknown-base' } } });
    const outside = { positions: { declaredCount: { ok: true, value: 3 }, rows: [0, 99] } };
    expect(parsePortMessage(patch(6, 5, outside), last)).toMatchObject({ ok: false, error: { error: { code: 'bad-message', path: 'message.changes.positions.rows[1]' } } });
    expect(parsePortMessage(patch(6, 5, { venue: 'okx' }), last)).toMatchObject({ ok: false, error: { error: { code: 'bad-message', path: 'message.changes.venue' } } });
    expect(parsePortMessage(JSON.parse('{"type":"snapshot-patch","v":1,"seq":6,"base":5,"changes":{"__proto__":{"x":1}}}'), last)).toMatchObject({ ok: false });
    // A row sent whole is checked like any row.
    const bad = { positions: { declaredCount: { ok: true, value: 1 }, rows: [{ key: 'x' }] } };
    expect(parsePortMessage(patch(6, 5, bad), last)).toMatchObject({ ok: false, error: { error: { code: 'bad-message' } } });
  });

  it('fuzzed changes to a real snapshot: never a throw, and a snapshot only when it passes every check', () => {
    const p = page();
    const last = whole(1, p.snapshot);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('market', 'order', 'account', 'positions', 'symbol', 'rows'), (value, key) => {
        const changes = key === 'rows' ? { positions: { declaredCount: { ok: true, value: 1 }, rows: [value] } } : { [key]: value };
        const parsed = parsePortMessage(patch(2, 1, changes), last);
        if (parsed.ok) expect(whole(2, parsed.message.snapshot)).toEqual(parsed.message);
        else expect(parsed.error.error.path.startsWith('message')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
