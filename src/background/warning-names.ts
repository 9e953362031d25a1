// Short names of warning kinds ("high leverage", "old market data"), written by the worker into each
// warning it answers with. The overlay says them to screen readers and shows them on the badge's tags;
// a name changes only with the kind, not with each tick. Here rather than in the overlay: the content
// script has a size budget, and the worker already writes every other sentence of the answer.
import type { MessageKey } from '../i18n/catalog';
import { t } from '../i18n/t';
import type { Warning, WarningKind } from '../protocol/estimates';

const NAMES: Record<WarningKind, MessageKey> = {
  'liquidation-near-entry': 'overlay_kindLiquidationNearEntry',
  'leverage-high': 'overlay_kindLeverageHigh',
  'stop-beyond-liquidation': 'overlay_kindStopBeyondLiquidation',
  'tier-jump': 'overlay_kindTierJump',
  'instant-liquidation': 'overlay_kindInstantLiquidation',
  'notional-above-cap': 'overlay_kindNotionalAboveCap',
  'stale-market-data': 'overlay_kindStaleMarketData',
  'market-data-refresh-failed': 'overlay_kindStaleMarketData',
  'cannot-read': 'overlay_kindCannotRead',
};

/** The warning with its kind's name; a kind without one (added later) is named by its id. */
export function withName(warning: Warning): Warning {
  const key = Object.hasOwn(NAMES, warning.kind) ? NAMES[warning.kind] : undefined;
  return { ...warning, name: key ? t(key) : warning.kind };
}
