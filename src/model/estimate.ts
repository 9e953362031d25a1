import { t } from '../i18n/t';
import { bankruptcyValueAtLeverage } from './close-fee';
import { Dm, plusSkippingZero, ZERO } from './decimal';
import { keep, keptFor, keyOf } from './held-position-cache';
import { ModelInputError } from './model-input-error';
import { parseDecimal, parseOptionalDecimal } from './parse-decimal';
import { positionTerms, priceToX } from './position-terms';
import { printedLiquidationPrice } from './printed-price';
import { requirementRate, solveEquation, solveZeroEquity, type Line, type MovingLeg } from './solver';
import { findTierIndex, findTierIndexBySize, resolveTiers, type ResolvedTier } from './tiers';
import type { LiquidationEstimate, OtherPosition, PositionInput } from './types';
import type { Rulebook, Said, TierSizeLeg } from './venues/rulebook';

// Builds the venue's liquidation equation from a position (and, in cross, the wallet and the
// positions sharing it), solves it, and reports the estimate. Shared by every venue.

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ModelInputError(field, t('model_errOneOf', allowed.join(', ')));
  }
  return value as T;
}

const CONTRACTS = ['linear', 'inverse'] as const;
const MARGIN_MODES = ['isolated', 'cross'] as const;
const POSITION_MODES = ['one-way', 'hedge'] as const;
const SIDES = ['long', 'short'] as const;

const sideSign = (side: 'long' | 'short'): 1 | -1 => (side === 'long' ? 1 : -1);

// Adding a zero to a decimal within the precision gives the same decimal: plusSkippingZero skips it.
function at(line: Line, x: Dm): Dm {
  const product = line.slope.times(x);
  return line.constant.isZero() ? plusSkippingZero(product, line.constant) : line.constant.plus(product);
}

/** constant + product, as at() adds them. */
function balanceWith(constant: Dm, product: Dm): Dm {
  return constant.isZero() ? plusSkippingZero(product, constant) : constant.plus(product);
}

/** product: requirementPerX × x when the caller has it already. */
function legRequirement(leg: MovingLeg, x: Dm, withoutFee = false, product?: Dm): Dm {
  let tierIndex = leg.fixedTierIndex;
  let notional = product;
  if (tierIndex === undefined && notional !== undefined && leg.tierMeasure.slope === leg.requirementPerX && leg.tierMeasure.constant.isZero()) {
    tierIndex = findTierIndex(leg.tiers, notional);
  } else if (tierIndex === undefined) {
    const measure = at(leg.tierMeasure, x);
    // A tier that follows the notional: the measure is requirementPerX x x, the very product needed below.
    if (leg.tierMeasure.slope === leg.requirementPerX && leg.tierMeasure.constant.isZero()) notional = measure;
    tierIndex = findTierIndex(leg.tiers, measure);
  }
  const tier = leg.tiers[tierIndex] as ResolvedTier;
  const rate = withoutFee ? tier.rate : requirementRate(leg, tierIndex);
  return (notional ?? leg.requirementPerX.times(x)).times(rate).minus(tier.amount);
}


/** The maintenance table of another position: its own tiers, or one flat rate and amount. */
function otherTiers(
  other: OtherPosition, field: string, rulebook: Rulebook, fallback?: ResolvedTier[],
): ResolvedTier[] {
  if (other.tiers !== undefined) return resolveTiers(other.tiers, `${field}.tiers`, rulebook.tierDeduction, rulebook.maintenanceRateFromMaxLeverage);
  if (other.maintenanceMarginRate === undefined && fallback) return fallback;
  const rate = parseDecimal(`${field}.maintenanceMarginRate`, other.maintenanceMarginRate, 'non-negative');
  if (rate.gte(1)) throw new ModelInputError(`${field}.maintenanceMarginRate`, t('model_errBelowOne'));
  const amount = parseOptionalDecimal(`${field}.maintenanceAmount`, other.maintenanceAmount) ?? ZERO;
  return [{ lower: ZERO, upper: null, cap: null, rate, amount }];
}

function toPrice(contract: 'linear' | 'inverse', x: Dm): Dm {
  return priceToX(contract, x); // the conversion is its own inverse
}

function out(field: string, d: Dm): string {
  if (!d.isFinite()) throw new ModelInputError(field, t('model_errNotFinite'));
  return d.toString();
}

