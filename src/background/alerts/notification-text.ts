// The words and numbers of an alert notification, localised: strings through t(), numbers through
// Intl from their decimal strings (never a float).
import { t } from '../../i18n/t';
import type { Dec } from '../../model/types';
import type { PositionResult } from '../../protocol/estimates';
import type { AlertBasis } from './alert-decision';

const PLAIN = /^\d+(\.\d+)?$/;

function digitsOf(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}

// Building a NumberFormat costs far more than using one: keep them.
const formatters = new Map<string, Intl.NumberFormat>();

function format(value: Dec, options: Intl.NumberFormatOptions, locale?: string): string {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(value as Intl.StringNumericLiteral);
}

/** A price with as many decimals as the exchange's own figure (else the mark's, else 6 significant digits). */
export function formatPrice(value: Dec, reference: Dec | undefined, locale?: string): string {
  const digits = reference !== undefined && PLAIN.test(reference) ? digitsOf(reference) : undefined;
  return digits === undefined ? format(value, { maximumSignificantDigits: 6 }, locale) : format(value, { minimumFractionDigits: digits, maximumFractionDigits: digits }, locale);
}

/** A percentage's magnitude: 2 decimals at or above 1, else 2 significant digits. */
export function formatPercent(value: Dec, locale?: string): string {
  return /^0*\./.test(value) || value === '0' ? format(value, { maximumSignificantDigits: 2 }, locale) : format(value, { maximumFractionDigits: 2 }, locale);
}

export interface NotificationText {
  title: string;
  message: string;
}

export function notificationText(position: PositionResult, distancePercent: Dec, mark: Dec | undefined, locale?: string, basis: AlertBasis = 'liqcheck'): NotificationText {
  const side = position.side === 'short' ? t('alerts_sideShort') : t('alerts_sideLong');
  const title = t('alerts_title', position.symbol, side);
  const exchange = basis === 'exchange-only' ? position.unverifiedDisplayed : basis === 'exchange' ? position.displayed : undefined;
  const reference = typeof position.displayed === 'string' && PLAIN.test(position.displayed) ? position.displayed : exchange ?? mark;
  const percent = formatPercent(distancePercent, locale);
  const markText = mark !== undefined && PLAIN.test(mark) ? formatPrice(mark, reference, locale) : undefined;
  // The exchange's own figure: nearer than Liqcheck's, or the only one there is; the words say which.
  if (typeof exchange === 'string' && PLAIN.test(exchange) && markText !== undefined) {
    const figure = formatPrice(exchange, reference, locale);
    if (basis === 'exchange-only') return { title, message: t('alerts_messageExchangeOnly', markText, percent, figure, position.reasons[0] ?? '') };
    const ours = formatPrice(position.estimate, reference, locale);
    return { title, message: t('alerts_messageExchangeNearer', markText, percent, figure, ours) };
  }
  const liquidation = PLAIN.test(position.estimate) ? formatPrice(position.estimate, reference, locale) : undefined;
  const message = liquidation !== undefined && markText !== undefined ? t('alerts_messageWithMark', markText, percent, liquidation) : t('alerts_message', percent);
  return { title, message };
}
