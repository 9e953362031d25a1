// Snapshot in, estimates out: the worker's whole job for a page. Pure (no browser APIs): market data
// comes in through a lookup, so it is tested directly and could move into the content script if the
// worker's wake-up proved too slow.
import { estimateLiquidation, ModelInputError } from '../model';
import { Dm } from '../model/decimal';
import type { PositionInput } from '../model/types';
import type { EstimatesResult, EstimateValue, OrderSideResult, PositionResult, TableInfo, Warning } from '../protocol/estimates';
import type { PageSnapshot, Reading, Side } from '../protocol/snapshot';
import type { Built } from './inputs';
import { positionInput } from './inputs';
import type { MarketLookup } from './market-data';
import { orderInput } from './order-inputs';
import { tableInfo, tableLabel, tableWarnings } from './table-notes';
import { compare } from './verdict';

function displayedOf(reading: Reading<string> | undefined): string | null {
  return reading?.ok ? reading.value : null;
}

interface Solved {
  estimate: EstimateValue;
  reasons: string[];
  assumptions: string[];
  tableDate?: string;
  table?: TableInfo;
  /** About the table used: old, or its refresh refused. */
  tableWarnings: Warning[];
}

function solve(built: Built<PositionInput>, market: MarketLookup, side?: Side): Solved {
  if (!built.ok) return { estimate: 'unknown', reasons: built.reasons, assumptions: [], tableWarnings: [] };
  try {
    const result = estimateLiquidation(built.value);
    const { venue, symbol } = built.value;
    return {
      estimate: result.liquidationPrice ?? 'none',
      reasons: [],
      assumptions: [...built.assumptions, ...result.assumptions, tableLabel(built.table)],
      tableDate: built.table.date,
      table: tableInfo(built.table, market.now),
      tableWarnings: tableWarnings(market, venue, symbol, built.table, side),
    };
  } catch (error) {
    const reason = error instanceof ModelInputError ? error.message : 'the estimate failed unexpectedly';
    return { estimate: 'unknown', reasons: [reason], assumptions: [], tableWarnings: [] };
  }
}

function orderSide(snapshot: PageSnapshot, side: Side, market: MarketLookup): { result: OrderSideResult; tableWarnings: Warning[] } {
  const order = snapshot.order;
  const displayed = displayedOf(order?.displayedLiquidation[side]);
  const built = orderInput(snapshot, side, market);
  if (built.ok && 'closes' in built) {
    return { result: { side, estimate: 'none', displayed, reasons: ['this order closes the position'], assumptions: [], warnings: [] }, tableWarnings: [] };
  }
  const solved = solve(built, market);
  const warnings: Warning[] = solved.estimate === 'unknown' ? solved.reasons.map((message) => ({ kind: 'cannot-read', side, message })) : [];
  const result: OrderSideResult = { side, estimate: solved.estimate, displayed, reasons: solved.reasons, assumptions: solved.assumptions, warnings, ...(solved.table ? { table: solved.table } : {}) };
  return { result, tableWarnings: solved.tableWarnings };
}

/**
 * The page's own mark price and funding rate come first; where it shows none, a mark price fetched
 * from the venue's public endpoint seconds ago stands in, and the answer says so.
 */
function withFetchedMark(page: PageSnapshot, market: MarketLookup): { snapshot: PageSnapshot; note?: string } {
  if (page.market.markPrice.ok) return { snapshot: page };
  const mark = market.markPrice?.(page.venue, page.symbol);
  if (!mark) return { snapshot: page };
  const time = new Date(mark.at).toISOString().slice(11, 19);
  const fundingRate = page.market.fundingRate?.ok || mark.fundingRate === undefined ? page.market.fundingRate : { ok: true as const, value: new Dm(mark.fundingRate).mul(100).toString() };
  return {
    snapshot: { ...page, market: { ...page.market, markPrice: { ok: true, value: mark.markPrice }, ...(fundingRate ? { fundingRate } : {}) } },
    note: `mark price ${mark.markPrice} from ${mark.host} at ${time} UTC (the page shows none)`,
  };
}

export function estimatePage(page: PageSnapshot, market: MarketLookup): EstimatesResult {
  const { snapshot, note } = withFetchedMark(page, market);
  const positions: PositionResult[] = (snapshot.positions?.rows ?? []).map((row) => {
    const solved = solve(positionInput(snapshot, row, market), market);
    const displayed = displayedOf(row.liquidationPrice);
    const comparison = compare(solved.estimate, displayed);
    return {
      key: row.key,
      symbol: row.symbol,
      side: row.side.ok ? row.side.value : 'unknown',
      estimate: solved.estimate,
      displayed,
      verdict: comparison.verdict,
      ...(comparison.differencePercent ? { differencePercent: comparison.differencePercent } : {}),
      reasons: [...solved.reasons, ...comparison.reasons],
      assumptions: solved.assumptions,
      ...(solved.tableDate ? { tableDate: solved.tableDate } : {}),
      ...(solved.table ? { table: solved.table } : {}),
      ...(solved.tableWarnings.length > 0 ? { warnings: solved.tableWarnings } : {}),
    };
  });
  let order: EstimatesResult['order'] = null;
  const warnings: Warning[] = [];
  if (snapshot.order) {
    const long = orderSide(snapshot, 'long', market);
    const short = orderSide(snapshot, 'short', market);
    if (note) for (const side of [long, short]) if (side.result.estimate !== 'unknown') side.result.assumptions.push(note);
    order = { long: long.result, short: short.result };
    // Both sides use the same symbol's table: say it once, for the whole form.
    const said = new Set<string>();
    for (const w of [...long.tableWarnings, ...short.tableWarnings]) {
      if (!said.has(w.kind)) warnings.push(w);
      said.add(w.kind);
    }
  }
  return { symbol: snapshot.symbol, positions, order, warnings };
}
