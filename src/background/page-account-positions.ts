// The Hyperliquid page's positions with the exact figures of the account it is connected to
// (issue 19). When the page's account is a watched one with a fresh state (page-account-match.ts) and
// the page and the API agree on which positions there are, each row is estimated from the API's
// figures: side from the sign of szi (the page leaves a short's side uncertain), size, entry,
// leverage, margin mode, isolated margin and the cross account, through the same checks as the
// popup's list (rows.ts). The page gives only what the API lacks: the live mark of each coin, and
// its Liq. Price cell, read first as the exchange's figure (Hyperliquid's liquidationPx stands in
// when it can't be read). Any disagreement, and nothing of the API is mixed in: the page's own
// reading, with its usual verdict, and a sentence saying why.
import { t } from '../i18n/t';
import { missingTableReason, type MarketLookup } from '../market-data/lookup';
import { Dm } from '../model/decimal';
import type { Dec, PositionInput } from '../model/types';
import type { Built } from '../model-inputs/inputs';
import type { PageSnapshot, PositionView, Side } from '../protocol/snapshot';
import type { HlAccount, HlPosition } from '../venues/hyperliquid/account/account-state';
import { inputOf, watchedRows } from '../venues/hyperliquid/account/rows';
import { clockOf, matchPageAccount, shortOf, type KeptAccount } from './page-account-match';

/** One page row as the API gives it. */
export interface ApiRow {
  built: Built<PositionInput>;
  side: Side;
  /** Hyperliquid's own liquidation price; 'none' when it says there is none. */
  liquidationPx: Dec | 'none';
}

export type PagePlan =
  /** The page's own reading; `note` says why the API's figures are not used, where there is a why. */
  | { source: 'page'; note?: string }
  | { source: 'api'; rowFor(row: PositionView): ApiRow | undefined };

const sideOf = (p: HlPosition): Side => (new Dm(p.szi).isNegative() ? 'short' : 'long');

/** The page's size agrees when it is the API's rounded to the decimals the page prints. */
function sameSize(shown: Dec, szi: Dec): boolean {
  const places = shown.split('.')[1]?.length ?? 0;
  return new Dm(szi).sub(shown).abs().lte(new Dm(10).pow(-places).div(2));
}

/** What the page and the API disagree on, each said; empty when they agree. */
export function disagreements(panel: NonNullable<PageSnapshot['positions']>, account: HlAccount): string[] {
  const found: string[] = [];
  for (const row of panel.rows) {
    if (row.unidentified !== undefined) {
      found.push(t('pageAccount_rowUnknown', row.symbol));
      continue;
    }
    const p = account.positions.find((q) => q.coin === row.symbol);
    if (!p) {
      found.push(t('pageAccount_coinMissing', row.symbol));
      continue;
    }
    // The page's size is unsigned where it shows no sign; its side, where read, signs it.
    if (!row.size.ok || row.size.value.unit !== 'base') {
      found.push(t('pageAccount_sizeUnread', row.symbol));
      continue;
    }
    const side = row.side.ok ? row.side.value : sideOf(p);
    // Signed as a string: the page's printed decimals are the rounding allowed.
    const shown = side === 'short' ? `-${row.size.value.amount}` : row.size.value.amount;
    if (!sameSize(shown, p.szi)) found.push(t('pageAccount_sizeDiffers', row.symbol, shown, p.szi));
  }
  const count = panel.declaredCount.ok ? panel.declaredCount.value : panel.rows.length;
  if (count !== account.positions.length) found.push(t('pageAccount_countDiffers', count, account.positions.length));
  return found;
}

/** The page's live mark of a coin: the row's Mark Price, else the page's own mark on that coin's page. */
function pageMarkOf(snapshot: PageSnapshot, coin: string): Dec | undefined {
  const row = snapshot.positions?.rows.find((r) => r.symbol === coin && r.unidentified === undefined);
  if (row?.markPrice.ok) return row.markPrice.value;
  return coin === snapshot.symbol && snapshot.market.markPrice.ok ? snapshot.market.markPrice.value : undefined;
}

/**
 * The API's input with the page's live marks. The liquidation price does not depend on a mark where
 * the wallet is counted without PnL, as here; the marks move the other cross positions' PnL (their
 * equity now, not at the poll) and the distance and margin ratio beside the estimate.
 */
function withPageMarks(input: PositionInput, snapshot: PageSnapshot): PositionInput {
  const own = pageMarkOf(snapshot, input.symbol);
  return {
    ...input,
    ...(own ? { markPrice: own } : {}),
    ...(input.otherPositions
      ? { otherPositions: input.otherPositions.map((o) => ({ ...o, markPrice: pageMarkOf(snapshot, o.symbol) ?? o.markPrice })) }
      : {}),
  };
}

/** How the page's rows are estimated: with the API's figures of the page's account, or from the page. */
export function pagePlan(snapshot: PageSnapshot, kept: readonly KeptAccount[], market: MarketLookup): PagePlan {
  if (snapshot.venue !== 'hyperliquid' || !snapshot.positions) return { source: 'page' };
  const match = matchPageAccount(snapshot.wallet, kept, market.now);
  if (!match.matched) return match.note === undefined ? { source: 'page' } : { source: 'page', note: match.note };
  const { account, address } = match;
  const asOf = clockOf(account.time ?? match.fetchedAt);
  const differ = disagreements(snapshot.positions, account);
  if (differ.length > 0) return { source: 'page', note: t('pageAccount_disagrees', asOf, differ.join('; ')) };
  const tiersFor = (coin: string) => market.tierTable('hyperliquid', coin)?.tiers;
  // The popup's checks, once for the whole account: tables against the API's max leverage, and the
  // cross account against the maintenance margin Hyperliquid reports (spot-backed accounts fail it).
  const checked = watchedRows(account, tiersFor);
  const exact = t('pageAccount_exact', shortOf(address), asOf);
  return {
    source: 'api',
    rowFor(row) {
      const i = account.positions.findIndex((p) => p.coin === row.symbol);
      const p = account.positions[i];
      const verdict = checked[i];
      if (!p || !verdict) return undefined;
      const table = market.tierTable('hyperliquid', p.coin);
      const common = { side: sideOf(p), liquidationPx: p.liquidationPx ?? ('none' as const) };
      if (!table) return { ...common, built: { ok: false, reasons: [missingTableReason(market, 'hyperliquid', p.coin)] } };
      if (verdict.estimate === 'unknown') return { ...common, built: { ok: false, reasons: [...verdict.reasons, exact] } };
      const input = withPageMarks(inputOf(p, account, table.tiers, tiersFor), snapshot);
      return { ...common, built: { ok: true, value: input, assumptions: [exact], table } };
    },
  };
}
