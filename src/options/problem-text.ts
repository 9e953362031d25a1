// What is wrong with a typed value, in the trader's words and language (numbers through Intl).
import { t } from '../i18n/t';
import type { DecimalRule, FieldProblem } from '../settings/field-rules';

function number(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
}

export function problemText(problem: FieldProblem, rule: DecimalRule, example: string, locale?: string): string {
  switch (problem) {
    case 'empty':
      return t('options_problemEmpty');
    case 'not-a-number':
      return t('options_problemNotANumber', example);
    case 'negative':
      return t('options_problemNegative');
    case 'too-small':
      return rule.minExclusive ? t('options_problemTooSmall', number(rule.min, locale)) : t('options_problemTooSmallOrEqual', number(rule.min, locale));
    case 'too-large':
      return t('options_problemTooLarge', number(rule.max, locale));
    case 'too-precise':
      return rule.maxDecimals === 0 ? t('options_problemWhole') : t('options_problemTooPrecise', rule.maxDecimals);
  }
}
