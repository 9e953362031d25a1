import { describe, expect, it } from 'vitest';
import { ALERT_PERCENT_RULE, checkDecimal, COOLDOWN_MINUTES_RULE, HIGH_LEVERAGE_RULE, TAKER_FEE_RULE } from './field-rules';

describe('checkDecimal', () => {
  it('accepts plain decimals and gives them back canonical', () => {
    expect(checkDecimal(' 2.50 ', ALERT_PERCENT_RULE)).toEqual({ ok: true, value: '2.5' });
    expect(checkDecimal('007', HIGH_LEVERAGE_RULE)).toEqual({ ok: true, value: '7' });
    expect(checkDecimal('0.055', TAKER_FEE_RULE)).toEqual({ ok: true, value: '0.055' });
    expect(checkDecimal('0', TAKER_FEE_RULE)).toEqual({ ok: true, value: '0' });
  });
  it('names what is wrong with bad input', () => {
    expect(checkDecimal('abc', ALERT_PERCENT_RULE)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(checkDecimal('', ALERT_PERCENT_RULE)).toEqual({ ok: false, problem: 'empty' });
    expect(checkDecimal('-1', ALERT_PERCENT_RULE)).toEqual({ ok: false, problem: 'negative' });
    expect(checkDecimal('0', ALERT_PERCENT_RULE)).toEqual({ ok: false, problem: 'too-small' });
    expect(checkDecimal('50.0001', ALERT_PERCENT_RULE)).toEqual({ ok: false, problem: 'too-large' });
    expect(checkDecimal('4', TAKER_FEE_RULE)).toEqual({ ok: false, problem: 'too-large' });
    expect(checkDecimal('1e3', HIGH_LEVERAGE_RULE)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(checkDecimal('1,5', HIGH_LEVERAGE_RULE)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(checkDecimal('Infinity', HIGH_LEVERAGE_RULE)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(checkDecimal('2.5', COOLDOWN_MINUTES_RULE)).toEqual({ ok: false, problem: 'too-precise' });
  });
  it('keeps the bounds themselves as the rules say', () => {
    expect(checkDecimal('50', ALERT_PERCENT_RULE).ok).toBe(true);
    expect(checkDecimal('1', HIGH_LEVERAGE_RULE).ok).toBe(true);
    expect(checkDecimal('0.99', HIGH_LEVERAGE_RULE)).toEqual({ ok: false, problem: 'too-small' });
    expect(checkDecimal('1440', COOLDOWN_MINUTES_RULE).ok).toBe(true);
    expect(checkDecimal('1441', COOLDOWN_MINUTES_RULE)).toEqual({ ok: false, problem: 'too-large' });
  });
});
