// The pre-trade warnings of one order side (docs/architecture.md's stable data-kind values), from the
// position as it would be after the order and Liqcheck's estimate for it. Thresholds come from the
// trader's settings; every number in a message is a plain decimal string.
import { Dm } from '../model/decimal';
import { tierCountOf, tierMeasure, valueAt } from '../model/position-math';
import { findTierIndex, findTierIndexBySize, resolveTiers, type ResolvedTier } from '../model/tiers';
import type { Dec, PositionInput } from '../model/types';
import { rulebookFor } from '../model/venues';
import type { OrderSideResult, Warning } from '../protocol/estimates';
import type { Side } from '../protocol/snapshot';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { t } from '../i18n/t';
import { meaningOf } from '../model-inputs/page-meaning';
import { stopBeyondLiquidation } from './stop-warning';

type D = InstanceType<typeof Dm>;

/** What the order side is, beside the merged position's model input. */
export interface OrderFacts {
  /** The price the order fills at: the limit price, or the mark for a market order. */
  price: Dec;
  leverage: Dec;
  /** The open position on that side before the order (model units), when there is one. */
  openSize?: Dec;
  /** The order's own size (model units). */
  orderSize?: Dec;
  /** The stop-loss trigger typed with the order. */
  stopLoss?: Dec;
}

const percent = (rate: D) => rate.mul(100).toSignificantDigits(6).toString();
const plain = (d: D) => d.toSignificantDigits(10).toString();
const decimalsOf = (text: string | undefined) => (text && text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);
/** Prices in a sentence at the precision the page prints them (its typed or mark price), not 10 digits. */
const priceText = (d: D, ...pagePrices: (string | undefined)[]) => d.toDecimalPlaces(Math.max(...pagePrices.map(decimalsOf))).toString();

/** Size of a position of `size` in the venue's tier unit at `price`: quote notional, coin notional (inverse), or contracts (OKX). */
function measureOf(input: PositionInput, size: D, price: D): D {
  return tierMeasure(tierCountOf(rulebookFor(input.venue)), { ...input, size }, price);
}

function tierIndex(input: PositionInput, tiers: ResolvedTier[], measure: D): number {
  return tierCountOf(rulebookFor(input.venue)) === 'contracts' ? findTierIndexBySize(tiers, measure) : findTierIndex(tiers, measure);
}

function resolved(input: PositionInput): ResolvedTier[] {
  const rulebook = rulebookFor(input.venue);
  return resolveTiers(input.tiers, 'tiers', rulebook.tierDeduction ?? 'derived', rulebook.maintenanceRateFromMaxLeverage ?? false);
}

/** The position after the order: size, entry, leverage, value at the fill price (settlement asset), the maintenance rate of its tier. */
export function afterOrder(input: PositionInput, facts: OrderFacts): NonNullable<OrderSideResult['after']> {
  const price = new Dm(facts.price);
  const size = new Dm(input.size);
  const tiers = resolved(input);
  const tier = tiers[tierIndex(input, tiers, measureOf(input, size, price))];
  const value = valueAt(input, price);
  return {
    size: input.size,
    entryPrice: input.entryPrice,
    leverage: facts.leverage,
    notional: value.toString(),
    ...(tier ? { maintenanceMarginRate: tier.rate.toString() } : {}),
  };
}

/** A threshold from the settings as a positive decimal; the default when it is missing or not a number. */
function threshold(value: unknown, fallback: Dec): D {
  try {
    const d = new Dm(typeof value === 'string' ? value.trim() : String(value));
    if (d.isFinite() && d.gt(0)) return d;
  } catch {
    // Not a number: the default below.
  }
  return new Dm(fallback);
}

