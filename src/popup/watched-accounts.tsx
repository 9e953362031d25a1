// The popup's list of watched Hyperliquid positions (issue 19): coin, side, size, Liqcheck's estimate,
// Hyperliquid's figure, the verdict, and how old the state is. Read from storage.local, where the
// worker keeps the last good state per address; follows it as the worker writes.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { KeyValueArea } from '../platform/key-value-area';
import type { AccountState, WatchedRow } from '../venues/hyperliquid/account/account-state';
import { readStates, readWatchList } from '../venues/hyperliquid/account/watch-store';
import { formatAmount, formatPrice } from './format';

export interface WatchedAccountsProps {
  area: KeyValueArea;
  /** Calls back on any storage.local change; returns the unsubscribe. */
  subscribe(callback: () => void): () => void;
  now(): number;
  privacy: boolean;
  locale?: string;
}

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;
const when = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function figure(value: WatchedRow['estimate'] | WatchedRow['hyperliquid'], locale?: string): string {
  if (value === 'unknown') return '—';
  return value === 'none' ? t('watch_none') : formatPrice(value, locale);
}

function verdictText(row: WatchedRow): string {
  if (row.verdict === 'agree') return t('watch_agrees');
  if (row.verdict === 'differs') {
    const main = row.differencePercent !== undefined ? t('watch_differs', row.differencePercent) : t('watch_differsNoPercent');
    return [main, ...row.reasons].join('; ');
  }
  return t('watch_cannotVerify', row.reasons.join('; '));
}

function Account({ address, state, now, privacy, locale }: { address: string; state: AccountState | undefined; now: number; privacy: boolean; locale?: string }) {
  const good = state?.good;
  const failure = state?.failure;
  // HIP-3 dexes: their positions in the same table ("xyz:TSLA"), their failures said beside it.
  const dexes = Object.entries(state?.dexes ?? {});
  const rows = [...(good?.rows ?? []), ...dexes.flatMap(([, d]) => d.good?.rows ?? [])];
  const heading = good ? t('watch_age', short(address), when(good.fetchedAt), Math.max(0, Math.floor((now - good.fetchedAt) / 60_000))) : failure ? t('watch_failedNoState', short(address), when(failure.at), failure.reason) : t('watch_noState', short(address));
  return (
    <section class="watched" data-address={address}>
      <h3 title={address}>{heading}</h3>
      {good && failure ? <p class="problem">{t('watch_kept', when(good.fetchedAt), when(failure.at), failure.reason)}</p> : null}
      {dexes.map(([dex, d]) =>
        d.failure ? (
          <p class="problem" key={dex} data-dex={dex}>
            {d.good ? t('watch_dexKept', dex, when(d.good.fetchedAt), when(d.failure.at), d.failure.reason) : t('watch_dexFailed', dex, when(d.failure.at), d.failure.reason)}
          </p>
        ) : null,
      )}
      {good && rows.length === 0 ? <p class="muted">{t('watch_noPositions', short(address))}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('watch_colCoin')}</th>
              <th scope="col">{t('watch_colSide')}</th>
              <th scope="col">{t('watch_colSize')}</th>
              <th scope="col">{t('watch_colLiqcheck')}</th>
              <th scope="col">{t('watch_colHyperliquid')}</th>
              <th scope="col">{t('watch_colVerdict')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.coin} data-coin={row.coin} data-verdict={row.verdict}>
                <th scope="row">{row.coin}</th>
                <td>{row.side === 'long' ? t('watch_long') : t('watch_short')}</td>
                <td>{formatAmount(row.size, row.coin, privacy, locale)}</td>
                <td>{figure(row.estimate, locale)}</td>
                <td>{figure(row.hyperliquid, locale)}</td>
                <td>{verdictText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function WatchedAccounts({ area, subscribe, now, privacy, locale }: WatchedAccountsProps) {
  const [data, setData] = useState<{ addresses: string[]; states: Map<string, AccountState> } | null>(null);
  useEffect(() => {
    const load = async () => {
      const addresses = await readWatchList(area);
      setData({ addresses, states: await readStates(area, addresses) });
    };
    void load().catch(() => undefined);
    return subscribe(() => void load().catch(() => undefined));
  }, [area, subscribe]);
  // Nobody watched: the popup stays as it was.
  if (!data || data.addresses.length === 0) return null;
  return (
    <>
      <h2>{t('watch_heading')}</h2>
      {data.addresses.map((address) => (
        <Account key={address} address={address} state={data.states.get(address)} now={now()} privacy={privacy} locale={locale} />
      ))}
    </>
  );
}
