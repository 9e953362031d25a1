// The model contract (docs/architecture.md). Every number is a decimal string.
import type { Venue } from '../venues';

/** The venues, from the registry (src/venues/index.ts). */
export type { Venue };

export type Dec = string;

export interface Tier {
  /** Lower bound in the venue's tier unit: quote notional (most), coin notional (binance-coinm), contracts (okx). */
  floor: Dec;
  cap?: Dec;
  maintenanceMarginRate: Dec;
  /** Binance "cum", Bybit/Bitget/Hyperliquid deduction; derived from the recurrence when absent. */
  maintenanceAmount?: Dec;
  maxLeverage?: Dec;
}

export interface OtherPosition {
  symbol: string;
  side: 'long' | 'short';
  size: Dec;
  entryPrice: Dec;
  markPrice: Dec;
  contractValue?: Dec;
  /** Linear venues whose tiers count contracts (OKX ctVal): base quantity per contract. */
  contractSize?: Dec;
  /** Venues that charge a fee to close at the value the leverage sets (Bybit cross): this position's leverage. */
  leverage?: Dec;
  tiers?: Tier[];
  /** When tiers are not given. */
  maintenanceMarginRate?: Dec;
  maintenanceAmount?: Dec;
}

export interface PositionInput {
  venue: Venue;
  /** The venue's own spelling: BTCUSDT, BTCUSD_PERP, BTC-USDT-SWAP, BTC. */
  symbol: string;
  contract: 'linear' | 'inverse';
  marginMode: 'isolated' | 'cross';
  /** Default 'one-way'. */
  positionMode?: 'one-way' | 'hedge';
  side: 'long' | 'short';
  /** linear: base-asset quantity; inverse: number of contracts. */
  size: Dec;
  /** inverse: quote (USD) value of one contract. */
  contractValue?: Dec;
  /** Linear venues whose tiers count contracts (OKX ctVal): base quantity per contract. */
  contractSize?: Dec;
  entryPrice: Dec;
  /** Needed for cross, margin ratio and distance. */
  markPrice?: Dec;
  leverage?: Dec;
  /** Isolated: margin held by this position, settlement asset, without unrealized PnL. */
  isolatedMargin?: Dec;
  /** Cross: cross wallet balance, settlement asset, without isolated margins. */
  walletBalance?: Dec;
  /** Cross: positions sharing the wallet; a leg on the same symbol (hedge) moves with the solved price. */
  otherPositions?: OtherPosition[];
  /** Maintenance tiers for this symbol, ascending. */
  tiers: Tier[];
  /** Where the venue's rule uses it; default: the venue's base rate. */
  takerFeeRate?: Dec;
  /**
   * The instrument's price tick (OKX tickSz). Where a venue is known to print its liquidation price
   * some ticks from its own rule's value (OKX, isolated), liquidationPrice is then the venue's figure.
   */
  priceTick?: Dec;
}

export interface LiquidationEstimate {
  /**
   * null: no liquidation price exists (e.g. fully collateralised). The venue's figure where it prints
   * one some ticks from its rule's value and priceTick was given; otherwise the rule's value.
   */
  liquidationPrice: Dec | null;
  /** Only when liquidationPrice was moved to the venue's figure: the published rule's value, unmoved. */
  ruleLiquidationPrice?: Dec;
  bankruptcyPrice: Dec | null;
  /** At markPrice. */
  maintenanceMargin?: Dec;
  /** The venue's own definition, at markPrice. */
  marginRatio?: Dec;
  /** Index into tiers of the tier that applies at the liquidation price; -1 when there is no liquidation price. */
  tierIndex: number;
  /** The first liquidation may close only part of the position. */
  partialLiquidation: boolean;
  /** When partialLiquidation is true and the venue's rule gives it: the share (0..1) of the position its first step closes. */
  partialFirstStep?: Dec;
  /** Plain language: what was assumed. */
  assumptions: string[];
}
