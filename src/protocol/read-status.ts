// What a page read got and what it missed, per part of the page, for the popup's diagnostics
// ("read 7 of 8: Margin Ratio: shows "--""). Generic over the snapshot: every Reading is a field.
import { t } from '../i18n/t';
import type { PageSnapshot, Reading } from './snapshot';

/** A field that could not be read: where it sits in the snapshot, and the reader's reason in full. */
export interface FieldProblem {
  /** The snapshot's name of the field: "size", "displayedLiquidation.long"; "panel" when the panel itself was not found, "row" for an unidentified row. */
  field: string;
  reason: string;
}

export interface PartStatus {
  /** "Order form", "Account", "Market", or the position row's symbol and side, in the trader's language. */
  part: string;
  read: number;
  total: number;
  /** The reasons of the fields that could not be read. */
  missing: string[];
  /** The same, each with the field it is about. */
  problems: FieldProblem[];
  /** False when the panel was not found on the page at all. */
  found: boolean;
}

function isReading(value: unknown): value is Reading<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

/** Counts the Readings among an object's own fields, one level deep (nested per-side readings too). */
function statusOf(part: string, fields: object): PartStatus {
  const status: PartStatus = { part, read: 0, total: 0, missing: [], problems: [], found: true };
  const visit = (field: string, value: unknown) => {
    if (!isReading(value)) return;
    status.total += 1;
    if (value.ok) status.read += 1;
    else {
      status.missing.push(value.reason);
      status.problems.push({ field, reason: value.reason });
    }
  };
  for (const [key, value] of Object.entries(fields)) {
    if (isReading(value)) visit(key, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, reading] of Object.entries(value)) visit(`${key}.${inner}`, reading);
    }
  }
  return status;
}

function notFound(part: string, reason: string): PartStatus {
  return { part, read: 0, total: 1, missing: [reason], problems: [{ field: 'panel', reason }], found: false };
}

export function readStatus(snapshot: PageSnapshot): PartStatus[] {
  const parts: PartStatus[] = [statusOf(t('popup_partMarket'), snapshot.market)];
  const order = t('popup_partOrderForm');
  if (snapshot.order) parts.push(statusOf(order, snapshot.order));
  else parts.push(notFound(order, t('popup_noOrderForm')));
  const positions = t('popup_partPositions');
  if (snapshot.positions) {
    parts.push(statusOf(positions, { declaredCount: snapshot.positions.declaredCount }));
    for (const row of snapshot.positions.rows) {
      const part = !row.side.ok ? 'popup_partSideUnknown' : row.side.value === 'long' ? 'popup_partLong' : 'popup_partShort';
      const status = statusOf(t(part, row.symbol), row);
      // A row that can't be identified counts as not read, whatever its cells said.
      if (row.unidentified !== undefined) {
        parts.push({ ...status, read: 0, missing: [row.unidentified, ...status.missing], problems: [{ field: 'row', reason: row.unidentified }, ...status.problems] });
      } else parts.push(status);
    }
  } else parts.push(notFound(positions, t('popup_noPositionsPanel')));
  const account = t('popup_partAccount');
  if (snapshot.account) parts.push(statusOf(account, snapshot.account));
  else parts.push(notFound(account, t('popup_noAccountPanel')));
  return parts;
}

/** "read 7 of 8: Margin Ratio: shows "--"" */
export function describeStatus(status: PartStatus): string {
  const head = `read ${status.read} of ${status.total}`;
  return status.missing.length === 0 ? head : `${head}: ${status.missing.join('; ')}`;
}
