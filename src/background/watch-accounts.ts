// The Hyperliquid watch list in the worker (issue 19): a poll on a browser alarm once a minute (an
// alarm wakes a stopped worker, a timer would not), and one as soon as the list changes. Tier tables
// come from the market service's store, fetched (once a day at most) for coins not yet there.
import { lookupTables } from './watch-tables';
import { ensureAlarm, onAlarm } from '../platform/alarms';
import { platformFetch } from '../platform/network';
import { localArea, onStorageChanged } from '../platform/storage';
import type { MarketService } from '../market-data/market-service';
import { pollAll, POLL_ALARM, POLL_MINUTES, type PollOptions } from '../venues/hyperliquid/account/poll';
import { watchedRows } from '../venues/hyperliquid/account/rows';
import { WATCH_KEY } from '../venues/hyperliquid/account/watch-store';

/** Call at the worker's top level, so the alarm's listener is there when the alarm wakes it. */
export function watchHyperliquidAccounts(market: MarketService): void {
  const options: PollOptions = {
    area: localArea,
    fetch: platformFetch,
    now: () => Date.now(),
    rows: async (account, crossBlocked) => watchedRows(account, await lookupTables(market, localArea, account.positions.map((p) => p.coin), Date.now()), crossBlocked),
  };
  // One poll at a time: an alarm during a slow poll joins it instead of doubling the requests.
  let running: Promise<void> | undefined;
  const poll = () => {
    running ??= pollAll(options)
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
