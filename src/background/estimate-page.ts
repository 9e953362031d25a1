// Snapshot in, estimates out: the worker's whole job for a page. Pure (no browser APIs): market data
// comes in through a lookup and the trader's settings through an argument, so it is tested directly
// and could move into the content script if the worker's wake-up proved too slow.
import { estimateLiquidation, ModelInputError } from '../model';
import { Dm } from '../model/decimal';
import type { Dec } from '../model/types';
import type { LiquidationEstimate, PositionInput } from '../model/types';
import type { EstimatesResult, EstimateValue, OrderSideResult, PositionResult, TableInfo, Warning } from '../protocol/estimates';
import type { PageSnapshot, PositionView, Reading, Side } from '../protocol/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { t } from '../i18n/t';
import { PRICE_RATIO_LIMIT } from '../model-inputs/plausibility';
import type { MessageKey } from '../i18n/catalog';
import { feeAssumption, feeChoice, type FeeChoice } from '../model-inputs/fee-rate';
import type { Built } from '../model-inputs/inputs';
import { positionInput } from '../model-inputs/inputs';
import { likelyCause } from './likely-cause';
import type { MarketLookup } from '../market-data/lookup';
import { orderInput, type OrderBuilt } from './order-inputs';
import { accountModeGate } from './account-mode-gate';
import { afterOrder, orderWarnings } from './order-warnings';
import { meaningOf } from '../model-inputs/page-meaning';
import { positionMetrics } from './position-metrics';
import { tableAgeDays, tableInfo, tableLabel, tableWarnings } from './table-notes';
import { compare } from './verdict';
import { instrumentTickOf } from '../market-data/instrument-tick';
import type { KeptAccount } from './page-account-match';
import { pagePlan, type ApiRow } from './page-account-positions';
import { positionStopWarning } from './stop-warning';

/** Extras beside the estimate (cause, metrics, warnings) must never cost the estimate itself. */
function safely<T>(extra: () => T): T | undefined {
  try {
    return extra();
  } catch {
    return undefined;
  }
}

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
  /** The input and the model's answer, when it solved. */
  input?: PositionInput;
  result?: LiquidationEstimate;
  ageDays?: number | null;
  /** The model found the margin below maintenance at every price. */
  belowMaintenance?: boolean;
}

/** The trader's fee rate on the input, where the venue's rule uses one. */
function withFee(built: Built<PositionInput>, fee: FeeChoice): Built<PositionInput> {
  if (!built.ok) return built;
  const said = feeAssumption(fee);
  return {
    ...built,
    value: fee.takerFeeRate ? { ...built.value, takerFeeRate: fee.takerFeeRate } : built.value,
    assumptions: said ? [...built.assumptions, said] : built.assumptions,
  };
}

/** The instrument's own tick (or price rule) from the table the estimate used, for the verdict's tolerance. */
const instrumentTick = (built: Built<PositionInput>) => (built.ok ? instrumentTickOf(built.table) : undefined);

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
      input: built.value,
      result,
      ageDays: tableAgeDays(built.table, market.now),
    };
  } catch (error) {
    // The model's one refusal that is a finding, not a bad input: no price keeps the margin above maintenance.
    const belowMaintenance = error instanceof ModelInputError && error.code === 'below-maintenance';
    const reason = belowMaintenance ? t('worker_belowMaintenanceEverywhere') : error instanceof ModelInputError ? error.message : t('worker_estimateFailed');
    return { estimate: 'unknown', reasons: [reason], assumptions: [], tableWarnings: [], ...(belowMaintenance ? { belowMaintenance, input: built.value } : {}) };
  }
}