/** The tier follows the notional at x, or (OKX) a size that does not move with the price. */
function tiering(
  rulebook: Rulebook, input: PositionInput, leg: TierSizeLeg, legTiers: ResolvedTier[], notionalPerX: Dm,
): Pick<MovingLeg, 'tierMeasure' | 'fixedTierIndex'> {
  if (!rulebook.tierSize) return { tierMeasure: { constant: ZERO, slope: notionalPerX } };
  const tierSize = rulebook.tierSize(input, leg);
  return { tierMeasure: { constant: tierSize, slope: ZERO }, fixedTierIndex: findTierIndexBySize(legTiers, tierSize) };
}

/**
 * Bybit: a fee to close at the bankruptcy value sits in both the margin and the MM. In cross the
 * wallet must cover it, at the bankruptcy value the leg's leverage sets; in isolated it cancels.
 */
function crossCloseFee(
  closeFeeRate: Dm | undefined, contract: 'linear' | 'inverse', field: string,
  legLeverage: Dm | undefined, sign: 1 | -1, legSize: Dm, legEntry: Dm, legValue?: Dm,
): Dm {
  if (!closeFeeRate || closeFeeRate.isZero()) return ZERO;
  if (!legLeverage) throw new ModelInputError(field, t('model_errCloseFeeLeverage'));
  return closeFeeRate.times(bankruptcyValueAtLeverage(contract, sign, legSize, legEntry, legLeverage, legValue));
}

/** What every other position of a cross account is computed with; key names it for held-position-cache.ts. */
interface CrossAccount {
  rulebook: Rulebook;
  input: PositionInput;
  contract: 'linear' | 'inverse';
  extraRate: Dm;
  closeFeeRate: Dm | undefined;
  key: string;
}

/** Another symbol's position as held at its mark, its mark aside; last: its terms at the last mark it was seen with. */
interface HeldPosition {
  /** The fee to close Bybit adds to the requirement (0 elsewhere). */
  closeFee: Dm;
  pnl: Line;
  leg: MovingLeg;
  lastMark?: string;
  last?: HeldTerms;
}

/** A held position's fee to close, and its unrealized PnL and requirement at its mark. */
interface HeldTerms {
  closeFee: Dm;
  pnl: Dm;
  requirement: Dm;
}

/** Reads another symbol's position, its mark in its turn (x: the mark in x). Throws ModelInputError naming its field. */
function heldPosition(
  account: CrossAccount, other: OtherPosition, field: string, side: 'long' | 'short', tiersOf: () => ResolvedTier[],
): { position: HeldPosition; x: Dm } {
  const { contract, rulebook } = account;
  const size = parseDecimal(`${field}.size`, other.size, 'positive');
  const entry = parseDecimal(`${field}.entryPrice`, other.entryPrice, 'positive');
  const mark = parseDecimal(`${field}.markPrice`, other.markPrice, 'positive', false);
  const value =
    contract === 'inverse'
      ? (parseOptionalDecimal(`${field}.contractValue`, other.contractValue, 'positive') ?? parseDecimal(`${field}.contractValue`, other.contractValue, 'positive'))
      : undefined;
  const terms = positionTerms(contract, sideSign(side), size, entry, value);
  const leverage = parseOptionalDecimal(`${field}.leverage`, other.leverage, 'positive');
  const closeFee = crossCloseFee(account.closeFeeRate, contract, `${field}.leverage`, leverage, sideSign(side), size, entry, value);
  const x = priceToX(contract, mark);
  const tiers = tiersOf();
  const leg = { field, symbol: other.symbol, side, size, contractSize: other.contractSize };
  const held: MovingLeg = { requirementPerX: terms.notionalPerX, ...tiering(rulebook, account.input, leg, tiers, terms.notionalPerX), tiers, extraRate: account.extraRate };
  return { position: { closeFee, pnl: terms.pnl, leg: held }, x };
}

function termsAt(position: HeldPosition, x: Dm): HeldTerms {
  return { closeFee: position.closeFee, pnl: at(position.pnl, x), requirement: legRequirement(position.leg, x) };
}

/**
 * A held position's terms. What does not move with its mark is kept between estimates while its
 * strings and table are unchanged (held-position-cache.ts), with the terms at the last mark seen.
 */
