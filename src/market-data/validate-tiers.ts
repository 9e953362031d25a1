// Checks a tier table from any source before the worker trusts it. A venue that changes a field's
// unit (a percent instead of a fraction), reorders tiers, or sends a half-written table must be
// rejected, so the last good table stays in use rather than a confident wrong number.
import { t as say } from '../i18n/t';
import { Dm } from '../model/decimal';
import { isBoundedUnsignedDecimal } from '../model/decimal-text';
import type { Tier } from '../model/types';

export interface TierRules {
  /** Each tier's cap is the next tier's floor (Binance, Bitget). */
  contiguous?: boolean;
}

export type Validated = { ok: true; tiers: Tier[] } | { ok: false; reason: string };

const MAX_TIERS = 100;
/** No venue offers more; a larger figure is a unit or parsing error. */
const MAX_LEVERAGE = new Dm(1000);
/**
 * The maintenance rates venues publish lie between 0.4 % (BTC tier 1 on Binance, OKX, Bitget) and 60 %
 * (Bitget's last BTCUSDT tier); Hyperliquid's half of 1/max leverage is 1 % at 50x. A rate outside
 * [0.1 %, 75 %] is a unit or parsing error (issue 17: 1e-12 and 0.9999999 were accepted).
 */
const LOWEST_RATE = new Dm('0.001');
const HIGHEST_RATE = new Dm('0.75');
/** Far beyond any venue's largest tier; keeps arithmetic finite. */
const MAX_AMOUNT = new Dm('1e18');

/** A tier's field as a decimal, or why not; `what` names the field (a market_tier* message). */
function number(value: unknown, what: () => string): Dm | string {
  // Bounded in length and exponent: "1e-999999999" would otherwise be written out in full below.
  if (!isBoundedUnsignedDecimal(value)) return say('market_notDecimal', what());
  const d = new Dm(value);
  return d.isFinite() && d.lt(MAX_AMOUNT) ? d : say('market_outOfRange', what());
}

/** Tolerance of the deduction recurrence: venues print amounts to a few decimals. */
function close(a: Dm, b: Dm, scale: Dm): boolean {
  return a.sub(b).abs().lte(Dm.max(1, scale.abs()).mul('1e-6'));
}

export function validateTiers(input: unknown, rules: TierRules = {}): Validated {
  if (!Array.isArray(input)) return { ok: false, reason: say('market_listMissing') };
  if (input.length === 0) return { ok: false, reason: say('market_listEmpty') };
  if (input.length > MAX_TIERS) return { ok: false, reason: say('market_tooManyTiers', input.length) };
  const tiers: Tier[] = [];
  const floors: Dm[] = [];
  const caps: (Dm | undefined)[] = [];
  const rates: Dm[] = [];
  const amounts: (Dm | undefined)[] = [];
  const leverages: (Dm | undefined)[] = [];
  for (const [i, raw] of input.entries()) {
    const n = i + 1;
    if (typeof raw !== 'object' || raw === null) return { ok: false, reason: say('market_notATier', n) };
    const t = raw as Partial<Record<keyof Tier, unknown>>;
    const floor = number(t.floor, () => say('market_tierFloor', n));
    if (typeof floor === 'string') return { ok: false, reason: floor };
    const rate = number(t.maintenanceMarginRate, () => say('market_tierRate', n));
    if (typeof rate === 'string') return { ok: false, reason: rate };
    if (rate.lt(LOWEST_RATE) || rate.gt(HIGHEST_RATE)) {
      return { ok: false, reason: say('market_rateNotFraction', n, t.maintenanceMarginRate as string, LOWEST_RATE.toString(), HIGHEST_RATE.toString()) };
    }
    // Every venue's first tier starts at nothing: a table starting higher leaves small positions without a rate.
    if (i === 0 && !floor.isZero()) return { ok: false, reason: say('market_firstFloorNotZero', t.floor as string) };
    const cap = t.cap === undefined ? undefined : number(t.cap, () => say('market_tierCap', n));
    if (typeof cap === 'string') return { ok: false, reason: cap };
    if (cap && !cap.gt(floor)) return { ok: false, reason: say('market_capNotAboveFloor', n) };
    const amount = t.maintenanceAmount === undefined ? undefined : number(t.maintenanceAmount, () => say('market_tierAmount', n));
    if (typeof amount === 'string') return { ok: false, reason: amount };
    const leverage = t.maxLeverage === undefined ? undefined : number(t.maxLeverage, () => say('market_tierLeverage', n));
    if (typeof leverage === 'string') return { ok: false, reason: leverage };
    if (leverage && (!leverage.gt(0) || leverage.gt(MAX_LEVERAGE))) return { ok: false, reason: say('market_leverageAbsurd', n, t.maxLeverage as string) };
    // The maintenance rate is below the initial rate at max leverage; a rate in percent breaks this.
    if (leverage && !rate.mul(leverage).lt(1)) {
      return { ok: false, reason: say('market_rateAboveInitial', n, t.maintenanceMarginRate as string) };
    }
    tiers.push({
      floor: floor.toString(),
      ...(cap ? { cap: cap.toString() } : {}),
      maintenanceMarginRate: rate.toString(),
      ...(amount ? { maintenanceAmount: amount.toString() } : {}),
      ...(leverage ? { maxLeverage: leverage.toString() } : {}),
    });
    floors.push(floor);
    caps.push(cap);
    rates.push(rate);
    amounts.push(amount);
    leverages.push(leverage);
  }
  for (let i = 1; i < tiers.length; i++) {
    const n = i + 1;
    const floor = floors[i]!;
    if (!floor.gt(floors[i - 1]!)) return { ok: false, reason: say('market_floorsNotAscending', n) };
    const previousCap = caps[i - 1];
    if (previousCap && previousCap.gt(floor)) return { ok: false, reason: say('market_tiersOverlap', i, n) };
    if (rules.contiguous && previousCap && !previousCap.eq(floor)) return { ok: false, reason: say('market_capNotNextFloor', i, n) };
    if (rates[i]!.lt(rates[i - 1]!)) return { ok: false, reason: say('market_rateFalls', n) };
    const leverage = leverages[i];
    const previousLeverage = leverages[i - 1];
    if (leverage && previousLeverage && leverage.gt(previousLeverage)) return { ok: false, reason: say('market_leverageRises', n) };
  }
  // Where the venue publishes the deduction, it must be the one that makes MM continuous:
  // amount_n = amount_(n-1) + floor_n × (rate_n - rate_(n-1)), amount_1 = 0.
  if (amounts.every((a) => a !== undefined)) {
    if (!close(amounts[0]!, new Dm(0), new Dm(1))) return { ok: false, reason: say('market_firstAmountNotZero') };
    for (let i = 1; i < tiers.length; i++) {
      const expected = amounts[i - 1]!.add(floors[i]!.mul(rates[i]!.sub(rates[i - 1]!)));
      if (!close(amounts[i]!, expected, floors[i]!.mul(rates[i]!))) {
        return { ok: false, reason: say('market_amountBreaksRule', i + 1, amounts[i]!.toString(), expected.toString()) };
      }
    }
  } else if (amounts.some((a) => a !== undefined)) {
    return { ok: false, reason: say('market_amountsMixed') };
  }
  return { ok: true, tiers };
}
