// Why Liqcheck's estimate and the exchange's figure differ, found by testing the model's own
// assumptions: each candidate recomputes the estimate with one assumption changed (the neighbouring
// tier, without the fee term, the requirement priced at entry or at mark, without the other cross
// positions); the candidate that lands within the agree tolerance of the exchange's figure, nearest
// to it, is the likely cause. Only 'differs' rows come here, so the few extra solves stay cheap.
import { estimateLiquidation, ModelInputError } from '../model';
import { Dm } from '../model/decimal';
import { pnlSlopeInX } from '../model/position-math';
import { priceToX } from '../model/position-terms';
import { resolveTiers } from '../model/tiers';
import type { Dec, LiquidationEstimate, PositionInput } from '../model/types';
import { rulebookFor } from '../model/venues';
import type { LikelyCause } from '../protocol/estimates';
import { t } from '../i18n/t';
import { baseFeeRate, type FeeChoice } from '../model-inputs/fee-rate';
import { STALE_AFTER_DAYS } from './table-notes';
import { impliedTick, withinTolerance } from './verdict';

type D = InstanceType<typeof Dm>;

interface Candidate {
  kind: LikelyCause['kind'];
  price: D;
  message: string;
}

export interface CauseContext {
  /** The input the estimate was solved from. */
  input: PositionInput;
  estimate: LiquidationEstimate;
  /** The exchange's figure. */
  displayed: Dec | 'none';
  /** Age of the tier table in days; null when undated. */
  tableAgeDays: number | null;
  fee: FeeChoice;
}

const percentOf = (rate: D) => rate.mul(100).toSignificantDigits(6).toString();
const plain = (d: D) => d.toSignificantDigits(10).toString();

/** The model's liquidation price for a changed input; undefined when it has none or refuses it. */
function solveVariant(input: PositionInput): D | undefined {
  try {
    const price = estimateLiquidation(input).liquidationPrice;
    return price === null ? undefined : new Dm(price);
  } catch (error) {
    if (error instanceof ModelInputError) return undefined;
    throw error;
  }
}

function maintenanceAt(input: PositionInput, price: D): D | undefined {
  try {
    const mm = estimateLiquidation({ ...input, markPrice: price.toString() }).maintenanceMargin;
    return mm === undefined ? undefined : new Dm(mm);
  } catch (error) {
    if (error instanceof ModelInputError) return undefined;
    throw error;
  }
}

/** The neighbouring tiers, each alone, applied whatever the notional. */
function tierCandidates(ctx: CauseContext): Candidate[] {
  const { input, estimate } = ctx;
  if (estimate.tierIndex < 0) return [];
  const rulebook = rulebookFor(input.venue);
  const resolved = resolveTiers(input.tiers, 'tiers', rulebook.tierDeduction ?? 'derived', rulebook.maintenanceRateFromMaxLeverage ?? false);
  const current = resolved[estimate.tierIndex];
  if (!current) return [];
  const out: Candidate[] = [];
  for (const index of [estimate.tierIndex - 1, estimate.tierIndex + 1]) {
    const tier = resolved[index];
    if (!tier) continue;
    const only = [{ floor: '0', maintenanceMarginRate: tier.rate.toString(), maintenanceAmount: tier.amount.toString() }];
    const price = solveVariant({ ...input, tiers: only });
    if (price) {
      out.push({ kind: 'tier', price, message: t('worker_causeTier', String(index + 1), percentOf(tier.rate), String(estimate.tierIndex + 1), percentOf(current.rate)) });
    }
  }
  return out;
}

/** Without the fee term, and (when the trader set a rate) with the venue's base rate. */
function feeCandidates(ctx: CauseContext): Candidate[] {
  const base = baseFeeRate(ctx.input.venue);
  if (!base || !ctx.fee.percent) return [];
  const out: Candidate[] = [];
  const none = solveVariant({ ...ctx.input, takerFeeRate: '0' });
  if (none) out.push({ kind: 'fee-treatment', price: none, message: t('worker_causeNoFee', ctx.fee.percent) });
  if (ctx.fee.from === 'settings') {
    const { takerFeeRate: _mine, ...withBase } = ctx.input;
    const price = solveVariant(withBase);
    if (price) out.push({ kind: 'fee-treatment', price, message: t('worker_causeBaseFee', percentOf(base), ctx.fee.percent) });
  }
  return out;
}