function heldTermsOf(account: CrossAccount, other: OtherPosition, field: string, side: 'long' | 'short'): HeldTerms {
  const tiersOf = () => otherTiers(other, field, account.rulebook);
  const key = Array.isArray(other.tiers)
    ? keyOf([account.key, side, other.size, other.entryPrice, other.contractValue, other.contractSize, other.leverage])
    : undefined;
  let table: ResolvedTier[] | undefined;
  try {
    table = key === undefined ? undefined : tiersOf();
  } catch {
    table = undefined; // reported in its turn by heldPosition, after the fields before it
  }
  if (key === undefined || table === undefined) {
    const { position, x } = heldPosition(account, other, field, side, tiersOf);
    return termsAt(position, x);
  }
  const known = keptFor<HeldPosition>(table, key);
  if (known) {
    if (known.last && known.lastMark === other.markPrice) return known.last;
    const mark = parseDecimal(`${field}.markPrice`, other.markPrice, 'positive', false);
    const terms = termsAt(known, priceToX(account.contract, mark));
    known.lastMark = other.markPrice as string;
    known.last = terms;
    return terms;
  }
  const resolved = table;
  const { position, x } = heldPosition(account, other, field, side, () => resolved);
  const terms = termsAt(position, x);
  position.lastMark = other.markPrice as string;
  position.last = terms;
  keep(resolved, key, position);
  return terms;
}

// A rulebook's standing assumptions read only these input fields (rulebook.ts), so they are built
// once per rulebook and combination (compared field by field: no key string per estimate); every
// estimate puts them into words afresh (t() remembers the words), in a list of its own to add to.
interface Standing {
  contract: unknown;
  marginMode: unknown;
  positionMode: unknown;
  takerFeeRate: unknown;
  made: readonly Said[];
}

const standing = new WeakMap<Rulebook, Standing[]>();

const said = (s: Said): string => (s.subs ? t(s.key, ...s.subs) : t(s.key));

function standingAssumptions(rulebook: Rulebook, input: PositionInput): string[] {
  let kept = standing.get(rulebook);
  if (!kept) standing.set(rulebook, (kept = []));
  for (const s of kept) {
    if (s.contract === input.contract && s.marginMode === input.marginMode && s.positionMode === input.positionMode && s.takerFeeRate === input.takerFeeRate) {
      return s.made.map(said);
    }
  }
  const made = rulebook.assumptions(input);
  if (kept.length >= 64) kept.length = 0;
  kept.push({ contract: input.contract, marginMode: input.marginMode, positionMode: input.positionMode, takerFeeRate: input.takerFeeRate, made });
  return made.map(said);
}