/** Tier jump and the cap at the chosen leverage: they depend on the size, not on the estimate. */
function sizeWarnings(side: Side, input: PositionInput, facts: OrderFacts): Warning[] {
  const warnings: Warning[] = [];
  const price = new Dm(facts.price);
  const tiers = resolved(input);
  const measure = measureOf(input, new Dm(input.size), price);
  const after = tierIndex(input, tiers, measure);
  const before = facts.openSize ? tierIndex(input, tiers, measureOf(input, new Dm(facts.openSize), price)) : 0;
  if (after > before) {
    const from = tiers[before]!;
    const to = tiers[after]!;
    warnings.push({ kind: 'tier-jump', side, message: t('worker_warnTierJump', String(before + 1), percent(from.rate), String(after + 1), percent(to.rate)) });
  }
  // The largest tier whose max leverage allows the chosen leverage bounds the position's size.
  const leverage = new Dm(facts.leverage);
  const withMax = input.tiers.map((tier) => (tier.maxLeverage ? new Dm(tier.maxLeverage) : undefined));
  if (withMax.some((m) => m !== undefined)) {
    let allowed = -1;
    withMax.forEach((max, i) => {
      if (max && max.gte(leverage)) allowed = i;
    });
    // The tier unit: contracts (OKX) or the value in the settlement asset (USDT, or the coin for inverse).
    const unit = tierCountOf(rulebookFor(input.venue)) === 'contracts' ? t('worker_unitContracts') : (meaningOf(input.venue).settlementAsset(input.symbol) ?? '');
    if (allowed < 0) {
      const highest = withMax.reduce<D>((m, x) => (x && x.gt(m) ? x : m), new Dm(0));
      warnings.push({ kind: 'notional-above-cap', side, message: t('worker_warnLeverageAboveMax', plain(leverage), plain(highest)) });
    } else {
      const capText = input.tiers[allowed]!.cap;
      const cap = capText ? new Dm(capText) : tiers[allowed]!.upper;
      if (cap && measure.gt(cap)) {
        warnings.push({ kind: 'notional-above-cap', side, message: t('worker_warnAboveCap', plain(measure), plain(cap), unit, plain(leverage)) });
      }
    }
  }
  return warnings;
}

/**
 * Warnings for one side. `estimate` is the merged position's liquidation price, 'none', or
 * 'instant' when the model found the margin below maintenance at every price.
 */
export function orderWarnings(side: Side, input: PositionInput, facts: OrderFacts, estimate: Dec | 'none' | 'instant', settings: Settings): Warning[] {
  const warnings: Warning[] = [];
  const leverage = new Dm(facts.leverage);
  const highLeverage = threshold(settings.highLeverage, DEFAULT_SETTINGS.highLeverage);
  const nearEntry = threshold(settings.nearEntryPercent, DEFAULT_SETTINGS.nearEntryPercent);
  if (leverage.gt(highLeverage)) {
    warnings.push({ kind: 'leverage-high', side, message: t('worker_warnLeverageHigh', plain(leverage), plain(highLeverage)) });
  }
  const s = input.side === 'long' ? 1 : -1;
  const price = (d: D) => priceText(d, facts.price, input.markPrice);
  if (estimate === 'instant') {
    warnings.push({ kind: 'instant-liquidation', side, message: t('worker_warnInstantNoPrice') });
  } else if (estimate !== 'none') {
    const liq = new Dm(estimate);
    const fill = new Dm(facts.price);
    const mark = input.markPrice ? new Dm(input.markPrice) : undefined;
    // On the wrong side of the fill (or of the mark): the margin is below maintenance as it opens.
    const beyond = (p: D) => (s === 1 ? liq.gte(p) : liq.lte(p));
    const entry = new Dm(input.entryPrice);
    if (beyond(fill) || (mark && beyond(mark))) {
      const at = beyond(fill) ? fill : mark!;
      warnings.push({ kind: 'instant-liquidation', side, message: t('worker_warnInstant', price(liq), price(at)) });
    } else {
      const gap = entry.sub(liq).abs().div(entry).mul(100);
      if (gap.lte(nearEntry)) {
        warnings.push({ kind: 'liquidation-near-entry', side, message: t('worker_warnNearEntry', price(liq), gap.toSignificantDigits(3).toString(), price(entry), plain(nearEntry)) });
      }
    }
    // A stop-loss protects the position the order opens or adds to, not one it only reduces.
    if (facts.stopLoss && input.side === side) {
      const stop = stopBeyondLiquidation(input.venue, input.side, facts.stopLoss, estimate, price, side);
      if (stop) warnings.push(stop);
    }
  }
  warnings.push(...sizeWarnings(side, input, facts));
  return warnings;
}