/**
 * The requirement priced at the entry price (or at the mark) instead of at the liquidation price.
 * The equity is linear in x (the price, or 1/price for inverse contracts) while only this position
 * moves, so moving the requirement by R(basis) - R(liq) moves the root by that over the slope.
 */
function basisCandidates(ctx: CauseContext): Candidate[] {
  const { input, estimate } = ctx;
  if (estimate.liquidationPrice === null) return [];
  // Hedge mode in cross: the other leg of the symbol moves too; the closed form below does not hold.
  if ((input.otherPositions ?? []).some((o) => o.symbol === input.symbol)) return [];
  const liq = new Dm(estimate.liquidationPrice);
  const atLiq = maintenanceAt(input, liq);
  if (!atLiq) return [];
  const slope = pnlSlopeInX(input);
  const xLiq = priceToX(input.contract, liq);
  const out: Candidate[] = [];
  const bases: { price: D; key: 'worker_causeEntryBasis' | 'worker_causeMarkBasis' }[] = [{ price: new Dm(input.entryPrice), key: 'worker_causeEntryBasis' }];
  if (input.markPrice && !new Dm(input.markPrice).eq(input.entryPrice)) bases.push({ price: new Dm(input.markPrice), key: 'worker_causeMarkBasis' });
  for (const basis of bases) {
    const atBasis = maintenanceAt(input, basis.price);
    if (!atBasis) continue;
    const x = xLiq.add(atBasis.sub(atLiq).div(slope));
    if (!x.gt(0)) continue;
    // The conversion is its own inverse: x back to a price.
    out.push({ kind: 'mark-vs-entry', price: priceToX(input.contract, x), message: t(basis.key, plain(basis.price)) });
  }
  return out;
}

function crossCandidates(ctx: CauseContext): Candidate[] {
  const others = ctx.input.otherPositions ?? [];
  if (ctx.input.marginMode !== 'cross' || others.length === 0) return [];
  const price = solveVariant({ ...ctx.input, otherPositions: [], positionMode: 'one-way' });
  return price ? [{ kind: 'other-cross-positions', price, message: t('worker_causeOtherCross', String(others.length)) }] : [];
}

export function likelyCause(ctx: CauseContext): LikelyCause {
  const estimate = ctx.estimate.liquidationPrice;
  // Liqcheck finding no price where the exchange shows one is tested too: a variant may find it.
  if (ctx.displayed !== 'none') {
    const displayed = new Dm(ctx.displayed);
    const candidates = [...tierCandidates(ctx), ...feeCandidates(ctx), ...basisCandidates(ctx), ...crossCandidates(ctx)];
    let best: Candidate | undefined;
    for (const c of candidates) {
      if (!withinTolerance(c.price.toString(), ctx.displayed, ctx.input.priceTick)) continue;
      if (!best || c.price.sub(displayed).abs().lt(best.price.sub(displayed).abs())) best = c;
    }
    if (best) return { kind: best.kind, message: best.message };
    // Two ticks apart at most: the exchange's own rounding of its inputs or of its figure.
    if (estimate !== null && new Dm(estimate).sub(displayed).abs().lte(impliedTick(ctx.displayed).mul(2))) return { kind: 'rounding', message: t('worker_causeRounding', ctx.displayed) };
  }
  if (ctx.tableAgeDays === null) return { kind: 'stale-market-data', message: t('worker_causeUndatedTable') };
  if (ctx.tableAgeDays > STALE_AFTER_DAYS) return { kind: 'stale-market-data', message: t('worker_causeStaleTable', String(ctx.tableAgeDays)) };
  return { kind: 'unknown', message: t('worker_causeUnknown') };
}
