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

  worker_tickInstrument: {
    en: 'Agreement within one price tick of $1 (the instrument\'s, market data of $2) or 0.05 %, whichever is larger.',
    zh_CN: '一致的容差：一个价格最小变动单位 $1（该合约的，市场数据日期 $2）或 0.05%，取较大者。',
    description: '$1: the tick, a price amount; $2: a date, YYYY-MM-DD.',
  },
  worker_tickAtPrice: {
    en: 'Agreement within one price tick of $1 (the instrument\'s tick at this price: at most $2 significant figures and $3 digits after the point, whole prices always allowed; market data of $4) or 0.05 %, whichever is larger.',
    zh_CN: '一致的容差：一个价格最小变动单位 $1（该合约在此价格的最小变动单位：最多 $2 位有效数字、小数点后最多 $3 位，整数价格总是允许；市场数据日期 $4）或 0.05%，取较大者。',
    description: '$1: the tick at the exchange\'s figure, a price amount; $2, $3: whole numbers; $4: a date, YYYY-MM-DD.',
  },
  worker_tickPrinted: {
    en: 'Agreement within one price tick of $1 (taken from the decimals the exchange printed; the instrument\'s tick is not known) or 0.05 %, whichever is larger.',
    zh_CN: '一致的容差：一个价格最小变动单位 $1（取自交易所显示的小数位数；该合约的最小变动单位未知）或 0.05%，取较大者。',
    description: '$1: the tick, a price amount.',
  },

  worker_estimateFailed: {
    en: 'the estimate failed unexpectedly',
    zh_CN: '估算意外失败',
  },
  worker_belowMaintenanceEverywhere: {
    en: 'the margin is below the maintenance margin at every price, so the position would already be liquidated',
    zh_CN: '在任何价格下保证金都低于维持保证金，仓位应已被强平',
  },
  worker_orderCloses: {
    en: 'this order closes the position',
    zh_CN: '此订单会平掉该仓位',
  },
  worker_accountModeNotModelled: {
    en: '$1 account',
    zh_CN: '$1 账户',
    description: 'Reason after "cannot verify: ": the account mode the page shows, which the model does not cover. $1: the mode\'s name, e.g. "Portfolio Margin".',
  },
  worker_accountModeRead: {
    en: 'account mode read from the page: $1',
    zh_CN: '从页面读取的账户模式：$1',
  },
  worker_accountModeUnread: {
    en: 'the account mode was not read from the page; assumed $1',
    zh_CN: '未能从页面读取账户模式；假定为 $1',
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
  worker_stopOnLastPrice: {
    en: 'on $1 a stop triggers on the last price by default while liquidation follows the mark price: when the two part, the stop may not fire before liquidation',
    zh_CN: '$1 的止损默认按最新价触发，而强平按标记价格：两者背离时，止损可能来不及在强平前触发',
  },
  worker_stopTriggerUnknown: {
    en: 'which price triggers a stop on $1 is not confirmed, while liquidation follows the mark price: the stop may not fire before liquidation',
    zh_CN: '$1 的止损按哪种价格触发尚未确认，而强平按标记价格：止损可能来不及在强平前触发',
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
  // Reading the page: what is missing (the page's own labels stay as the page shows them)
  worker_notOnPage: { en: '$1: not on the page', zh_CN: '$1：页面上没有' },
  worker_fieldSide: { en: 'side', zh_CN: '方向' },
  worker_fieldSize: { en: 'size', zh_CN: '数量' },
  worker_fieldEntryPrice: { en: 'entry price', zh_CN: '开仓价格' },
  worker_fieldMarkPrice: { en: 'mark price', zh_CN: '标记价格' },
  worker_fieldMargin: { en: 'margin', zh_CN: '保证金' },
  worker_fieldWalletBalance: { en: 'wallet balance', zh_CN: '钱包余额' },
  worker_fieldPositionCount: { en: 'number of open positions', zh_CN: '持仓数量' },
  worker_fieldMarginMode: { en: 'margin mode', zh_CN: '保证金模式' },
  worker_fieldLeverage: { en: 'leverage', zh_CN: '杠杆' },
  worker_fieldOrderType: { en: 'order type', zh_CN: '订单类型' },
  worker_fieldOrderPrice: { en: 'order price', zh_CN: '委托价格' },
  worker_fieldOrderSize: { en: 'order size', zh_CN: '委托数量' },
  worker_fieldPositionMode: { en: 'position mode', zh_CN: '持仓模式' },
  worker_contractValueMissing: {
    en: 'the value of one $1 contract: not in the market data',
    zh_CN: '$1 每张合约的面值：市场数据中没有',
  },
  worker_contractSizeMissing: {
    en: 'the size of one $1 contract: not in the market data (its tiers count contracts)',
    zh_CN: '$1 每张合约的数量：市场数据中没有（其档位按张数计算）',
  },
  worker_sizeUnitRefused: {
    en: 'size is shown in $1; switch the size unit to $2 to verify',
    zh_CN: '数量以$1显示；请将数量单位切换为$2以便核对',
  },
  worker_unitQuoteAsset: { en: 'the quote asset', zh_CN: '计价资产' },
  worker_unitCoin: { en: 'the coin', zh_CN: '币' },
  worker_unitMarginWord: { en: 'margin', zh_CN: '保证金' },
  worker_isolatedUnavailable: { en: 'isolated margin: $1', zh_CN: '逐仓保证金：$1' },
  worker_imRefused: { en: 'IM $1: $2', zh_CN: 'IM $1：无法使用（$2）', description: 'IM is the page label of Bybit; keep it.' },
  worker_imUnreadable: { en: 'IM $1: could not be read as a margin', zh_CN: 'IM $1：无法识别为保证金' },
  worker_crossUnavailable: { en: 'cross margin: $1', zh_CN: '全仓保证金：$1' },
  worker_crossOtherAsset: {
    en: 'cross margin: the wallet shown is $1; $2 settles in $3',
    zh_CN: '全仓保证金：页面显示的是 $1 钱包；$2 以 $3 结算',
  },
  worker_anotherAsset: { en: 'another asset', zh_CN: '其他资产' },
  worker_crossNoPanel: {
    en: 'positions panel: not on the page (cross margin depends on every open position)',
    zh_CN: '持仓面板：页面上没有（全仓保证金取决于所有持仓）',
  },
  worker_crossHiddenRows: {
    en: 'only $1 of $2 positions are visible; cross margin depends on all of them (scroll the list or enlarge the panel)',
    zh_CN: '只能看到 $2 个持仓中的 $1 个；全仓保证金取决于全部持仓（请滚动列表或放大面板）',
  },
  worker_crossLeftOut: {
    en: '$1 settles in $2, not $3: left out of this wallet',
    zh_CN: '$1 以 $2 结算而非 $3：不计入此钱包',
  },
  worker_aboutSharesWallet: { en: '$1 (shares the wallet)', zh_CN: '$1（共用钱包）' },
  worker_aboutOpenPosition: { en: 'open $1 position', zh_CN: '$1 当前持仓' },

  // What a venue's page figures mean (assumption lines and what a page cannot give)
  worker_saysIsolatedMarginMinusPnl: {
    en: 'isolated margin = the Margin column minus unrealized PnL at mark',
    zh_CN: '逐仓保证金 = 保证金列减去按标记价格计算的未实现盈亏',
  },
  worker_saysIsolatedMarginMinusPnlCoin: {
    en: 'isolated margin = the Margin column minus unrealized PnL at mark (in the coin)',
    zh_CN: '逐仓保证金 = 保证金列减去按标记价格计算的未实现盈亏（以币计）',
  },
  worker_saysIsolatedBybit: {
    en: 'isolated margin = the IM column minus the fee to close Bybit books into it (the taker fee on the value at the bankruptcy price)',
    zh_CN: '逐仓保证金 = IM 列减去 Bybit 计入其中的平仓手续费（按破产价格价值计算的 Taker 手续费）',
  },
  worker_saysIsolatedOkx: {
    en: 'isolated margin = the Margin column (OKX shows it without unrealized PnL)',
    zh_CN: '逐仓保证金 = 保证金列（OKX 显示的值不含未实现盈亏）',
  },
  worker_saysIsolatedBitget: {
    en: 'isolated margin = the Margin column (position margin without unrealized PnL)',
    zh_CN: '逐仓保证金 = 保证金列（不含未实现盈亏的仓位保证金）',
  },
  worker_saysCrossBinance: {
    en: "cross wallet = wallet balance minus the isolated positions' wallets; other positions held at their mark",
    zh_CN: '全仓钱包 = 钱包余额减去各逐仓仓位的保证金；其他仓位按其标记价格计',
  },
  worker_saysCrossBinanceCoinm: {
    en: "cross wallet = the coin's wallet balance minus the isolated positions' wallets; other positions held at their mark",
    zh_CN: '全仓钱包 = 该币的钱包余额减去各逐仓仓位的保证金；其他仓位按其标记价格计',
  },
  worker_saysCrossBybit: {
    en: "cross wallet = Wallet Balance minus the isolated positions' IM (assumed: UTA's wallet balance includes isolated margin); other positions held at their mark",
    zh_CN: '全仓钱包 = 钱包余额减去各逐仓仓位的 IM（假设：统一账户的钱包余额包含逐仓保证金）；其他仓位按其标记价格计',
  },
  worker_saysCrossOkx: {
    en: "cross cash = the currency's equity minus every shown unrealized PnL and the isolated margins (assumed: single-currency margin mode, no open orders' fees held); other positions held at their mark",
    zh_CN: '全仓现金 = 币种权益减去各仓位显示的未实现收益及逐仓保证金（假设：单币种保证金模式，无挂单冻结手续费）；其他仓位按其标记价格计',
  },
  worker_fieldCurrencyEquity: { en: "the settlement currency's equity", zh_CN: '结算币种权益' },
  worker_fieldUnrealizedPnl: { en: 'unrealized PnL', zh_CN: '未实现收益' },
  worker_equityOtherCurrency: {
    en: '$1 settles in $2: the equity shown may not be the $3 equity alone',
    zh_CN: '$1 以 $2 结算：页面显示的权益可能不只是 $3 的权益',
  },
  worker_equityTwoLegs: {
    en: '$1 has two legs (long/short mode): cross from the equity is checked in one-way mode only',
    zh_CN: '$1 有多空两个仓位（开平仓模式）：由权益推算全仓只在单向持仓模式下检查',
  },
  worker_saysCrossHyperliquid: {
    en: "cross balance = Balance minus the isolated positions' margins (assumed: Balance is the perps USDC without PnL); other positions held at their mark",
    zh_CN: '全仓余额 = 余额减去各逐仓仓位的保证金（假设：余额为不含盈亏的永续 USDC）；其他仓位按其标记价格计',
  },
  worker_saysCrossBitget: {
    en: "cross wallet = Balance minus the isolated positions' margins (assumed: Balance includes them); other positions held at their mark",
    zh_CN: '全仓钱包 = 余额减去各逐仓仓位的保证金（假设：余额包含这些保证金）；其他仓位按其标记价格计',
  },

  // The order form
  worker_noOrderForm: { en: 'order form: not on the page', zh_CN: '下单面板：页面上没有' },
  worker_marketFillsAtMark: { en: 'a market order fills at the mark price', zh_CN: '市价单按标记价格成交' },
  worker_openingFeeNotDeducted: { en: 'the opening fee is not deducted from the margin', zh_CN: '开仓手续费未从保证金中扣除' },
  worker_sizeQuoteIsNotional: {
    en: 'an order size in the quote asset is the order value (notional) at the order price',
    zh_CN: '以计价资产表示的委托数量即按委托价格计算的订单价值（名义价值）',
  },
  worker_sizeCostIsMargin: {
    en: 'an order size given as cost is the initial margin: order value = cost × leverage',
    zh_CN: '以成本表示的委托数量即初始保证金：订单价值 = 成本 × 杠杆',
  },
  worker_contractIsCoin: {
    en: 'one $1 contract is $2 of the coin (market data)',
    zh_CN: '每张 $1 合约为 $2 个币（市场数据）',
  },
  worker_orderContractsUnknown: {
    en: 'order size in contracts: the size of one $1 contract is not known',
    zh_CN: '以张为单位的委托数量：每张 $1 合约的数量未知',
  },
  worker_sizeUsdFaceValue: {
    en: 'an order size in USD is a face value, in contracts of $1 USD',
    zh_CN: '以 USD 表示的委托数量为面值，按每张 $1 USD 折算为张数',
  },
  worker_sizeCoinToContracts: {
    en: 'an order size in the coin is converted to contracts at the order price',
    zh_CN: '以币表示的委托数量按委托价格折算为张数',
  },
  worker_sizeCostIsMarginCoin: {
    en: 'an order size given as cost is the initial margin in the coin: order value = cost × leverage',
    zh_CN: '以成本表示的委托数量即以币计的初始保证金：订单价值 = 成本 × 杠杆',
  },
  worker_orderSizeZero: { en: 'order size: enter a size above zero', zh_CN: '委托数量：请输入大于零的数量' },
  worker_leverageZero: { en: 'leverage: must be above zero', zh_CN: '杠杆：必须大于零' },
  worker_orderNoPanel: {
    en: 'positions panel: not on the page, so an open position on this symbol is unknown',
    zh_CN: '持仓面板：页面上没有，因此无法得知该合约是否有持仓',
  },
  worker_orderHiddenRows: {
    en: "only $1 of $2 positions are visible; can't tell whether you hold $3",
    zh_CN: '只能看到 $2 个持仓中的 $1 个；无法判断您是否持有 $3',
  },
  worker_twoPositionsOneWay: { en: '$1 shows two positions in one-way mode', zh_CN: '$1 在单向持仓模式下显示了两个仓位' },
  worker_orderModeNotPosition: {
    en: 'the open $1 position\'s margin mode is not the order form\'s: which position this order joins is not clear',
    zh_CN: '$1 当前持仓的保证金模式与下单表单不同：无法确定此订单加入哪个仓位',
  },
  worker_orderUnidentifiedRow: {
    en: 'a position row whose symbol or side could not be read may be this order\'s position',
    zh_CN: '有一行仓位的合约或方向无法读取，它可能就是此订单所在的仓位',
  },
  worker_signedOutNewPosition: {
    en: 'the page is signed out: the order is estimated as a new position, with no open position in this symbol',
    zh_CN: '页面未登录：此订单按新开仓位估算，假设该合约没有持仓',
  },
  worker_orderLegUnsure: {
    en: "positions panel: it shows no count and no $1 position among the rows read, so it can't say whether you hold one",
    zh_CN: '持仓面板：没有显示数量，读到的行中也没有 $1 仓位，无法判断您是否持有',
  },
  worker_orderPanelUnsure: {
    en: "positions panel: no rows could be read and it shows no count, so it can't say whether you hold $1",
    zh_CN: '持仓面板：读不到任何行，也没有显示数量，无法判断您是否持有 $1',
  },

  // Rows the reader could not identify, and inputs no open position can have
  worker_rowWithoutSymbol: { en: 'a row without a symbol', zh_CN: '一行没有合约名称的仓位' },
  worker_rowNotVenueSymbol: { en: "it is not shaped like this venue's symbols", zh_CN: '它不符合该交易所的合约名称格式' },
  worker_rowNoSymbol: { en: 'its symbol cell is empty', zh_CN: '其合约单元格为空' },
  worker_rowUnidentified: {
    en: 'position row "$1" could not be identified ($2); it may be any position',
    zh_CN: '无法识别仓位行“$1”（$2）；它可能是任何一个仓位',
  },
  worker_crossWalletLeft: { en: 'wallet balance left for cross margin', zh_CN: '全仓可用的钱包余额' },
  worker_notPositive: { en: '$1: $2 is not above zero, which no open position has', zh_CN: '$1：$2 不大于零，任何持仓都不会如此' },
  worker_priceFarFromMark: {
    en: '$1 $2 is more than ten times away from the mark price $3: one of them was read from the wrong place',
    zh_CN: '$1 $2 与标记价格 $3 相差十倍以上：其中一个读取位置有误',
  },
  worker_leverageAboveMax: {
    en: 'leverage $1x is above the $2x the venue allows on this symbol: it was misread',
    zh_CN: '杠杆 $1x 超过该合约允许的 $2x：读取有误',
  },
  worker_marginAboveValue: {
    en: 'margin $1 is above the position value $2 (less than 1x): it was read from another column',
    zh_CN: '保证金 $1 高于仓位价值 $2（杠杆低于 1 倍）：它读自其他列',
  },
  worker_valueMismatch: {
    en: 'position value $1 is neither size $2 at the mark nor at the entry: a column may be read under the wrong header',
    zh_CN: '仓位价值 $1 既不是数量 $2 按标记价格也不是按开仓价格的价值：某列可能被读到了错误的表头下',
  },
  worker_marginBelowInitial: {
    en: 'isolated margin $1 is far below the initial margin $2 at $3x, which no venue lets a trader remove: a column may be read under the wrong header',
    zh_CN: '逐仓保证金 $1 远低于 $3 倍杠杆下的初始保证金 $2，交易所不允许移除到这个程度：某列可能被读到了错误的表头下',
    description: '$1: the margin read; $2: size x entry / leverage; $3: the leverage read.',
  },
  worker_figureOnProfitSide: {
    en: "the page's Liq. Price $1 is on the profit side of the entry, where no liquidation price can be: not compared, as it may be another column's figure",
    zh_CN: '页面的强平价格 $1 位于开仓价的盈利一侧，强平价格不可能在那里：不作比较，它可能是其他列的数值',
  },
  worker_figureFarFromEstimate: {
    en: "the page's Liq. Price $1 is ten times or more away from Liqcheck's estimate: not compared, as it may be another column's figure",
    zh_CN: '页面的强平价格 $1 与 Liqcheck 的估算相差十倍以上：不作比较，它可能是其他列的数值',
  },
  worker_figureFarFromEntry: {
    en: "the page's Liq. Price $1 is ten times or more away from the entry price, and Liqcheck finds no liquidation price: not compared, as it may be another column's figure",
    zh_CN: '页面的强平价格 $1 与开仓价相差十倍以上，而 Liqcheck 认为没有强平价格：不作比较，它可能是其他列的数值',
  },
  worker_figureAcrossEntry: {
    en: "the page's Liq. Price $1 is on the other side of the entry from Liqcheck's estimate: not compared, as it may be another column's figure",
    zh_CN: '页面的强平价格 $1 与 Liqcheck 的估算位于开仓价的两侧：不作比较，它可能是其他列的数值',
  },
  worker_pnlMismatch: {
    en: "the page's unrealized PnL $1 is not the $2 that its size, entry and mark give: a column may be read under the wrong header",
    zh_CN: '页面显示的未实现盈亏 $1 与其数量、开仓价和标记价格算出的 $2 不符：某列可能被读到了错误的表头下',
  },

  // Tier tables
  worker_tableOf: { en: 'tier table of $1 ($2)', zh_CN: '$1 的档位表（$2）' },
  worker_tableUndated: { en: 'undated tier table ($1)', zh_CN: '无日期的档位表（$1）' },
  worker_originBundled: { en: 'bundled', zh_CN: '内置' },
  worker_originFetched: { en: 'fetched', zh_CN: '已获取' },
  worker_originFetchedAt: { en: 'fetched $1', zh_CN: '获取于 $1' },
  worker_tableAgeUnknown: { en: '$1: $2; its age is unknown', zh_CN: '$1：$2；其时效未知' },
  worker_tableOld: { en: '$1 $2 is $3 days old', zh_CN: '$1 $2 已有 $3 天' },
  worker_refreshRejected: {
    en: '$1: the refresh at $2 was not used ($3); still on the $4',
    zh_CN: '$1：$2 的更新未被采用（$3）；仍在使用$4',
  },
  worker_noTableBecause: { en: 'no tier table for $1: $2', zh_CN: '没有 $1 的档位表：$2' },
  worker_noTableYet: { en: 'no tier table for $1 yet', zh_CN: '暂时没有 $1 的档位表' },
} satisfies Messages;
