import { Dm } from '../../model/decimal';
import type { Tier } from '../../model/types';
import type { TierTable } from '../binance-usdm/tiers';

// Hyperliquid mainnet margin tiers: lower bound in USDC notional and the tier's max leverage; the
// maintenance rate is 1/(2 x max leverage) and the model derives the deduction (reference
// docs/rules/hyperliquid-and-others.md §1.2-1.3). Source: the Hyperliquid docs "Margin tiers" page as
// quoted in the reference §1.3 (undated there). Max leverage changes over time (BTC was 50x in 2024):
// the date below sorts before any dated table, so the worker's live `meta` table always wins.

const SOURCE =
  'Hyperliquid docs, trading/margin-tiers (mainnet), as quoted in reference docs/rules/hyperliquid-and-others.md §1.3; undated';

const tier = (floor: string, maxLeverage: string): Tier => ({
  floor,
  maxLeverage,
  maintenanceMarginRate: new Dm(1).div(new Dm(maxLeverage).times(2)).toString(),
});

const table = (tiers: Tier[]): TierTable => ({ date: '0000-00-00', source: SOURCE, tiers });

const tenThenFive = (bound: string) => table([tier('0', '10'), tier(bound, '5')]);

export const hyperliquidTiers: Record<string, TierTable> = {
  BTC: table([tier('0', '40'), tier('150000000', '20')]), // margin table 56, "tiered 40x"
  ETH: table([tier('0', '25'), tier('100000000', '15')]), // margin table 55, "tiered 25x"
  SOL: table([tier('0', '20'), tier('70000000', '10')]),
  XRP: table([tier('0', '20'), tier('40000000', '10')]),
  ...Object.fromEntries(
    ['DOGE', 'kPEPE', 'SUI', 'WLD', 'TRUMP', 'LTC', 'ENA', 'POPCAT', 'WIF', 'AAVE', 'kBONK', 'LINK', 'CRV', 'AVAX', 'ADA', 'UNI', 'NEAR', 'TIA', 'APT', 'BCH', 'HYPE', 'FARTCOIN']
      .map((coin) => [coin, tenThenFive('20000000')]),
  ),
  // margin table 51, "tiered 10x"
  ...Object.fromEntries(
    ['OP', 'ARB', 'LDO', 'TON', 'MKR', 'ONDO', 'JUP', 'INJ', 'kSHIB', 'SEI', 'TRX', 'BNB', 'DOT'].map((coin) => [coin, tenThenFive('3000000')]),
  ),
};
