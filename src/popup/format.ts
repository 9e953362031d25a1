// Numbers for the popup: decimal strings formatted with Intl (never through a float), amounts hidden
// in privacy mode.
export const HIDDEN = '•••';

function format(value: string, locale: string | undefined, maxDigits: number, minDigits = 0): string {
  // Intl formats a decimal string exactly (no float rounding on the way).
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }).format(value as `${number}`);
}

const digitsOf = (value: string) => (value.includes('.') ? value.length - value.indexOf('.') - 1 : 0);

/** A price with the digits a price needs: at least 2, up to 8 for small prices. */
export function formatPrice(value: string, locale?: string): string {
  const abs = Math.abs(Number(value));
  const digits = abs >= 1000 ? 2 : abs >= 1 ? 4 : 8;
  return format(value, locale, Math.min(digits, Math.max(2, digitsOf(value))), Math.min(2, digitsOf(value)));
}

/** An amount (margin, value) in its asset; hidden in privacy mode. */
export function formatAmount(value: string, asset: string, privacy: boolean, locale?: string): string {
  if (privacy) return `${HIDDEN} ${asset}`.trim();
  const abs = Math.abs(Number(value));
  return `${format(value, locale, abs >= 100 ? 2 : 8)} ${asset}`.trim();
}

/** A fraction (0.0123) as a percent ("1.23 %" in the locale's way). */
export function formatFractionPercent(value: string, locale?: string): string {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  // A tiny but non-zero chance reads "< 0.01 %", never a flat 0.
  if (Number(value) > 0 && Number(value) < 0.0001) return `< ${percent.format(0.0001)}`;
  return percent.format(value as `${number}`);
}

export function formatNumber(value: string, maxDigits: number, locale?: string): string {
  return format(value, locale, maxDigits);
}
