// Whether an estimate may be made in the account mode the page shows. The content script reports only
// the mode's name as read (a label key); the venues' declarations (src/venues/*/account-modes.ts) say
// which modes the model covers. A mode the model does not cover refuses the estimates that depend on
// it ("cannot verify: Portfolio Margin account"); the exchange's own figure still shows.
import type { Venue } from '../model/types';
import type { MarginMode, PageSnapshot, Reading } from '../protocol/snapshot';
import { labelKey } from '../sites/dom/labels';
import { t } from '../i18n/t';
import type { AccountMode } from '../venues/account-mode';
import { binanceAccountModes } from '../venues/binance-usdm/account-modes';
import { bybitAccountModes } from '../venues/bybit/account-modes';
import { okxAccountModes } from '../venues/okx/account-modes';

// Venues without a declaration have no account mode Liqcheck knows of on their page.
const MODES: Partial<Record<Venue, readonly AccountMode[]>> = {
  'binance-usdm': binanceAccountModes,
  'binance-coinm': binanceAccountModes,
  bybit: bybitAccountModes,
  okx: okxAccountModes,
};

/** The declared mode whose name the page shows, if any. */
export function accountModeOf(snapshot: PageSnapshot): AccountMode | undefined {
  const shown = snapshot.account?.mode;
  if (shown === undefined) return undefined;
  return MODES[snapshot.venue]?.find((mode) => Object.values(mode.texts).some((texts) => texts.some((text) => labelKey(text) === shown)));
}

/**
 * For one position or order side by its margin mode: `refuse` is the reason the estimate can't be
 * made; `note` is the assumption line of an estimate that depends on the account mode.
 */
export function accountModeGate(snapshot: PageSnapshot, marginMode: Reading<MarginMode> | undefined): { refuse?: string; note?: string } {
  const modes = MODES[snapshot.venue];
  if (!modes) return {};
  const mode = accountModeOf(snapshot);
  const cross = !marginMode?.ok || marginMode.value === 'cross';
  if (mode?.notModelled === 'all' || (mode?.notModelled === 'cross' && cross)) return { refuse: t('worker_accountModeNotModelled', mode.name) };
  // An isolated position's estimate does not depend on a mode the model covers or on an unread one.
  if (!cross) return {};
  if (mode) return { note: t('worker_accountModeRead', mode.name) };
  const assumed = modes.find((m) => !m.notModelled)!;
  return { note: t('worker_accountModeUnread', assumed.name) };
}
