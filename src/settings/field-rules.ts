// What each numeric setting accepts, and the check the options page and the stored-settings
// validator share. No decimal.js: the content script reads settings and must stay small; a bounds
// check on a short, validated decimal string is exact enough with Number().
import type { Dec } from '../model/types';

export interface DecimalRule {
  /** Smallest accepted value; `minExclusive` makes it a strict bound. */
  min: number;
  minExclusive?: boolean;
  max: number;
  /** At most this many digits after the point. */
  maxDecimals: number;
}

export type FieldProblem = 'empty' | 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'too-precise';

export type FieldCheck = { ok: true; value: Dec } | { ok: false; problem: FieldProblem };

export const NEAR_ENTRY_RULE: DecimalRule = { min: 0, minExclusive: true, max: 100, maxDecimals: 4 };
export const HIGH_LEVERAGE_RULE: DecimalRule = { min: 1, max: 200, maxDecimals: 2 };
export const ALERT_PERCENT_RULE: DecimalRule = { min: 0, minExclusive: true, max: 50, maxDecimals: 4 };
export const COOLDOWN_MINUTES_RULE: DecimalRule = { min: 1, max: 1440, maxDecimals: 0 };
/** Taker fees are a few hundredths of a percent; above 1 % is a typo (e.g. 4 for 0.04). */
export const TAKER_FEE_RULE: DecimalRule = { min: 0, max: 1, maxDecimals: 4 };

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,12}))?$/;

/** Checks what the trader typed (or what storage held) against a rule; the canonical decimal string when it passes. */
export function checkDecimal(text: string, rule: DecimalRule): FieldCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (/^-\s*\d/.test(trimmed)) return { ok: false, problem: 'negative' };
  const match = DECIMAL.exec(trimmed);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > rule.maxDecimals) return { ok: false, problem: 'too-precise' };
  const value = fraction ? `${whole}.${fraction}` : whole;
  const n = Number(value);
  if (n < rule.min || (rule.minExclusive && n === rule.min)) return { ok: false, problem: 'too-small' };
  if (n > rule.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}
