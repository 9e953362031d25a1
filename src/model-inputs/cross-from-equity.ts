// The cross cash of a venue whose page shows the settlement currency's equity rather than its cash
// (OKX single-currency mode; docs/model.md "OKX cross from the currency's equity"). The currency's
// equity is its cash + every position's unrealized PnL + the isolated positions' margins, so the cash
// is the equity less every shown unrealized PnL in the currency; the caller then takes the isolated
// margins off, as for the other venues' wallet balance. Anything that makes the equity's currency or
// the positions behind it ambiguous is refused.
import { Dm } from '../model/decimal';
import type { PageSnapshot } from '../protocol/snapshot';
import type { PageMeaning } from './page-meaning';
import type { Needs } from './needs';
import { unidentifiedRow } from './row-identity';
import { t } from '../i18n/t';

/** The equity less every shown unrealized PnL of the rows settling in `asset`; undefined when refused. */
export function equityLessShownPnl(snapshot: PageSnapshot, asset: string | null, meaning: PageMeaning, needs: Needs): Dm | undefined {
  const before = needs.reasons.length;
  const equity = needs.get(snapshot.account?.equity, t('worker_fieldCurrencyEquity'));
  if (equity === undefined || asset === null) return undefined;
  let cash = new Dm(equity);
  const seen = new Set<string>();
  for (const row of snapshot.positions?.rows ?? []) {
    // crossAccount refuses unidentified rows; here they only must not be counted.
    if (unidentifiedRow(row, snapshot.venue) !== undefined) continue;
    const rowAsset = meaning.settlementAsset(row.symbol);
    // A page equity beside positions in another currency may be either currency's, or a total.
    if (rowAsset !== asset) {
      needs.fail(t('worker_equityOtherCurrency', row.symbol, rowAsset ?? t('worker_anotherAsset'), asset));
      continue;
    }
    // Two cross legs of one symbol (long/short mode) share a tier: left out, as before this rule.
    const mode = row.marginMode.ok ? row.marginMode.value : undefined;
    if (mode === 'cross' && seen.has(row.symbol)) needs.fail(t('worker_equityTwoLegs', row.symbol));
    if (mode === 'cross') seen.add(row.symbol);
    const pnl = needs.about(row.symbol).get(row.unrealizedPnl, t('worker_fieldUnrealizedPnl'));
    if (pnl !== undefined) cash = cash.minus(pnl);
  }
  return needs.reasons.length > before ? undefined : cash;
}
