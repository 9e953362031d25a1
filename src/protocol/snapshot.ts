// What a site adapter reads off an exchange page. It travels content script -> worker, so every
// number is a decimal string, and every field says either what was read or why it could not be.
import type { Dec, Venue } from '../model/types';

/** A value read from the page, or the reason it could not be read (shown to the trader). */
export type Reading<T = Dec> = { ok: true; value: T } | { ok: false; reason: string };

/** A quantity with the unit the page showed it in, relative to the symbol. */
export interface Quantity {
  amount: Dec;
  /**
   * base: BTC of BTCUSDT; quote: the order value or position value in USDT (notional);
   * contracts: venue contracts (OKX, inverse); cost: the initial margin in the quote asset
   * (Bybit's "by Cost").
   */
  unit: 'base' | 'quote' | 'contracts' | 'cost';
}

export type Side = 'long' | 'short';
export type MarginMode = 'isolated' | 'cross';

/** One row of the positions panel. */
export interface PositionView {
  /** Stable identity of the row for the overlay: symbol and side. */
  key: string;
  /** The venue's symbol; when `unidentified` is set, the cell's text as shown (to name the row). */
  symbol: string;
  /**
   * Why this row's position can't be identified (a symbol cell not understood, a row the trader can't
   * see). Such a row may be any position: every estimate that depends on the others is refused.
   */
  unidentified?: string;
  side: Reading<Side>;
  marginMode: Reading<MarginMode>;
  leverage: Reading;
  /** Absolute size. */
  size: Reading<Quantity>;
  entryPrice: Reading;
  markPrice: Reading;
  /** The exchange's own liquidation price; 'none' where the page says none exists. */
  liquidationPrice: Reading<Dec | 'none'>;
  /** The Margin column as shown (settlement asset). */
  margin: Reading;
  /** Margin ratio in percent as shown, e.g. "1.23" for 1.23 %. */
  marginRatio: Reading;
  /** Unrealized PnL as shown, where the page has its own column or cell. */
  unrealizedPnl?: Reading;
  /** The position's maintenance margin as shown (Bybit's MM column). */
  maintenanceMargin?: Reading;
  /** The position's initial margin as shown (Bybit's IM column). */
  initialMargin?: Reading;
  /** The position's value (notional) as shown. */
  positionValue?: Reading;
  /** The TP/SL column's trigger prices, where the page has one; 'none' where it shows "--". */
  takeProfit?: Reading<Dec | 'none'>;
  stopLoss?: Reading<Dec | 'none'>;
}

export interface PositionsPanel {
  rows: PositionView[];
  /** The count the page announces (e.g. "Positions(3)"); more than rows.length when a virtualised list hides rows. */
  declaredCount: Reading<number>;
  /**
   * The page shows no positions panel but a Log in / Sign up button: a visitor's page, holding no
   * position. The order is then estimated as a new position, and the answer says so.
   */
  signedOut?: true;
}

/** What is typed in the order form. */
export interface OrderIntent {
  symbol: string;
  orderType: Reading<'limit' | 'market'>;
  /** Limit price; not read for market orders. */
  price: Reading;
  size: Reading<Quantity>;
  /** The leverage; in a form showing one per side, the long's. */
  leverage: Reading;
  /** The short's leverage, where the form shows one per side ("5x 10x" on OKX's long/short mode). */
  shortLeverage?: Reading;
  marginMode: Reading<MarginMode>;
  positionMode: Reading<'one-way' | 'hedge'>;
  /** The page's own pre-trade liquidation estimate per side, where it shows one. */
  displayedLiquidation: { long: Reading<Dec | 'none'>; short: Reading<Dec | 'none'> };
  /** Stop-loss trigger price typed with the order, where the form has one. */
  stopLoss?: Reading;
  /** Take-profit trigger price typed with the order, where the form has one. */
  takeProfit?: Reading;
}

export interface AccountView {
  /** Wallet balance of the settlement asset as shown (includes isolated wallets on Binance). */
  walletBalance: Reading;
  /** Equity / margin balance as shown (wallet plus unrealized PnL). */
  equity?: Reading;
  /** Available balance as shown. */
  availableBalance?: Reading;
  /** Account-level maintenance margin rate in percent as shown (Bybit's unified account). */
  maintenanceMarginRate?: Reading;
  /** The declared name (src/venues/<venue>/account-modes.ts) of the account mode shown; absent when none or two differing are shown. */
  mode?: string;
}

export interface MarketView {
  markPrice: Reading;
  /** Funding rate in percent as shown, e.g. "0.0100" for 0.0100 %. */
  fundingRate?: Reading;
}

export interface PageSnapshot {
  venue: Venue;
  /** The symbol the page is on, from the URL. */
  symbol: string;
  /** Linear (default) or inverse contracts, where a venue has both (Bybit /trade/usdt vs /trade/inverse). */
  contract?: 'linear' | 'inverse';
  /** The venue's page reading has not been checked against a real page (SiteAdapter.unconfirmed). */
  unconfirmed?: true;
  /** The connected wallet as the page shows it: the whole address or "0x1234…abcd" (wallet-form.ts). */
  wallet?: string;
  market: MarketView;
  order: OrderIntent | null;
  positions: PositionsPanel | null;
  account: AccountView | null;
}
