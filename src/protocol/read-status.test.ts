import { describe, expect, it } from 'vitest';
import { missing, order, row, snapshot } from '../background/testing/make-snapshot';
import { describeStatus, readStatus } from './read-status';

describe('readStatus', () => {
  it('counts every field of every part and names what was not read', () => {
    const rows = [row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '10000', liq: '90361.4', leverage: '10' })];
    const parts = readStatus(snapshot({ rows, order: order({ price: '100000', size: '1', leverage: '10', mode: 'isolated' }), wallet: '1000', mark: '100000' }));
    const byPart = Object.fromEntries(parts.map((p) => [p.part, p]));
    // A position row has 9 readings: side, margin mode, leverage, size, entry, mark, liq. price, margin, margin ratio.
    expect(byPart['BTCUSDT long']).toMatchObject({ part: 'BTCUSDT long', read: 8, total: 9, missing: ['Margin Ratio: shows "--"'] });
    expect(describeStatus(byPart['BTCUSDT long']!)).toBe('read 8 of 9: Margin Ratio: shows "--"');
    // Order form: type, price, size, leverage, margin mode, position mode, and the page's two liq rows.
    expect(byPart['Order form']).toMatchObject({ read: 6, total: 8 });
    expect(byPart['Account']).toMatchObject({ part: 'Account', read: 1, total: 1, missing: [] });
    expect(describeStatus(byPart['Account']!)).toBe('read 1 of 1');
  });

  it('says which panels were not found', () => {
    const s = { ...snapshot({}), order: null, positions: null, account: null };
    const text = readStatus(s).map(describeStatus);
    expect(text).toContain('read 0 of 1: the order form was not found on the page');
    expect(text).toContain('read 0 of 1: the positions panel was not found on the page');
  });

  it('an unreadable side is named in the part', () => {
    const r = { ...row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '1', entry: '1', mark: '1' }), side: missing('Size: the sign of Size and of PNL disagree') };
    const part = readStatus(snapshot({ rows: [r] })).find((p) => p.part.startsWith('ETHUSDT'));
    expect(part?.part).toBe('ETHUSDT side unknown');
    expect(part?.missing).toContain('Size: the sign of Size and of PNL disagree');
  });

  it('a row the reader could not identify counts as not read, and says why', () => {
    const r = { ...row({ symbol: 'BTCUSDT Perp ADL', side: 'long', mode: 'isolated', size: '1', entry: '1', mark: '1' }), unidentified: 'symbol: "ADL" is not part of a symbol' };
    const part = readStatus(snapshot({ rows: [r] })).find((p) => p.part.startsWith('BTCUSDT Perp ADL'));
    expect(part?.read).toBe(0);
    expect(part?.missing[0]).toBe('symbol: "ADL" is not part of a symbol');
  });
});