function orderSide(snapshot: PageSnapshot, side: Side, market: MarketLookup, settings: Settings, fee: FeeChoice): { result: OrderSideResult; tableWarnings: Warning[] } {
  const order = snapshot.order;
  const displayed = displayedOf(order?.displayedLiquidation[side]);
  const gate = accountModeGate(snapshot, order?.marginMode);
  const built: OrderBuilt = gate.refuse ? { ok: false, reasons: [gate.refuse] } : orderInput(snapshot, side, market, fee.takerFeeRate);
  if (built.ok && 'closes' in built) {
    const outcome = { orderSize: built.orderSize, side: 'flat' as const, size: '0' };
    return { result: { side, estimate: 'none', displayed, reasons: [t('worker_orderCloses')], assumptions: [], warnings: [], outcome }, tableWarnings: [] };
  }
  const solved = solve(withFee(built, fee), market);
  if (gate.note && solved.estimate !== 'unknown') solved.assumptions.push(gate.note);
  const facts = built.ok ? built.facts : undefined;
  const warnings: Warning[] = [];
  if (solved.input && facts) {
    const estimate = solved.belowMaintenance ? 'instant' : solved.estimate === 'unknown' ? undefined : solved.estimate;
    if (estimate) warnings.push(...(safely(() => orderWarnings(side, solved.input!, facts, estimate, settings)) ?? []));
  }
  if (solved.estimate === 'unknown' && !solved.belowMaintenance) warnings.push(...solved.reasons.map((message) => ({ kind: 'cannot-read' as const, side, message })));
  const after = solved.input && facts ? safely(() => afterOrder(solved.input!, facts)) : undefined;
  // Judged like a position's badge, only where the page shows its own pre-trade figure.
  const tick = built.ok && !('closes' in built) ? instrumentTick(built) : undefined;
  const comparison = displayed !== null && solved.estimate !== 'unknown' ? compare(solved.estimate, displayed, undefined, tick) : undefined;
  const result: OrderSideResult = {
    side,
    estimate: solved.estimate,
    displayed,
    ...(comparison ? { verdict: comparison.verdict } : {}),
    ...(comparison?.differencePercent ? { differencePercent: comparison.differencePercent } : {}),
    reasons: solved.reasons,
    assumptions: comparison?.tickNote ? [...solved.assumptions, comparison.tickNote] : solved.assumptions,
    warnings,
    ...(solved.table ? { table: solved.table } : {}),
    ...(after ? { after } : {}),
    ...(solved.input && facts?.orderSize ? { outcome: { orderSize: facts.orderSize, side: solved.input.side, size: solved.input.size } } : {}),
  };
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
    note: t('worker_fetchedMark', mark.markPrice, mark.host, time),
  };
}

/** The funding rate in percent: the page's (it shows its own symbol's), else one fetched from the venue's public endpoint. */
function fundingPercent(snapshot: PageSnapshot, symbol: string, market: MarketLookup): string | undefined {
  if (symbol === snapshot.symbol && snapshot.market.fundingRate?.ok) return snapshot.market.fundingRate.value;
  const fetched = market.markPrice?.(snapshot.venue, symbol)?.fundingRate;
  return fetched === undefined ? undefined : safely(() => new Dm(fetched).mul(100).toString());
}

/** The model's share of the position the first partial step closes, in percent for the overlay. */
function partialStep(share: Dec | undefined): { partialFirstStepPercent?: Dec } {
  return share === undefined ? {} : { partialFirstStepPercent: new Dm(share).mul(100).toSignificantDigits(3).toString() };
}

/** a and b strictly on opposite sides of the entry price. */
function oppositeSides(a: Dec, b: Dec, entry: Dec): boolean {
  const sideOf = (x: Dec) => new Dm(x).cmp(entry);
  return sideOf(a) * sideOf(b) < 0;
}

/** Above a long's entry or below a short's: where the price moves in the position's favour. */
function onProfitSide(figure: Dec, side: 'long' | 'short', entry: Dec): boolean {
  const cmp = new Dm(figure).cmp(entry);
  return side === 'long' ? cmp > 0 : cmp < 0;
}

