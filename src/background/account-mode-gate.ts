// Whether an estimate may be made in the account mode the page shows. The content script reports only
// the name of the mode it saw; the venues' declarations (src/venues/*/account-modes.ts) say
// which modes the model covers. A mode the model does not cover refuses the estimates that depend on
// it ("cannot verify: Portfolio Margin account"); the exchange's own figure still shows.
import type { Venue } from '../model/types';
import type { MarginMode, PageSnapshot, Reading } from '../protocol/snapshot';
import { t } from '../i18n/t';
import type { AccountModes } from '../venues/account-mode';
import { binanceAccountModes } from '../venues/binance-usdm/account-modes';
import { bybitAccountModes } from '../venues/bybit/account-modes';
import { okxAccountModes } from '../venues/okx/account-modes';

// Venues without a declaration have no account mode Liqcheck knows of on their page.
const MODES: Partial<Record<Venue, AccountModes>> = {
  'binance-usdm': binanceAccountModes,
  'binance-coinm': binanceAccountModes,
  bybit: bybitAccountModes,
  okx: okxAccountModes,
};

/**
 * For one position or order side by its margin mode: `refuse` is the reason the estimate can't be
 * made; `note` is the assumption line of an estimate that depends on the account mode.
 */
export function accountModeGate(snapshot: PageSnapshot, marginMode: Reading<MarginMode> | undefined): { refuse?: string; note?: string } {
  const modes = MODES[snapshot.venue];
  if (!modes) return {};
  const shown = snapshot.account?.mode;
  const mode = shown !== undefined && Object.hasOwn(modes.texts, shown) ? shown : undefined;
  const notModelled = mode !== undefined && Object.hasOwn(modes.notModelled, mode) ? modes.notModelled[mode] : undefined;
  const cross = !marginMode?.ok || marginMode.value === 'cross';
  if (notModelled === 'all' || (notModelled === 'cross' && cross)) return { refuse: t('worker_accountModeNotModelled', mode!) };
  // An isolated position's estimate does not depend on a mode the model covers or on an unread one.
  if (!cross) return {};
  return { note: mode !== undefined ? t('worker_accountModeRead', mode) : t('worker_accountModeUnread', modes.assumed) };
}
