// Identity before arithmetic: a position row counts only once the page has said which of the venue's
// instruments it is. A row the reader could not identify may be any position (the one an order nets
// into, one sharing the cross wallet), so an estimate that depends on the other rows is refused,
// naming the row, rather than made as if that position did not exist.
import { t } from '../i18n/t';
import type { Venue } from '../model/types';
import type { PositionView } from '../protocol/snapshot';
import { isVenueSymbol } from '../venues/venue-symbol';

/** How the row is named to the trader: its symbol, or the cell's text as shown. */
function rowName(row: PositionView): string {
  return row.symbol.trim() === '' ? t('worker_rowWithoutSymbol') : row.symbol;
}

/** Why the reader could not tell which position this row is, or undefined when it could. */
export function unidentifiedRow(row: PositionView, venue: Venue): string | undefined {
  if (row.unidentified !== undefined) return t('worker_rowUnidentified', rowName(row), row.unidentified);
  if (row.symbol.trim() === '') return t('worker_rowUnidentified', rowName(row), t('worker_rowNoSymbol'));
  // The reader's symbol grammar said yes; the venue's own instrument shape must agree.
  if (!isVenueSymbol(venue, row.symbol)) return t('worker_rowUnidentified', rowName(row), t('worker_rowNotVenueSymbol'));
  return undefined;
}

/**
 * How many positions the rows show: one position shown twice (a row duplicated while another went
 * missing) is one, so a count in the tab is not matched by a twin. A row whose symbol was read but not
 * its side may be the twin of a row of that symbol whose side was read: it adds a position only where
 * no such row is shown. (The mutation sweep, 2026-12-06: a duplicated SOLUSDT row whose PNL was
 * unreadable stood in for a removed BTCUSDT row, and the BTCUSDT order was estimated as if none were open.)
 */
export function positionsShown(rows: readonly PositionView[]): number {
  const seen = new Set<string>();
  const sided = new Set<string>();
  const sideless = new Set<string>();
  let unnamed = 0;
  for (const row of rows) {
    if (row.unidentified !== undefined) unnamed++;
    else if (!row.side.ok && row.symbol.trim() === '') unnamed++;
    else if (!row.side.ok) sideless.add(row.symbol);
    else {
      seen.add(`${row.symbol}:${row.side.value}`);
      sided.add(row.symbol);
    }
  }
  return seen.size + [...sideless].filter((symbol) => !sided.has(symbol)).length + unnamed;
}
