// What a page read got and what it missed, per part of the page, for the popup's diagnostics
// ("read 7 of 8: Margin Ratio: shows "--""). Generic over the snapshot: every Reading is a field.
import type { PageSnapshot, Reading } from './snapshot';

export interface PartStatus {
  /** "Order form", "Account", "Market", or the position row's symbol and side. */
  part: string;
  read: number;
  total: number;
  /** The reasons of the fields that could not be read. */
  missing: string[];
}

function isReading(value: unknown): value is Reading<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

/** Counts the Readings among an object's own fields, one level deep (nested per-side readings too). */
function statusOf(part: string, fields: object): PartStatus {
  const status: PartStatus = { part, read: 0, total: 0, missing: [] };
  const visit = (value: unknown) => {
    if (!isReading(value)) return;
    status.total += 1;
    if (value.ok) status.read += 1;
    else status.missing.push(value.reason);
  };
  for (const value of Object.values(fields)) {
    if (isReading(value)) visit(value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) Object.values(value).forEach(visit);
  }
  return status;
}

export function readStatus(snapshot: PageSnapshot): PartStatus[] {
  const parts: PartStatus[] = [statusOf('Market', snapshot.market)];
  if (snapshot.order) parts.push(statusOf('Order form', snapshot.order));
  else parts.push({ part: 'Order form', read: 0, total: 1, missing: ['the order form was not found on the page'] });
  if (snapshot.positions) {
    parts.push(statusOf('Positions panel', { declaredCount: snapshot.positions.declaredCount }));
    for (const row of snapshot.positions.rows) {
      const side = row.side.ok ? row.side.value : 'side unknown';
      parts.push(statusOf(`${row.symbol} ${side}`, row));
    }
  } else parts.push({ part: 'Positions panel', read: 0, total: 1, missing: ['the positions panel was not found on the page'] });
  if (snapshot.account) parts.push(statusOf('Account', snapshot.account));
  else parts.push({ part: 'Account', read: 0, total: 1, missing: ['the account panel was not found on the page'] });
  return parts;
}

/** "read 7 of 8: Margin Ratio: shows "--"" */
export function describeStatus(status: PartStatus): string {
  const head = `read ${status.read} of ${status.total}`;
  return status.missing.length === 0 ? head : `${head}: ${status.missing.join('; ')}`;
}
