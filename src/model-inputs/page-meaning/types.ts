// What a venue's page figures mean, declared once per venue and applied by the one input builder
// (inputs.ts, order-inputs.ts). A new venue, or a venue that relabels a figure, is one file here:
// the builder has no venue names in it.
import type { MessageKey } from '../../i18n/catalog';
import type { Dec, Venue } from '../../model/types';

/** Where a position's isolated margin (the model's `isolatedMargin`) comes from. */
export type IsolatedMarginSource =
  /** The Margin column is the isolated wallet plus unrealized PnL at mark (Binance). */
  | 'margin-minus-pnl'
  /** The Margin column is the isolated margin itself, without PnL (OKX). */
  | 'margin'
  /** The IM column is the margin plus the fee to close the venue books into it (Bybit). */
  | 'initial-margin-minus-close-fee'
  /** The page shows nothing the isolated margin can be taken from: isolated rows say why. */
  | { unavailable: MessageKey };

/** What the wallet balance of a cross position is, and how to get it from the page. */
export type CrossWalletSource =
  /**
   * The account's wallet balance includes every isolated position's margin: the cross wallet is the
   * wallet balance minus, for each isolated position, what it holds (`held`).
   */
  | { from: 'wallet-minus-isolated'; held: 'isolated-margin' | 'initial-margin' }
  /**
   * The page shows the settlement currency's equity: cash + every position's unrealized PnL + the
   * isolated positions' margins (OKX single-currency mode). The cross wallet is that equity minus
   * every shown unrealized PnL in the currency and the isolated margins (`held`). Refused when rows
   * settle in several currencies or one symbol has two legs.
   */
  | { from: 'equity-minus-pnl-and-isolated'; held: 'isolated-margin' }
  /** The page shows no figure the cross wallet can be derived from without a guess. */
  | { unavailable: MessageKey };

export interface PageMeaning {
  venue: Venue;
  /** Linear or inverse, by the venue's symbol spelling. */
  contractOf(symbol: string): 'linear' | 'inverse';
  /**
   * The asset a symbol settles in (linear: the quote, inverse: the coin); null when the spelling is
   * not one of the venue's. Cross positions share a wallet only with positions of the same asset.
   */
  settlementAsset(symbol: string): string | null;
  isolatedMargin: IsolatedMarginSource;
  crossWallet: CrossWalletSource;
  /**
   * Value in USD of one inverse contract where the venue fixes it (Bybit: 1 USD); otherwise the
   * market table's contractValue (OKX ctVal, Binance COIN-M) is used.
   */
  inverseContractValue?: Dec;
  /** The cross rule charges a fee set by each position's leverage (Bybit): every cross position's leverage is needed. */
  crossNeedsLeverage?: boolean;
  /** Plain sentences for the assumptions list, by margin mode: message keys, looked up when said (t() is installed after modules load). */
  says: { isolated: MessageKey; cross: MessageKey };
}
