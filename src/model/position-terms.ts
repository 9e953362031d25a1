import { Dm } from './decimal';
import type { Line } from './solver';

/** A position reduced to what the solver needs, in the variable x (P linear, 1/P inverse). */
export interface PositionTerms {
  /** Unrealized PnL as a line in x, in the settlement asset. */
  pnl: Line;
  /** Notional = notionalPerX * x: quote notional (linear) or coin notional (inverse). */
  notionalPerX: Dm;
}

/**
 * linear:  PnL = s*Q*(P - EP)             notional = Q*P
 * inverse: PnL = s*F*(1/EP - 1/P), F=N*CM  notional = F/P   (settled and tiered in coin)
 */
export function positionTerms(
  contract: 'linear' | 'inverse',
  sign: 1 | -1,
  size: Dm,
  entryPrice: Dm,
  contractValue?: Dm,
): PositionTerms {
  if (contract === 'linear') {
    const signed = size.times(sign);
    return { pnl: { constant: signed.times(entryPrice).neg(), slope: signed }, notionalPerX: size };
  }
  const face = size.times(contractValue as Dm);
  const signed = face.times(sign);
  return { pnl: { constant: signed.div(entryPrice), slope: signed.neg() }, notionalPerX: face };
}

/** x for a mark price: P itself (linear) or 1/P (inverse). Converts both ways. */
export function priceToX(contract: 'linear' | 'inverse', price: Dm): Dm {
  return contract === 'linear' ? price : new Dm(1).div(price);
}
