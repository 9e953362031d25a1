// Test-only: answers in the documented shapes for the HIP-3 and account-mode requests. No recorded
// real HIP-3 answer with a public, citable source was found (December 2026), so these are built from
// the docs' shapes and, for the position, the docs' recorded numbers (recorded.ts, DOCS_ISOLATED_ETH)
// under a HIP-3 coin name: the isolated liquidation formula does not depend on the name, so
// Hyperliquid's recorded liquidationPx 2866.26936529 stays the figure to agree with.
//
// - perpDexs: https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals
//   ("Retrieve all perpetual dexs": the main dex as null, then one object per HIP-3 dex; fields as
//   typed in nktkas/hyperliquid src/api/info/_methods/perpDexs.ts).
// - clearinghouseState with "dex": same shape as the main dex, coins named "dex:COIN" (docs, HIP-3;
//   the ccxt and nktkas SDKs read them so).
// - meta with "dex": the main dex's shape (universe + marginTables), names "dex:COIN".
// - userAbstraction: a bare JSON string, one of "unifiedAccount", "portfolioMargin", "disabled",
//   "default", "dexAbstraction" (nktkas/hyperliquid src/api/info/_methods/userAbstraction.ts).
import { DOCS_ISOLATED_ETH } from './recorded';

const dex = (name: string, fullName: string) => ({
  name,
  fullName,
  deployer: '0x0000000000000000000000000000000000000001',
  oracleUpdater: null,
  feeRecipient: null,
  assetToStreamingOiCap: [],
});

export const perpDexsAnswer = (...names: string[]) => [null, ...names.map((n) => dex(n, n.toUpperCase()))];

/** The docs' isolated ETH answer, its coin renamed to `coin` ("xyz:ETH"). */
export function isolatedOn(coin: string) {
  const copy = structuredClone(DOCS_ISOLATED_ETH);
  copy.assetPositions[0]!.position.coin = coin;
  return copy;
}

/** A dex where the address holds nothing. */
export const EMPTY_STATE = {
  assetPositions: [],
  crossMaintenanceMarginUsed: '0.0',
  crossMarginSummary: { accountValue: '0.0', totalMarginUsed: '0.0', totalNtlPos: '0.0', totalRawUsd: '0.0' },
  marginSummary: { accountValue: '0.0', totalMarginUsed: '0.0', totalNtlPos: '0.0', totalRawUsd: '0.0' },
  time: 1708622398623,
  withdrawable: '0.0',
};

/** meta of a dex: each coin one tier at its max leverage, in a margin table of its own. */
export const dexMeta = (coins: Record<string, number>) => ({
  universe: Object.entries(coins).map(([name, maxLeverage], i) => ({ name, szDecimals: 4, maxLeverage, marginTableId: 100 + i })),
  marginTables: Object.values(coins).map((maxLeverage, i) => [100 + i, { description: '', marginTiers: [{ lowerBound: '0.0', maxLeverage }] }]),
});
