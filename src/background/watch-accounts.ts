// The Hyperliquid watch list in the worker (issue 19): a poll on a browser alarm once a minute (an
// alarm wakes a stopped worker, a timer would not), and one as soon as the list changes; after each
// poll, the alerts for the watched positions (no exchange tab needed). Tier tables come from the
// market service's store, fetched (once a day at most) for coins not yet there.
import { lookupTables } from './watch-tables';
import { watchedAlertsWith } from './alerts/watched-alerts';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import { uiLanguage } from '../platform/i18n';
import { platformFetch } from '../platform/network';
import { showNotification } from '../platform/notifications';
import { localArea, onStorageChanged, sessionArea } from '../platform/storage';
import type { MarketService } from '../market-data/market-service';
import { loadSettings } from '../settings/store';
import { pollAll, POLL_ALARM, POLL_MINUTES, type PollOptions } from '../venues/hyperliquid/account/poll';
import { watchedRows } from '../venues/hyperliquid/account/rows';
import { readStates, readWatchList, WATCH_KEY } from '../venues/hyperliquid/account/watch-store';

/** Call at the worker's top level, so the alarm's listener is there when the alarm wakes it. */
export function watchHyperliquidAccounts(market: MarketService): void {
  const options: PollOptions = {
    area: localArea,
    fetch: platformFetch,
    now: () => Date.now(),
    rows: async (account, crossBlocked) => {
      const tables = await lookupTables(market, localArea, account.positions.map((p) => p.coin), Date.now());
      return watchedRows(account, tables.tiers, crossBlocked, tables.tick);
    },
  };
  // Debounce state in storage.session: survives a stopped worker, gone with the browser session.
  const alerts = watchedAlertsWith({ area: sessionArea, notify: showNotification, now: () => Date.now(), locale: uiLanguage() });
  const pollAndAlert = async () => {
    await pollAll(options);
    const addresses = await readWatchList(localArea);
    if (addresses.length > 0) await alerts.check(await readStates(localArea, addresses), await loadSettings());
  };
  // One poll at a time: an alarm during a slow poll joins it instead of doubling the requests.
  let running: Promise<void> | undefined;
  const poll = () => {
    running ??= pollAndAlert()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
  };
  onAlarm((name) => {
    if (name === POLL_ALARM) poll();
  });
  void ensureAlarm(POLL_ALARM, POLL_MINUTES).catch(() => undefined);
  onStorageChanged('local', (changed) => {
    if (WATCH_KEY in changed) poll();
  });
}