export function estimateWith(rulebook: Rulebook, input: PositionInput): LiquidationEstimate {
  const contract = rulebook.contract === 'both' ? oneOf('contract', input.contract, CONTRACTS) : rulebook.contract;
  if (input.contract !== contract) {
    throw new ModelInputError('contract', t('model_errContractKind', rulebook.venue, contract));
  }
  const marginMode = oneOf('marginMode', input.marginMode, MARGIN_MODES);
  const positionMode = oneOf('positionMode', input.positionMode ?? 'one-way', POSITION_MODES);
  const side = oneOf('side', input.side, SIDES);
  if (typeof input.symbol !== 'string' || input.symbol.trim() === '') throw new ModelInputError('symbol', t('model_errMissing'));
  const size = parseDecimal('size', input.size, 'positive');
  const entryPrice = parseDecimal('entryPrice', input.entryPrice, 'positive');
  const markPrice = parseOptionalDecimal('markPrice', input.markPrice, 'positive');
  const leverage = parseOptionalDecimal('leverage', input.leverage, 'positive');
  parseOptionalDecimal('contractSize', input.contractSize, 'positive');
  const contractValue = contract === 'inverse' ? parseDecimal('contractValue', input.contractValue, 'positive') : undefined;
  const takerFeeRate = parseOptionalDecimal('takerFeeRate', input.takerFeeRate, 'non-negative');
  if (takerFeeRate?.gte(1)) throw new ModelInputError('takerFeeRate', t('model_errBelowOne'));
  const priceTick = parseOptionalDecimal('priceTick', input.priceTick, 'positive');
  const tiers = resolveTiers(input.tiers, 'tiers', rulebook.tierDeduction, rulebook.maintenanceRateFromMaxLeverage);
  const extraRate = rulebook.requirementFeeRate(input, takerFeeRate);
  rulebook.checkInput?.(input);
  const assumptions = standingAssumptions(rulebook, input);

  const closeFeeRate = rulebook.closeFeeRate?.(input, takerFeeRate);
  let ownCloseFee = ZERO;

  const own = positionTerms(contract, sideSign(side), size, entryPrice, contractValue);
  const ownLeg: MovingLeg = {
    requirementPerX: own.notionalPerX,
    ...tiering(rulebook, input, { field: '', symbol: input.symbol, side, size, contractSize: input.contractSize }, tiers, own.notionalPerX),
    tiers,
    extraRate,
  };
  const legs: MovingLeg[] = [ownLeg];
  let equityConstant = own.pnl.constant;
  let equitySlope = own.pnl.slope;
  let fixedRequirement = ZERO;

  const others = input.otherPositions ?? [];
  if (!Array.isArray(others)) throw new ModelInputError('otherPositions', t('model_errNotList'));
  if (marginMode === 'isolated') {
    equityConstant = equityConstant.plus(parseDecimal('isolatedMargin', input.isolatedMargin, 'non-negative'));
    if (others.length > 0) assumptions.push(t('model_isolatedAlone'));
  } else {
    equityConstant = equityConstant.plus(parseDecimal('walletBalance', input.walletBalance));
    ownCloseFee = crossCloseFee(closeFeeRate, contract, 'leverage', leverage, sideSign(side), size, entryPrice, contractValue);
    fixedRequirement = plusSkippingZero(fixedRequirement, ownCloseFee);
    const account: CrossAccount = {
      rulebook, input, contract, extraRate, closeFeeRate,
      key: `${rulebook.venue}|${contract}|${extraRate.toString()}|${closeFeeRate?.toString() ?? ''}`,
    };
    for (let i = 0; i < others.length; i++) {
      const other = others[i] as OtherPosition;
      const field = `otherPositions[${i}]`;
      if (typeof other !== 'object' || other === null) throw new ModelInputError(field, t('model_errNotPosition'));
      if (typeof other.symbol !== 'string' || other.symbol.trim() === '') throw new ModelInputError(`${field}.symbol`, t('model_errMissing'));
      const otherSide = oneOf(`${field}.side`, other.side, SIDES);
      if (other.symbol !== input.symbol) {
        // Another symbol: held at its own mark price.
        const held = heldTermsOf(account, other, field, otherSide);
        fixedRequirement = plusSkippingZero(fixedRequirement, held.closeFee);
        equityConstant = equityConstant.plus(held.pnl);
        fixedRequirement = fixedRequirement.plus(held.requirement);
        continue;
      }
      // Hedge mode, cross: both legs of the symbol move with the price being solved.
      const otherSize = parseDecimal(`${field}.size`, other.size, 'positive');
      const otherEntry = parseDecimal(`${field}.entryPrice`, other.entryPrice, 'positive');
      parseDecimal(`${field}.markPrice`, other.markPrice, 'positive');
      const otherValue =
        contract === 'inverse' ? (parseOptionalDecimal(`${field}.contractValue`, other.contractValue, 'positive') ?? contractValue) : undefined;
      const terms = positionTerms(contract, sideSign(otherSide), otherSize, otherEntry, otherValue);
      const otherLeverage = parseOptionalDecimal(`${field}.leverage`, other.leverage, 'positive') ?? leverage;
      const closeFee = crossCloseFee(closeFeeRate, contract, `${field}.leverage`, otherLeverage, sideSign(otherSide), otherSize, otherEntry, otherValue);
      fixedRequirement = plusSkippingZero(fixedRequirement, closeFee);
      if (positionMode !== 'hedge') throw new ModelInputError(`${field}.symbol`, t('model_errOneWay'));
      if (otherSide === side || legs.length > 1) {
        throw new ModelInputError(`${field}.side`, t('model_errHedgeLegs'));
      }
      equityConstant = equityConstant.plus(terms.pnl.constant);
      equitySlope = equitySlope.plus(terms.pnl.slope);
      const legTiers = otherTiers(other, field, rulebook, tiers);
      const leg = { field, symbol: other.symbol, side: otherSide, size: otherSize, contractSize: other.contractSize ?? input.contractSize };
      legs.push({ requirementPerX: terms.notionalPerX, ...tiering(rulebook, input, leg, legTiers, terms.notionalPerX), tiers: legTiers, extraRate });
    }
  }

  const equity: Line = { constant: equityConstant, slope: equitySlope };
  const roots = solveEquation({ equity, fixedRequirement, legs });
  const reference = markPrice ?? entryPrice;
  let chosen = roots[0];
  if (roots.length > 1) {
    const distance = (x: Dm) => toPrice(contract, x).minus(reference).abs();
    for (const root of roots) if (chosen && distance(root.x).lt(distance(chosen.x))) chosen = root;
    const prices = roots.map((r) => toPrice(contract, r.x).toSignificantDigits(8).toString()).reduce((list, price) => t('model_pricesAnd', list, price));
    assumptions.push(t(markPrice ? 'model_twoRootsMark' : 'model_twoRootsEntry', prices));
  }

  const tierIndex = chosen ? (chosen.tierIndexes[0] as number) : -1;
  const measureAtRoot = chosen ? (chosen.measure ?? at(ownLeg.tierMeasure, chosen.x)) : undefined;
  if (measureAtRoot) {
    const lastCap = tiers[tiers.length - 1]?.cap;
    if (lastCap && measureAtRoot.gt(lastCap)) {
      assumptions.push(t('model_beyondLastCap'));
    }
  } else {
    // No sign change over all prices: either safe everywhere or liquidated everywhere. The second
    // is not a live position (it would already be closed): most likely a misread balance.
    const x = priceToX(contract, reference);
    const surplus = at(equity, x).minus(legs.reduce((sum, leg) => sum.plus(legRequirement(leg, x)), fixedRequirement));
    if (!surplus.gt(0)) {
      throw new ModelInputError(
        marginMode === 'isolated' ? 'isolatedMargin' : 'walletBalance',
        t('model_errBelowMaintenance'),
        'below-maintenance',
      );
    }
    assumptions.push(t('model_noLiquidation'));
  }
  const bankruptcyX = solveZeroEquity(equity);
  if (marginMode === 'isolated' && closeFeeRate && bankruptcyX) ownCloseFee = closeFeeRate.times(own.notionalPerX.times(bankruptcyX));

  const partialAt = measureAtRoot && { tierMeasure: measureAtRoot, input };
  const partialLiquidation = partialAt ? rulebook.partialLiquidation(tierIndex, tiers, partialAt) : false;
  const firstStep = partialAt && partialLiquidation ? rulebook.partialFirstStep?.(tierIndex, tiers, partialAt) : undefined;
  const estimate: LiquidationEstimate = {
    liquidationPrice: chosen ? out('liquidationPrice', toPrice(contract, chosen.x)) : null,
    bankruptcyPrice: bankruptcyX ? out('bankruptcyPrice', toPrice(contract, bankruptcyX)) : null,
    tierIndex,
    partialLiquidation,
    ...(firstStep ? { partialFirstStep: out('partialFirstStep', firstStep) } : {}),
    assumptions,
  };
  // Where the venue prints its figure some ticks from its rule's value, show the venue's figure and keep the rule's beside it.
  const ticks = chosen && priceTick ? (rulebook.ticksTowardMark?.(input) ?? 0) : 0;
  if (ticks > 0 && estimate.liquidationPrice !== null && priceTick) {
    const rulePrice = new Dm(estimate.liquidationPrice);
    const printed = printedLiquidationPrice(rulePrice, side, ticks, priceTick);
    if (printed) {
      estimate.ruleLiquidationPrice = estimate.liquidationPrice;
      estimate.liquidationPrice = out('liquidationPrice', printed);
      assumptions.push(t('model_printedTowardMark', priceTick.times(ticks).toString(), rulePrice.toSignificantDigits(10).toString()));
    }
  }

  if (markPrice) {
    const x = priceToX(contract, markPrice);
    // The position's own notional at the mark, computed once for its tier, its requirement and the balance.
    const ownNotional = ownLeg.requirementPerX.times(x);
    const requirements = legs.map((leg, i) => legRequirement(leg, x, false, i === 0 ? ownNotional : undefined));
    const ownRequirement = requirements[0] as Dm;
    const ownMaintenance = rulebook.maintenanceMarginWithoutFee ? legRequirement(ownLeg, x, true, ownNotional) : ownRequirement;
    const totalRequirement = requirements.reduce((sum, requirement) => plusSkippingZero(requirement, sum), fixedRequirement);
    // slope × x = ±(requirementPerX × x) exactly (rounding half-even is symmetric) while the slope is the position's own.
    const balance =
      equitySlope === own.pnl.slope && own.slopeSign !== undefined
        ? balanceWith(equity.constant, own.slopeSign === 1 ? ownNotional : ownNotional.neg())
        : at(equity, x);
    estimate.maintenanceMargin = out('maintenanceMargin', plusSkippingZero(ownMaintenance, ownCloseFee));
    // Isolated: the fee to close is booked into the position margin and its MM alike (0 elsewhere).
    const ratio =
      marginMode === 'isolated'
        ? rulebook.marginRatio(plusSkippingZero(ownRequirement, ownCloseFee), plusSkippingZero(balance, ownCloseFee))
        : rulebook.marginRatio(totalRequirement, balance);
    if (ratio) estimate.marginRatio = out('marginRatio', ratio);
    if (!balance.gt(totalRequirement)) {
      assumptions.push(t('model_alreadyBelow'));
    }
  }
  return estimate;
}
