// Bitget announces each change of a USDT-M pair's tiers on its support centre ("Announcement on
// adjustment of leverage, position tiers and maintenance margin rate for <SYMBOL> …"), with the whole
// new table. data/sources/bitget/announcement-<article id>.json keeps those tables as the page writes
// them: per symbol, rows of [value range "0~200,000", leverage "150", rate "0.0040" or "0.50%"].
// This turns them into the answer of query-position-lever (rate as a fraction), so they reach the live
// parser and validate-tiers.ts like any fetched answer. Nothing is filled in: a cell it can't read is
// left out of its row, and the parser refuses the table.
import { isObject } from '../../src/market-data/json-fields';
import { Dm } from '../../src/model/decimal';

/** One row as the page writes it: value range, leverage, maintenance margin rate. */
export type AnnouncedRow = [range: string, leverage: string, rate: string];

export interface BitgetTierAnnouncement {
  article: string;
  url: string;
  title: string;
  /** The date the page shows, as written. */
  published: string;
  /** When the new tiers apply, in UTC (YYYY-MM-DDTHH:MMZ). */
  effective: string;
  /** The same moment as the page writes it. */
  effectiveAsWritten: string;
  /** The headers of the table's "after" columns, as written. */
  columns: string[];
  tables: Record<string, AnnouncedRow[]>;
}

const isRow = (row: unknown) => Array.isArray(row) && row.length === 3 && row.every((cell) => typeof cell === 'string');

export function isBitgetTierAnnouncement(body: unknown): body is BitgetTierAnnouncement {
  if (!isObject(body) || typeof body.article !== 'string' || typeof body.effective !== 'string' || !isObject(body.tables)) return false;
  const tables = Object.values(body.tables);
  return tables.length > 0 && tables.every((rows) => Array.isArray(rows) && rows.length > 0 && rows.every(isRow));
}

/** "200,000" -> "200000"; undefined when it is not a plain amount. */
function amount(text: string | undefined): string | undefined {
  const plain = text?.trim().replace(/,/g, '');
  return plain && /^\d+(\.\d+)?$/.test(plain) ? plain : undefined;
}

/** "0.50%" -> "0.005"; "0.0040" (already a fraction) stays as written. */
function fraction(text: string): string | undefined {
  const percent = text.trim().endsWith('%');
  const value = amount(percent ? text.trim().slice(0, -1) : text);
  if (value === undefined) return undefined;
  return percent ? new Dm(value).div(100).toString() : value;
}

/** The rows of one symbol as query-position-lever rows (level from 1, bounds and rate as strings). */
export function positionLeverRows(symbol: string, rows: readonly AnnouncedRow[]): Record<string, string>[] {
  return rows.map(([range, leverage, rate], i) => {
    const [start, end, ...rest] = range.split('~');
    const fields = {
      startUnit: rest.length === 0 ? amount(start) : undefined,
      endUnit: rest.length === 0 ? amount(end) : undefined,
      leverage: amount(leverage),
      keepMarginRate: fraction(rate),
    };
    const known = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
    return { symbol, level: String(i + 1), ...Object.fromEntries(known) };
  });
}

/** Bitget's answer to query-position-lever?productType=USDT-FUTURES, every announced symbol in it. */
export function bitgetPositionLeverAnswer(body: BitgetTierAnnouncement): unknown {
  const data = Object.entries(body.tables).flatMap(([symbol, rows]) => positionLeverRows(symbol, rows));
  return { code: '00000', msg: 'success', data };
}
