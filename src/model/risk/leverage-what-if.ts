// The liquidation price of the same position (or order) at other leverages. Isolated: the margin is
// what an order at that leverage books, notional at entry / leverage. Cross: the wallet stays as is;
// leverage only moves the estimate where the venue's rule uses it (a fee to close at the value the
// leverage sets). Rows above the tier's max leverage are left out.
import { estimateLiquidation, tierIndexAt } from '../index';
import { Dm } from '../decimal';
import type { Dec, PositionInput } from '../types';
import { notionalAt, tierAmountAt } from './position-notional';

export const WHAT_IF_LEVERAGES: readonly string[] = ['2', '3', '5', '10', '20', '50'];

export interface LeverageRow {
  leverage: Dec;
  /** Isolated: notional / leverage; cross: the initial margin that leverage implies. */
  margin: Dec;
  /** null: no liquidation price at this leverage. 'unknown': the model refused the input. */
  liquidationPrice: Dec | null | 'unknown';
}

export interface LeverageWhatIf {
  rows: LeverageRow[];
  /** The tier's max leverage at entry, when the table gives one. */
  maxLeverage?: Dec;
}

export function leverageWhatIf(input: PositionInput, leverages: readonly Dec[] = WHAT_IF_LEVERAGES): LeverageWhatIf {
  const entry = new Dm(input.entryPrice);
  const notional = notionalAt(input, entry);
  let maxLeverage: Dm | undefined;
  try {
    const tier = input.tiers[tierIndexAt(tierAmountAt(input, entry).toString(), input.tiers)];
    if (tier?.maxLeverage) maxLeverage = new Dm(tier.maxLeverage);
  } catch {
    // A table the model refuses: every row will say unknown below.
  }
  const rows: LeverageRow[] = [];
  for (const leverage of leverages) {
    const l = new Dm(leverage);
    if (!l.gt(0) || (maxLeverage && l.gt(maxLeverage))) continue;
    const margin = notional.div(l);
    const changed: PositionInput = { ...input, leverage: l.toString(), ...(input.marginMode === 'isolated' ? { isolatedMargin: margin.toString() } : {}) };
    let liquidationPrice: LeverageRow['liquidationPrice'];
    try {
      liquidationPrice = estimateLiquidation(changed).liquidationPrice;
    } catch {
      liquidationPrice = 'unknown';
    }
    rows.push({ leverage: l.toString(), margin: margin.toString(), liquidationPrice });
  }
  return { rows, ...(maxLeverage ? { maxLeverage: maxLeverage.toString() } : {}) };
}
