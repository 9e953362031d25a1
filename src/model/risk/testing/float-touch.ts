// Test-only: the touch probability computed independently of src/model/risk, in plain floats, for the
// unit and end-to-end tests to check the decimal implementation against.

/** Φ by Simpson's rule on the normal density. */
export function floatPhi(x: number): number {
  const n = 20000;
  const h = Math.abs(x) / n;
  const f = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  let sum = f(0) + f(Math.abs(x));
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return x >= 0 ? 0.5 + (sum * h) / 3 : 0.5 - (sum * h) / 3;
}

/** 2·Φ(−|ln(L/S)| / (σ·√(hours / 8760))): a driftless lognormal mark S touching L within `hours`. */
export function floatTouchProbability(mark: number, liquidation: number, sigma: number, hours: number): number {
  return 2 * floatPhi(-Math.abs(Math.log(liquidation / mark)) / (sigma * Math.sqrt(hours / 8760)));
}
