// Each watched position through Liqcheck's Hyperliquid model with the account's exact inputs, beside
// Hyperliquid's own liquidationPx, judged by the overlay's verdict (background/verdict.ts).
// Isolated: equity = rawUsd + szi x P (reference docs/rules/hyperliquid-and-others.md §1.4), so the
// margin without PnL is rawUsd + szi x entryPx. Cross: equity = cross accountValue + szi x (P - mark),
// other cross positions frozen at their marks (§1.5); estimated only when the perp account explains
// itself: every cross position's tier table agrees with the account's max leverage, and those tables
// give the cross maintenance margin Hyperliquid reports. Spot-backed (unified, portfolio-margin)
// accounts fail that check and are named, not guessed.
import { compare } from '../../../background/verdict';
import { t } from '../../../i18n/t';
import { Dm } from '../../../model/decimal';
import { estimateLiquidation, maintenanceMargin, ModelInputError } from '../../../model/index';
import type { OtherPosition, PositionInput, Tier } from '../../../model/types';
import type { InstrumentTick } from '../../../market-data/instrument-tick';
import type { HlAccount, HlPosition, WatchedRow } from './account-state';

/** A coin's maintenance tiers, from the worker's stored or bundled tables; undefined when it has none. */
export type TiersFor = (coin: string) => Tier[] | undefined;
/** A coin's price rule from the same tables, for the verdict's tolerance at Hyperliquid's figure. */
export type TickFor = (coin: string) => InstrumentTick | undefined;
/** Both, as the worker's tables give them. */
export interface CoinTables {
  tiers: TiersFor;
  tick: TickFor;
}

/** The cross maintenance margin is sent to 6 decimals per position; beyond this it is another account. */
const MM_RELATIVE_TOLERANCE = new Dm('0.001');
const MM_ABSOLUTE_TOLERANCE = new Dm('0.00001');

const sideOf = (p: HlPosition) => (new Dm(p.szi).isNegative() ? 'short' : 'long');
const markOf = (p: HlPosition) => new Dm(p.positionValue).div(new Dm(p.szi).abs());

/** Why this position's tiers can't be used, or its tiers. */
function tiersOf(p: HlPosition, tiersFor: TiersFor): { ok: true; tiers: Tier[] } | { ok: false; reason: string } {
  const tiers = tiersFor(p.coin);
  if (!tiers || tiers.length === 0) return { ok: false, reason: t('watch_noTable', p.coin) };
  if (p.maxLeverage === undefined) return { ok: false, reason: t('watch_noMaxLeverage', p.coin) };
  const first = tiers[0]!.maxLeverage;
  // The account's max leverage is the asset's (its first tier): another one means the table is stale.
  if (first === undefined || !new Dm(first).eq(p.maxLeverage)) return { ok: false, reason: t('watch_tableStale', p.coin, first ?? '?', p.maxLeverage) };
  return { ok: true, tiers };
}

/** Why the cross positions can't be estimated from the perp account; undefined when they can. */
function crossProblem(account: HlAccount, tiersFor: TiersFor): string | undefined {
  const cross = account.positions.filter((p) => p.marginMode === 'cross');
  if (cross.length === 0) return undefined;
  if (account.crossMaintenanceMarginUsed === undefined) return t('watch_noCrossMm');
  let ours = new Dm(0);
  for (const p of cross) {
    const tiers = tiersOf(p, tiersFor);
    if (!tiers.ok) return tiers.reason;
    ours = ours.add(maintenanceMargin(p.positionValue, tiers.tiers));
  }
  const theirs = new Dm(account.crossMaintenanceMarginUsed);
  const tolerance = Dm.max(MM_ABSOLUTE_TOLERANCE.mul(cross.length), theirs.mul(MM_RELATIVE_TOLERANCE));
  if (ours.sub(theirs).abs().gt(tolerance)) return t('watch_crossMmDiffers', account.crossMaintenanceMarginUsed, ours.toDecimalPlaces(6).toString());
  return undefined;
}

export function inputOf(p: HlPosition, account: HlAccount, tiers: Tier[], tiersFor: TiersFor): PositionInput {
  const common = {
    venue: 'hyperliquid', symbol: p.coin, contract: 'linear', side: sideOf(p), size: new Dm(p.szi).abs().toString(),
    entryPrice: p.entryPx, markPrice: markOf(p).toString(), leverage: p.leverage, tiers,
  } as const;
  if (p.marginMode === 'isolated') {
    return { ...common, marginMode: 'isolated', isolatedMargin: new Dm(p.rawUsd!).add(new Dm(p.szi).mul(p.entryPx)).toString() };
  }
  const cross = account.positions.filter((o) => o.marginMode === 'cross');
  // The model adds every cross position's PnL at its mark to the wallet: take it out of accountValue.
  const pnl = cross.reduce((sum, o) => sum.add(new Dm(o.szi).mul(markOf(o).sub(o.entryPx))), new Dm(0));
  const others: OtherPosition[] = cross
    .filter((o) => o !== p)
    .map((o) => ({ symbol: o.coin, side: sideOf(o), size: new Dm(o.szi).abs().toString(), entryPrice: o.entryPx, markPrice: markOf(o).toString(), tiers: tiersFor(o.coin)! }));
  return { ...common, marginMode: 'cross', walletBalance: new Dm(account.crossAccountValue).sub(pnl).toString(), otherPositions: others };
}

function rowOf(p: HlPosition, account: HlAccount, tiersFor: TiersFor, cross: string | undefined, tickFor?: TickFor): WatchedRow {
  const base = { coin: p.coin, side: sideOf(p), size: new Dm(p.szi).abs().toString(), marginMode: p.marginMode, hyperliquid: p.liquidationPx ?? 'none' } as const;
  const unknown = (reason: string): WatchedRow => ({ ...base, estimate: 'unknown', verdict: 'unknown', reasons: [reason] });
  if (p.marginMode === 'cross' && cross !== undefined) return unknown(cross);
  const tiers = tiersOf(p, tiersFor);
  if (!tiers.ok) return unknown(tiers.reason);
  let estimate: string | 'none';
  try {
    estimate = estimateLiquidation(inputOf(p, account, tiers.tiers, tiersFor)).liquidationPrice ?? 'none';
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    return unknown(t('watch_modelRefused', error.message));
  }
  const comparison = compare(estimate, base.hyperliquid, undefined, tickFor?.(p.coin));
  return {
    ...base,
    estimate,
    verdict: comparison.verdict,
    reasons: comparison.reasons,
    ...(comparison.differencePercent !== undefined ? { differencePercent: comparison.differencePercent } : {}),
  };
}

/**
 * Every position of the account as the popup lists it. `crossBlocked`: why no cross position of this
 * account can be estimated whatever its numbers say (a spot-backed account, its mode not yet read).
 * `tickFor`: each coin's price rule; without it the verdict takes the tick of liquidationPx's decimals.
 */
export function watchedRows(account: HlAccount, tiersFor: TiersFor, crossBlocked?: string, tickFor?: TickFor): WatchedRow[] {
  const cross = crossBlocked ?? crossProblem(account, tiersFor);
  return account.positions.map((p) => rowOf(p, account, tiersFor, cross, tickFor));
}
