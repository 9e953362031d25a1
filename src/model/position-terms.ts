import { Dm, fitsPrecision } from './decimal';
import type { Line } from './solver';

/** A position reduced to what the solver needs, in the variable x (P linear, 1/P inverse). */
export interface PositionTerms {
  /** Unrealized PnL as a line in x, in the settlement asset. */
  pnl: Line;
  /** Notional = notionalPerX * x: quote notional (linear) or coin notional (inverse). */
  notionalPerX: Dm;
  /** When known: pnl.slope is exactly this sign times notionalPerX, so a product with it can be reused. */
  slopeSign?: 1 | -1;
}

/**
 * linear:  PnL = s*Q*(P - EP)             notional = Q*P
 * inverse: PnL = s*F*(1/EP - 1/P), F=N*CM  notional = F/P   (settled and tiered in coin)
 * Terms are kept per size decimal: parsed strings come back as the very same decimals (parse-decimal.ts),
 * so an unchanged position's terms are not computed again. Decimals are immutable and no caller
 * changes a Line, so a kept one gives the same results.
 */
export function positionTerms(
  contract: 'linear' | 'inverse',
  sign: 1 | -1,
  size: Dm,
  entryPrice: Dm,
  contractValue?: Dm,
): PositionTerms {
  let byEntry = kept.get(size);
  const found = byEntry?.find((k) => k.contract === contract && k.sign === sign && k.entryPrice === entryPrice && k.contractValue === contractValue);
  if (found) return found.terms;
  const terms = termsOf(contract, sign, size, entryPrice, contractValue);
  if (!byEntry) kept.set(size, (byEntry = []));
  if (byEntry.length >= 8) byEntry.shift();
  byEntry.push({ contract, sign, entryPrice, contractValue, terms });
  return terms;
}

interface Kept {
  contract: 'linear' | 'inverse';
  sign: 1 | -1;
  entryPrice: Dm;
  contractValue: Dm | undefined;
  terms: PositionTerms;
}

const kept = new WeakMap<Dm, Kept[]>();

function termsOf(contract: 'linear' | 'inverse', sign: 1 | -1, size: Dm, entryPrice: Dm, contractValue?: Dm): PositionTerms {
  if (contract === 'linear') {
    const signed = size.times(sign);
    const terms: PositionTerms = { pnl: { constant: signed.times(entryPrice).neg(), slope: signed }, notionalPerX: size };
    // Times ±1 rounds only a size longer than the precision.
    if (fitsPrecision(size)) terms.slopeSign = sign;
    return terms;
  }
  const face = size.times(contractValue as Dm);
  const signed = face.times(sign);
  // face is a product rounded to the precision: times ±1 and neg() leave its digits as they are.
  return { pnl: { constant: signed.div(entryPrice), slope: signed.neg() }, notionalPerX: face, slopeSign: sign === 1 ? -1 : 1 };
}

/** x for a mark price: P itself (linear) or 1/P (inverse). Converts both ways. */
export function priceToX(contract: 'linear' | 'inverse', price: Dm): Dm {
  return contract === 'linear' ? price : new Dm(1).div(price);
}
