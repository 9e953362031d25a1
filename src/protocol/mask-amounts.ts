// Privacy mode hides amounts (applied by the worker to every answer, src/background/router.ts, so the
// content script carries none of it). The figures Liqcheck lays out itself are hidden by field; the worker's
// sentences (warnings, reasons, assumptions, causes, notes) can carry amounts too ("the position
// after this order (332750 USDT) is above 300000 USDT"). In those, a number followed by an asset
// code is an amount and becomes "•••"; a bare number is a price, a percent has its sign: they stay.
import type { EstimatesResult, PositionResult, Warning } from './estimates';

const HIDDEN = '•••';
// A number (digits with group and decimal marks) then a space and an upper-case asset code; times
// ("10:00 UTC") are not amounts.
const AMOUNT = /(?<![\w.,:])[-+]?\d(?:[\d,.'\u00a0\u202f]*\d)?(?=\s?(?!UTC\b|GMT\b)[A-Z][A-Z0-9]{1,9}\b)/g;

export function maskAmounts(text: string): string {
  return text.replace(AMOUNT, HIDDEN);
}

const maskAll = (texts: string[]) => texts.map(maskAmounts);
const maskWarnings = (warnings: Warning[]) => warnings.map((w) => ({ ...w, message: maskAmounts(w.message) }));

function maskPosition(p: PositionResult): PositionResult {
  return {
    ...p,
    reasons: maskAll(p.reasons),
    assumptions: maskAll(p.assumptions),
    ...(p.warnings ? { warnings: maskWarnings(p.warnings) } : {}),
    ...(p.likelyCause ? { likelyCause: { ...p.likelyCause, message: maskAmounts(p.likelyCause.message) } } : {}),
    ...(p.risk
      ? {
          risk: {
            ...p.risk,
            ...(p.risk.fundingNote !== undefined ? { fundingNote: maskAmounts(p.risk.fundingNote) } : {}),
            ...(p.risk.touchNote !== undefined ? { touchNote: maskAmounts(p.risk.touchNote) } : {}),
          },
        }
      : {}),
  };
}

/** The result with every amount in its sentences hidden; numbers in fields are left to the views. */
export function withoutAmounts(result: EstimatesResult): EstimatesResult {
  const side = (s: NonNullable<EstimatesResult['order']>['long']) => ({ ...s, reasons: maskAll(s.reasons), assumptions: maskAll(s.assumptions), warnings: maskWarnings(s.warnings) });
  return {
    ...result,
    positions: result.positions.map(maskPosition),
    order: result.order && { long: side(result.order.long), short: side(result.order.short) },
    warnings: maskWarnings(result.warnings),
  };
}
