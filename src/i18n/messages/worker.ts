// Strings of the worker, in every locale. Key prefix: worker_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const workerMessages = {
  // Verdict
  worker_displayedUnreadable: {
    en: "the exchange's liquidation price could not be read",
    zh_CN: '无法读取交易所显示的强平价格',
  },
  worker_noneButExchangeShows: {
    en: 'Liqcheck finds no liquidation price; the exchange shows one',
    zh_CN: 'Liqcheck 算出没有强平价格；交易所却显示了一个',
  },
  worker_exchangeShowsNone: {
    en: 'the exchange shows no liquidation price; Liqcheck finds one',
    zh_CN: '交易所未显示强平价格；Liqcheck 算出了一个',
  },

  worker_estimateFailed: {
    en: 'the estimate failed unexpectedly',
    zh_CN: '估算意外失败',
  },
  worker_orderCloses: {
    en: 'this order closes the position',
    zh_CN: '此订单会平掉该仓位',
  },
  worker_fetchedMark: {
    en: 'mark price $1 from $2 at $3 UTC (the page shows none)',
    zh_CN: '标记价格 $1 取自 $2，时间 $3 UTC（页面未显示）',
  },

  // Fee rate used
  worker_feeFromSettings: {
    en: 'taker fee $1 % (your settings)',
    zh_CN: 'Taker 手续费率 $1 %（来自您的设置）',
    description: 'Assumption line: the fee rate the estimate used, from the options page.',
  },
  worker_feeBase: {
    en: "taker fee $1 % (the venue's base rate; set yours in the options)",
    zh_CN: 'Taker 手续费率 $1 %（交易所基础费率；可在设置中填写您的费率）',
  },

  // Likely cause of a difference
  worker_causeTier: {
    en: "the exchange's figure matches tier $1 (maintenance rate $2 %) rather than tier $3 ($4 %): its tier table or tier choice may differ",
    zh_CN: '交易所的数字与第 $1 档（维持保证金率 $2 %）相符，而不是第 $3 档（$4 %）：其档位表或选档方式可能不同',
  },
  worker_causeNoFee: {
    en: "the exchange's figure matches the estimate without the fee term (Liqcheck used $1 %)",
    zh_CN: '交易所的数字与不计手续费项的估算相符（Liqcheck 使用了 $1 %）',
  },
  worker_causeBaseFee: {
    en: "the exchange's figure matches the venue's base taker fee $1 % rather than your $2 %",
    zh_CN: '交易所的数字与交易所基础 Taker 费率 $1 % 相符，而不是您设置的 $2 %',
  },
  worker_causeEntryBasis: {
    en: "the exchange's figure matches a maintenance margin taken at the entry price ($1) rather than at the liquidation price",
    zh_CN: '交易所的数字与按开仓价（$1）而非强平价计算维持保证金的结果相符',
  },
  worker_causeMarkBasis: {
    en: "the exchange's figure matches a maintenance margin taken at the current mark price ($1) rather than at the liquidation price",
    zh_CN: '交易所的数字与按当前标记价格（$1）而非强平价计算维持保证金的结果相符',
  },
  worker_causeOtherCross: {
    en: "the exchange's figure matches this position alone, without the $1 other cross position(s) sharing the wallet",
    zh_CN: '交易所的数字与只算本仓位、不计共用钱包的其他 $1 个全仓仓位的结果相符',
  },
  worker_causeRounding: {
    en: 'within two price ticks of the exchange\'s $1: rounding',
    zh_CN: '与交易所的 $1 相差不超过两个价格最小变动单位：属于舍入差异',
  },
  worker_causeUndatedTable: {
    en: 'no single assumption explains it; the tier table is undated and may be out of date',
    zh_CN: '没有单一假设能解释该差异；档位表没有日期，可能已过时',
  },
  worker_causeStaleTable: {
    en: 'no single assumption explains it; the tier table is $1 days old and the venue may have changed it',
    zh_CN: '没有单一假设能解释该差异；档位表已有 $1 天，交易所可能已更改',
  },
  worker_causeUnknown: {
    en: 'no single assumption explains it',
    zh_CN: '没有单一假设能解释该差异',
  },

  // Pre-trade warnings
  worker_warnLeverageHigh: {
    en: 'leverage $1x is above your limit of $2x',
    zh_CN: '杠杆 $1 倍高于您设定的上限 $2 倍',
  },
  worker_warnNearEntry: {
    en: 'liquidation at $1 is only $2 % from the entry price $3 (your threshold: $4 %)',
    zh_CN: '强平价 $1 距开仓价 $3 仅 $2 %（您的阈值：$4 %）',
  },
  worker_warnStopBelowLiq: {
    en: 'the stop-loss $1 is at or below the liquidation price $2: the position would be liquidated before the stop triggers',
    zh_CN: '止损价 $1 不高于强平价 $2：止损触发前仓位就会被强平',
  },
  worker_warnStopAboveLiq: {
    en: 'the stop-loss $1 is at or above the liquidation price $2: the position would be liquidated before the stop triggers',
    zh_CN: '止损价 $1 不低于强平价 $2：止损触发前仓位就会被强平',
  },
  worker_warnTierJump: {
    en: 'this order moves the position from tier $1 (maintenance rate $2 %) to tier $3 (maintenance rate $4 %)',
    zh_CN: '此订单会使仓位从第 $1 档（维持保证金率 $2 %）升至第 $3 档（维持保证金率 $4 %）',
  },
  worker_warnInstant: {
    en: 'the margin is below maintenance on fill: the liquidation price $1 is beyond $2, so the position would be liquidated at once',
    zh_CN: '成交时保证金即低于维持保证金：强平价 $1 已越过 $2，仓位会立即被强平',
  },
  worker_warnInstantNoPrice: {
    en: 'the margin is below maintenance at every price: the position would be liquidated on fill',
    zh_CN: '在任何价格下保证金都低于维持保证金：仓位成交即被强平',
  },
  worker_warnAboveCap: {
    en: 'the position after this order ($1 $3) is above $2 $3, the most the venue allows at $4x',
    zh_CN: '下单后的仓位（$1 $3）超过交易所在 $4 倍杠杆下允许的上限 $2 $3',
  },
  worker_unitContracts: {
    en: 'contracts',
    zh_CN: '张',
  },
  worker_warnLeverageAboveMax: {
    en: "leverage $1x is above the venue's maximum of $2x for this symbol",
    zh_CN: '杠杆 $1 倍高于交易所对该合约的最高杠杆 $2 倍',
  },
} satisfies Messages;
