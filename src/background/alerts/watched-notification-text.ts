// The words of a watched account's alert: which account (its short address, or "watched account" in
// privacy mode), the mark, the distance and the liquidation price, and whose figure that is. In
// privacy mode no amount appears: the reasons Liqcheck cannot verify may carry margins, so they are
// left out (the popup shows them). Numbers through Intl from decimal strings (notification-text.ts).
import { t } from '../../i18n/t';
import type { Dec } from '../../model/types';
import type { PositionResult } from '../../protocol/estimates';
import { formatPercent, formatPrice, type NotificationText } from './notification-text';

export type LiquidationSource = { kind: 'liqcheck' } | { kind: 'hyperliquid'; reasons: string[] };

export interface WatchedAlertText {
  address: string;
  /** estimate: the liquidation price measured to; metrics.markPrice: the mark. */
  position: PositionResult;
  source: LiquidationSource;
  distancePercent: Dec;
  privacy: boolean;
  locale?: string;
}

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

export function watchedNotificationText({ address, position, source, distancePercent, privacy, locale }: WatchedAlertText): NotificationText {
  const side = position.side === 'short' ? t('alerts_sideShort') : t('alerts_sideLong');
  const title = t('watch_alertTitle', position.symbol, side, privacy ? t('watch_alertAccount') : short(address));
  // Prices with as many decimals as Hyperliquid's own figure, when it gives one.
  const reference = typeof position.displayed === 'string' && position.displayed !== 'none' ? position.displayed : undefined;
  const mark = formatPrice(position.metrics!.markPrice!, reference, locale);
  const liquidation = formatPrice(position.estimate, reference, locale);
  const percent = formatPercent(distancePercent, locale);
  const message =
    source.kind === 'liqcheck'
      ? t('watch_alertOurs', mark, percent, liquidation)
      : privacy
        ? t('watch_alertTheirsPrivate', mark, percent, liquidation)
        : t('watch_alertTheirs', mark, percent, liquidation, source.reasons.join('; '));
  return { title, message };
}