/** Ten times apart or more: not one instrument's liquidation figures (a Funding column read as Liq. Price). */
function notSameScale(a: Dec, b: Dec): boolean {
  const x = new Dm(a);
  const y = new Dm(b);
  if (!x.gt(0) || !y.gt(0)) return false;
  return x.div(y).gt(PRICE_RATIO_LIMIT) || y.div(x).gt(PRICE_RATIO_LIMIT);
}

const PLAIN_PRICE = /^\d+(\.\d+)?$/;

/** The row's stop-loss against every liquidation figure there is (Liqcheck's, the exchange's), if it has one. */
function stopWarningOf(venue: PageSnapshot['venue'], row: PositionView, side: Side, figures: readonly (string | null | undefined)[]): Warning | null {
  const stop = row.stopLoss?.ok ? row.stopLoss.value : 'none';
  if (stop === 'none') return null;
  const prices = figures.filter((f): f is string => typeof f === 'string' && PLAIN_PRICE.test(f));
  return positionStopWarning(venue, side, stop, prices, row.markPrice.ok ? row.markPrice.value : undefined);
}

/** `api`: the row's figures from Hyperliquid's API, when the page's account is matched (page-account-positions.ts). */
function positionResult(snapshot: PageSnapshot, row: PositionView, market: MarketLookup, fee: FeeChoice, api?: ApiRow): PositionResult {
  // The page's account mode, where the model does not cover it, refuses the estimates depending on it.
  const gate = api ? {} : accountModeGate(snapshot, row.marginMode);
  const built: Built<PositionInput> = api ? api.built : gate.refuse ? { ok: false, reasons: [gate.refuse] } : positionInput(snapshot, row, market, fee.takerFeeRate);
  const solved = solve(withFee(built, fee), market);
  if (gate.note && solved.estimate !== 'unknown') solved.assumptions.push(gate.note);
  // Without an estimate there is nothing to compare, and a row that could not be estimated may have
  // its Liq. Price column misread too (a figure read from the wrong place, a side that contradicts
  // its PnL): the exchange's figure is not repeated as if it were read for sure. With the API's
  // figures, Hyperliquid's own liquidationPx stands in for a cell that can't be read, said so.
  const fromPage = solved.estimate === 'unknown' || (!built.ok && built.misread) ? null : displayedOf(row.liquidationPrice);
  const apiFigure = api && !row.liquidationPrice.ok ? api.liquidationPx : undefined;
  const shown = apiFigure ?? fromPage;
  // A page figure on the other side of the entry from Liqcheck's estimate is not the same kind of
  // figure (Break Even Price read under a swapped Liq. Price header): it is not shown as the exchange's.
  // Where Liqcheck finds no liquidation price at all (a 1x long), a figure above a long's entry or
  // below a short's is not one either.
  // Nor is one ten times away from it, or from the entry where there is none (a Funding column read
  // under a swapped Liq. Price header).
  const impossible: MessageKey | null =
    shown === null || shown === 'none' || !built.ok || solved.estimate === 'unknown'
      ? null
      : solved.estimate === 'none'
        ? onProfitSide(shown, built.value.side, built.value.entryPrice)
          ? 'worker_figureOnProfitSide'
          : notSameScale(shown, built.value.entryPrice)
            ? 'worker_figureFarFromEntry'
            : null
        : oppositeSides(shown, solved.estimate, built.value.entryPrice)
          ? 'worker_figureAcrossEntry'
          : notSameScale(shown, solved.estimate)
            ? 'worker_figureFarFromEstimate'
            : null;
  const displayed = impossible ? null : shown;
  const side = api ? api.side : row.side.ok ? row.side.value : undefined;
  const comparison = compare(solved.estimate, displayed, side, instrumentTick(built));
  // Liqcheck can't estimate, but nothing shows the row misread: the exchange's own figure is kept for
  // the alerts and the stop check, which say it is the exchange's alone; never shown as a verified figure.
  const pageFigure = solved.estimate === 'unknown' && !(!built.ok && built.misread) ? displayedOf(row.liquidationPrice) : null;
  const exchangeOnly = pageFigure !== null && pageFigure !== 'none' ? pageFigure : undefined;
  const stop = side ? safely(() => stopWarningOf(snapshot.venue, row, side, [solved.estimate, displayed, exchangeOnly])) : undefined;
  const warnings = [...(stop ? [stop] : []), ...solved.tableWarnings];
  const { input, result } = solved;
  const cause =
    comparison.verdict === 'differs' && input && result && displayed !== null
      ? safely(() => likelyCause({ input, estimate: result, displayed, tableAgeDays: solved.ageDays ?? null, fee }))
      : undefined;
  const funding = fundingPercent(snapshot, row.symbol, market);
  const instrument = built.ok ? built.table.instrument : undefined;
  const leverage = api ? input?.leverage : row.leverage.ok ? row.leverage.value : undefined;
  const metrics =
    input && result
      ? safely(() => positionMetrics({
          input,
          estimate: result,
          settlementAsset: instrument?.settlementAsset ?? meaningOf(snapshot.venue).settlementAsset(row.symbol),
          ...(instrument?.fundingIntervalHours ? { fundingIntervalHours: instrument.fundingIntervalHours } : {}),
          ...(funding !== undefined ? { fundingRatePercent: funding } : {}),
          ...(leverage !== undefined ? { leverage } : {}),
        }))
      : undefined;
  return {
    key: row.key,
    symbol: row.symbol,
    side: api ? api.side : row.side.ok ? row.side.value : 'unknown',
    estimate: solved.estimate,
    displayed,
    verdict: comparison.verdict,
    ...(comparison.differencePercent ? { differencePercent: comparison.differencePercent } : {}),
    ...(comparison.direction ? { direction: comparison.direction } : {}),
    // The model's flag, for a position that has a liquidation price: the venue may close it in steps.
    ...(result?.partialLiquidation && solved.estimate !== 'none' ? { partialLiquidation: true, ...partialStep(result.partialFirstStep) } : {}),
    reasons: [...solved.reasons, ...(impossible && shown !== null ? [t(impossible, shown)] : []), ...comparison.reasons],
    assumptions: [...solved.assumptions, ...(apiFigure !== undefined ? [t('pageAccount_apiFigure', apiFigure)] : []), ...(comparison.tickNote ? [comparison.tickNote] : [])],
    ...(solved.tableDate ? { tableDate: solved.tableDate } : {}),
    ...(solved.table ? { table: solved.table } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(exchangeOnly ? { unverifiedDisplayed: exchangeOnly } : {}),
    ...(cause ? { likelyCause: cause } : {}),
    ...(metrics ? { metrics } : {}),
  };
}

/** `accounts`: the watched Hyperliquid addresses and their kept API states (a page connected to one uses its figures). */
export function estimatePage(page: PageSnapshot, market: MarketLookup, settings: Settings = DEFAULT_SETTINGS, accounts: readonly KeptAccount[] = []): EstimatesResult {
  const { snapshot, note } = withFetchedMark(page, market);
  const fee = feeChoice(snapshot.venue, settings);
  const plan = pagePlan(snapshot, accounts, market);
  const positions = (snapshot.positions?.rows ?? []).map((row) => {
    const result = positionResult(snapshot, row, market, fee, plan.source === 'api' ? plan.rowFor(row) : undefined);
    // Why the page's account's API figures are not used (ambiguous, stale, disagreeing): said on every row.
    if (plan.source === 'page' && plan.note) result.assumptions.unshift(plan.note);
    return result;
  });
  let order: EstimatesResult['order'] = null;
  const warnings: Warning[] = [];
  if (snapshot.order) {
    const long = orderSide(snapshot, 'long', market, settings, fee);
    const short = orderSide(snapshot, 'short', market, settings, fee);
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
