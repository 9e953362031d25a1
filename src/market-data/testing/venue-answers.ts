// Test-only: answers in the shapes the venues document (references named per builder), for unit
// tests, the data-update test and the end-to-end mock. Tables are plain Tier lists.
import type { Tier } from '../../model/types';

const tier = (floor: string, cap: string, maxLeverage: string, maintenanceMarginRate: string, maintenanceAmount: string): Tier => ({
  floor,
  cap,
  maxLeverage,
  maintenanceMarginRate,
  maintenanceAmount,
});

/** Binance BTCUSDT, snapshot 2024-10-24 (docs/rules/binance.md §6.3). */
export const BINANCE_BTCUSDT_2024: Tier[] = [
  tier('0', '50000', '125', '0.004', '0'),
  tier('50000', '600000', '100', '0.005', '50'),
  tier('600000', '3000000', '75', '0.0065', '950'),
  tier('3000000', '12000000', '50', '0.01', '11450'),
  tier('12000000', '70000000', '25', '0.02', '131450'),
  tier('70000000', '100000000', '20', '0.025', '481450'),
  tier('100000000', '230000000', '10', '0.05', '2981450'),
  tier('230000000', '480000000', '5', '0.1', '14481450'),
  tier('480000000', '600000000', '4', '0.125', '26481450'),
  tier('600000000', '800000000', '3', '0.15', '41481450'),
  tier('800000000', '1200000000', '2', '0.25', '121481450'),
  tier('1200000000', '1800000000', '1', '0.5', '421481450'),
];

/** Binance ETHUSDT, snapshot 2024-10-24 (§6.3): BTCUSDT's first four tiers, then its own. */
export const BINANCE_ETHUSDT_2024: Tier[] = [
  ...BINANCE_BTCUSDT_2024.slice(0, 4),
  tier('12000000', '50000000', '25', '0.02', '131450'),
  tier('50000000', '65000000', '20', '0.025', '381450'),
  tier('65000000', '150000000', '10', '0.05', '2006450'),
  tier('150000000', '320000000', '5', '0.1', '9506450'),
  tier('320000000', '400000000', '4', '0.125', '17506450'),
  tier('400000000', '530000000', '3', '0.15', '27506450'),
  tier('530000000', '800000000', '2', '0.25', '80506450'),
  tier('800000000', '1200000000', '1', '0.5', '280506450'),
];

/**
 * The public bapi brackets feed (docs/rules/binance.md §5): data.brackets[].riskBrackets[].
 * Numbers as JSON numbers, as the feed sends them.
 */
export function bapiBrackets(tables: Record<string, Tier[]>): unknown {
  return {
    code: '000000',
    success: true,
    data: {
      version: 1789571332487,
      brackets: Object.entries(tables).map(([symbol, tiers]) => ({
        symbol,
        updateTime: 1789571332487,
        notionalLimit: Number(tiers.at(-1)?.cap ?? 0),
        riskBrackets: tiers.map((t, i) => ({
          bracketSeq: i + 1,
          bracketNotionalFloor: Number(t.floor),
          bracketNotionalCap: Number(t.cap),
          bracketMaintenanceMarginRate: Number(t.maintenanceMarginRate),
          cumFastMaintenanceAmount: Number(t.maintenanceAmount),
          minOpenPosLeverage: 1,
          maxOpenPosLeverage: Number(t.maxLeverage),
        })),
      })),
    },
  };
}

/** Bybit BTCUSDT risk limits 1–2 (docs/rules/bybit-okx-bitget.md §2.6); tier 2's leverage is not given there. */
export const BYBIT_BTCUSDT: { riskLimitValue: string; maintenanceMargin: string; maxLeverage: string; mmDeduction: string }[] = [
  { riskLimitValue: '2000000', maintenanceMargin: '0.005', maxLeverage: '100.00', mmDeduction: '' },
  { riskLimitValue: '2600000', maintenanceMargin: '0.0056', maxLeverage: '100.00', mmDeduction: '1200' },
];

/** GET /v5/market/risk-limit (§2.6). */
export function bybitRiskLimit(symbol: string, rows = BYBIT_BTCUSDT): unknown {
  return {
    retCode: 0,
    retMsg: 'OK',
    result: {
      category: 'linear',
      list: rows.map((r, i) => ({ id: i + 1, symbol, ...r, initialMargin: String(1 / Number(r.maxLeverage)), isLowestRisk: i === 0 ? 1 : 0 })),
      nextPageCursor: '',
    },
  };
}

/** OKX BTC-USDT tier 1 as recorded live (§3.3); ctVal 0.01 BTC. */
export function okxPositionTiers(instFamily: string, rows = [{ tier: '1', minSz: '0', maxSz: '1000', mmr: '0.004', imr: '0.01', maxLever: '100' }]): unknown {
  return { code: '0', msg: '', data: rows.map((r) => ({ uly: instFamily, instFamily, instId: '', optMgnFactor: '0', quoteMaxLoan: '', baseMaxLoan: '', ...r })) };
}

export function okxInstruments(instId: string, ctVal = '0.01', ctType = 'linear'): unknown {
  return { code: '0', msg: '', data: [{ instType: 'SWAP', instId, instFamily: instId.replace(/-SWAP$/, ''), ctVal, ctType, ctValCcy: 'BTC', settleCcy: 'USDT' }] };
}

/** Hyperliquid meta (docs/rules/hyperliquid-and-others.md §1.3, §1.7): BTC on table 56, ETH on 55, a single-tier asset on table 3. */
export function hyperliquidMeta(): unknown {
  return {
    universe: [
      { name: 'BTC', szDecimals: 5, maxLeverage: 40, marginTableId: 56 },
      { name: 'ETH', szDecimals: 4, maxLeverage: 25, marginTableId: 55 },
      { name: 'XYZ', szDecimals: 0, maxLeverage: 3, marginTableId: 3 },
    ],
    marginTables: [
      [56, { description: 'tiered 40x', marginTiers: [{ lowerBound: '0.0', maxLeverage: 40 }, { lowerBound: '150000000.0', maxLeverage: 20 }] }],
      [55, { description: 'tiered 25x', marginTiers: [{ lowerBound: '0.0', maxLeverage: 25 }, { lowerBound: '100000000.0', maxLeverage: 15 }] }],
    ],
    collateralToken: 0,
  };
}

/** Bitget BTCUSDT USDT-M tiers published 2025-06-25 (docs/rules/bybit-okx-bitget.md §4.5). */
export const BITGET_BTCUSDT: [string, string, string, string][] = [
  ['0', '150000', '125', '0.004'],
  ['150000', '900000', '100', '0.005'],
  ['900000', '12000000', '50', '0.01'],
  ['12000000', '38000000', '25', '0.015'],
  ['38000000', '50000000', '20', '0.03'],
  ['50000000', '100000000', '10', '0.05'],
  ['100000000', '150000000', '5', '0.12'],
  ['150000000', '200000000', '4', '0.15'],
  ['200000000', '250000000', '3', '0.2'],
  ['250000000', '400000000', '2', '0.3'],
  ['400000000', '1200000000', '1', '0.6'],
];

/** GET /api/v2/mix/market/query-position-lever (§4.5). */
export function bitgetPositionLever(symbol: string, rows = BITGET_BTCUSDT): unknown {
  return {
    code: '00000',
    msg: 'success',
    requestTime: 1789571332487,
    data: rows.map(([startUnit, endUnit, leverage, keepMarginRate], i) => ({ symbol, level: String(i + 1), startUnit, endUnit, leverage, keepMarginRate })),
  };
}
