// Short names of warning kinds, for screen reader announcements that must not change with each tick.
import type { MessageKey } from '../i18n/catalog';
import { t } from '../i18n/t';

const NAMES: Record<string, MessageKey> = {
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

/** "high leverage, higher tier"; a kind added later is named by its id. */
export function warningNames(kinds: readonly string[]): string {
  if (kinds.length === 0) return t('overlay_announceNoWarnings');
  const names = [...new Set(kinds.map((k) => (NAMES[k] ? t(NAMES[k]) : k)))];
  return names.join(t('overlay_listSeparator'));
}
