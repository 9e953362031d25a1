// Strings of the liquidation model (src/model and each venue's rulebook): the assumptions behind an
// estimate and why an input is refused. Shown in the overlay's expanded view and the popup's
// calculator. Key prefix: model_. $1..$9 are substitutions (t(key, a, b)); a rulebook names its
// assumptions by key (src/model/venues/rulebook.ts) and the estimate puts them into words.
import type { Messages } from '../message';

export const modelMessages = {
  // Assumptions of every estimate.
  model_isolatedAlone: {
    en: 'Other positions do not share an isolated margin; they were left out.',
    zh_CN: '其他仓位不共用逐仓保证金，因此未计入。',
  },
  model_twoRootsMark: {
    en: 'Two liquidation prices exist ($1); shown is the one nearest the mark price.',
    zh_CN: '存在两个强平价格（$1）；显示的是离标记价格最近的一个。',
    description: '$1: the prices, joined by model_pricesAnd.',
  },
  model_twoRootsEntry: {
    en: 'Two liquidation prices exist ($1); shown is the one nearest the entry price.',
    zh_CN: '存在两个强平价格（$1）；显示的是离开仓价格最近的一个。',
    description: '$1: the prices, joined by model_pricesAnd.',
  },
  model_pricesAnd: { en: '$1 and $2', zh_CN: '$1 和 $2' },
  model_beyondLastCap: {
    en: "The notional at the liquidation price is beyond the last tier's cap; the last tier is used.",
    zh_CN: '强平价格下的名义价值超过最后一档的上限；按最后一档计算。',
  },
  model_noLiquidation: {
    en: 'No liquidation price: the margin covers the position at any price.',
    zh_CN: '没有强平价格：在任何价格下保证金都足以覆盖该仓位。',
  },
  model_printedTowardMark: {
    en: "Shown is the venue's own figure: it prints its liquidation price $1 toward the mark from its rule's value, $2 (seen on real positions).",
    zh_CN: '显示的是交易所自己的数字：它给出的强平价格比其规则的值 $2 向标记价格方向偏移 $1（见于真实仓位）。',
    description: '$1: the step, a price amount (one price tick); $2: the rule\'s price.',
  },
  model_alreadyBelow: {
    en: 'At the current mark price the margin balance is already at or below the maintenance margin.',
    zh_CN: '按当前标记价格，保证金余额已等于或低于维持保证金。',
  },

  // Binance USDⓈ-M and COIN-M.
  model_binanceRule: {
    en: "Binance's rule: liquidation when the margin balance falls to the maintenance margin, both at the mark price.",
    zh_CN: '币安规则：保证金余额降至维持保证金时强平，两者均按标记价格计算。',
  },
  model_binanceFeesOutside: {
    en: "Fees and funding are not in Binance's formula; they act through the wallet balance.",
    zh_CN: '手续费和资金费用不在币安的公式中；它们通过钱包余额产生影响。',
  },
  model_binanceTierAtLiquidation: {
    en: 'The maintenance tier is the one that applies to the notional at the liquidation price.',
    zh_CN: '维持保证金档位取强平价格下名义价值所在的档位。',
  },
  model_binanceTableAsGiven: {
    en: 'Tier table as given; accounts with a Binance notionalCoef other than 1 have scaled tiers.',
    zh_CN: '档位表按给定使用；币安 notionalCoef 不为 1 的账户，其档位按比例缩放。',
  },
  model_binanceCrossHeld: {
    en: 'Other cross positions are held at their current mark price; the estimate moves when those marks move.',
    zh_CN: '其他全仓仓位按其当前标记价格计；这些标记价格变动时，估算值也随之变动。',
  },
  model_coinmInCoin: {
    en: 'COIN-M: wallet, maintenance margin and tiers are in the coin; the tier follows the coin notional at the liquidation price.',
    zh_CN: '币本位：钱包、维持保证金和档位均以币计；档位取决于强平价格下以币计的名义价值。',
  },
  model_coinmSameCoin: {
    en: 'Only positions margined in the same coin share the cross wallet.',
    zh_CN: '只有以同一币种作保证金的仓位共用全仓钱包。',
  },

  // Bitget.
  model_bitgetRule: {
    en: "Bitget's rule: liquidation when margin plus unrealized PnL falls to the maintenance margin, at the mark price.",
    zh_CN: 'Bitget 规则：保证金加未实现盈亏降至维持保证金时强平，按标记价格计算。',
  },
  model_bitgetFeeGiven: {
    en: 'The maintenance margin includes the taker fee rate given, $1 %.',
    zh_CN: '维持保证金包含给定的 Taker 手续费率 $1 %。',
  },
  model_bitgetFeeStandard: {
    en: "The maintenance margin includes Bitget's standard taker rate, $1 %; a VIP rate moves the price slightly.",
    zh_CN: '维持保证金包含 Bitget 标准 Taker 费率 $1 %；VIP 费率会使价格略有变动。',
  },
  model_bitgetSlices: {
    en: 'Maintenance margin per slice of the position value (positions opened from 10 Nov 2025); older positions use one tier rate on the whole value.',
    zh_CN: '维持保证金按仓位价值分段计算（适用于 2025 年 11 月 10 日起开立的仓位）；更早的仓位对全部价值使用同一档费率。',
  },
  model_bitgetTableAsGiven: {
    en: 'Tier table as given; Bitget changes tier bounds over time.',
    zh_CN: '档位表按给定使用；Bitget 会不时调整档位边界。',
  },
  model_bitgetCross: {
    en: 'Single-asset cross: other cross positions are held at their current mark price; multi-asset mode is not modelled.',
    zh_CN: '单币种全仓：其他全仓仓位按其当前标记价格计；未对多币种模式建模。',
  },
  model_bitgetIsolatedInFull: {
    en: 'Isolated positions are liquidated in full (Bitget partial liquidation excludes isolated margin).',
    zh_CN: '逐仓仓位会被全部强平（Bitget 的部分强平不适用于逐仓）。',
  },

  // Bybit.
  model_bybitRule: {
    en: "Bybit's rule since 2 Sep 2025: liquidation when the margin balance falls to the maintenance margin, priced at the mark price.",
    zh_CN: 'Bybit 自 2025 年 9 月 2 日起的规则：保证金余额降至维持保证金时强平，按标记价格计算。',
  },
  model_bybitCloseFeeGiven: {
    en: 'Fee to close: $1 % (the taker rate given) of the value at the bankruptcy price, in both the margin and the maintenance margin.',
    zh_CN: '平仓手续费：破产价格下仓位价值的 $1 %（给定的 Taker 费率），同时计入保证金和维持保证金。',
  },
  model_bybitCloseFeeBase: {
    en: "Fee to close: $1 % (Bybit's base taker rate) of the value at the bankruptcy price, in both the margin and the maintenance margin; a VIP rate changes it slightly.",
    zh_CN: '平仓手续费：破产价格下仓位价值的 $1 %（Bybit 基础 Taker 费率），同时计入保证金和维持保证金；VIP 费率会使其略有变化。',
  },
  model_bybitTierInCoin: {
    en: 'The risk-limit tier is the one the position value at the liquidation price falls in (in coin); open orders that Bybit adds to that value are left out.',
    zh_CN: '风险限额档位取强平价格下仓位价值（以币计）所在的档位；Bybit 计入该价值的挂单未计算在内。',
  },
  model_bybitTierInQuote: {
    en: 'The risk-limit tier is the one the position value at the liquidation price falls in (in the quote coin); open orders that Bybit adds to that value are left out.',
    zh_CN: '风险限额档位取强平价格下仓位价值（以计价币计）所在的档位；Bybit 计入该价值的挂单未计算在内。',
  },
  model_bybitIsolated: {
    en: 'Isolated margin is taken without the fee to close Bybit books into it, so the fee cancels out of the liquidation price.',
    zh_CN: '逐仓保证金不含 Bybit 计入其中的平仓手续费，因此该费用不影响强平价格。',
  },
  model_bybitCross: {
    en: 'Cross: single-collateral unified account; other positions are held at their current mark price. Multi-collateral haircuts and portfolio margin are not modelled.',
    zh_CN: '全仓：单币种保证金的统一账户；其他仓位按其当前标记价格计。未对多币种保证金折算率和组合保证金建模。',
  },
  model_bybitCrossCloseFee: {
    en: "Cross: each position's fee to close is at the bankruptcy value its leverage sets at entry (Bybit prices it so in the initial margin).",
    zh_CN: '全仓：每个仓位的平仓手续费按开仓时其杠杆所决定的破产价值计算（Bybit 在起始保证金中也如此计价）。',
  },
  model_bybitHedge: {
    en: 'Hedge mode, cross: both legs count their own maintenance margin and fee to close.',
    zh_CN: '双向持仓、全仓：多空两侧各自计算维持保证金和平仓手续费。',
  },

  // Hyperliquid.
  model_hyperliquidRule: {
    en: "Hyperliquid's rule: liquidation when equity falls below the maintenance margin, at the mark price.",
    zh_CN: 'Hyperliquid 规则：权益低于维持保证金时强平，按标记价格计算。',
  },
  model_hyperliquidRate: {
    en: "Maintenance rate = 1 / (2 x the margin tier's max leverage), less the tier's deduction; the tier is the one of the notional at the liquidation price.",
    zh_CN: '维持保证金率 = 1 / (2 × 该保证金档位的最高杠杆)，再减去该档位的速算扣除；档位取强平价格下名义价值所在的档位。',
  },
  model_hyperliquidTableAsGiven: {
    en: 'Tier table as given; Hyperliquid changes max leverage over time, so a stale table moves the price.',
    zh_CN: '档位表按给定使用；Hyperliquid 会不时调整最高杠杆，过时的档位表会使价格偏移。',
  },
  model_hyperliquidIsolated: {
    en: 'Isolated margin as Hyperliquid books it: the opening fee and funding already taken out.',
    zh_CN: '逐仓保证金取 Hyperliquid 的记账值：已扣除开仓手续费和资金费用。',
  },
  model_hyperliquidCross: {
    en: 'Cross: the wallet is the cross account value without unrealized PnL; other cross positions are held at their current mark price.',
    zh_CN: '全仓：钱包为不含未实现盈亏的全仓账户价值；其他全仓仓位按其当前标记价格计。',
  },
  model_hyperliquidFundingShifts: {
    en: 'Funding payments and moves in other positions shift a cross liquidation price.',
    zh_CN: '资金费用的支付和其他仓位的变动会使全仓强平价格移动。',
  },
  model_hyperliquidNoPortfolio: {
    en: 'Portfolio margin and unified accounts (spot collateral) are not modelled.',
    zh_CN: '未对组合保证金和统一账户（现货抵押）建模。',
  },
  model_hyperliquidPartial: {
    en: 'Partial liquidation: Hyperliquid liquidates positions above 100,000 USDC 20 % at a time (mainnet rule).',
    zh_CN: '部分强平：Hyperliquid 对价值超过 100,000 USDC 的仓位每次强平 20 %（主网规则）。',
  },

  // OKX.
  model_okxRule: {
    en: "OKX's rule: liquidation when the margin ratio, equity / (maintenance margin + liquidation fee), falls to 100 %, at the mark price.",
    zh_CN: 'OKX 规则：保证金率，即权益 / (维持保证金 + 强平手续费)，降至 100 % 时强平，按标记价格计算。',
  },
  model_okxFeeGiven: {
    en: 'Liquidation fee: position value x the taker rate given, $1 %.',
    zh_CN: '强平手续费：仓位价值 × 给定的 Taker 费率 $1 %。',
  },
  model_okxFeeRegular: {
    en: "Liquidation fee: position value x $1 %, OKX's regular taker rate; a VIP rate moves the price slightly.",
    zh_CN: '强平手续费：仓位价值 × $1 %（OKX 普通用户 Taker 费率）；VIP 费率会使价格略有变动。',
  },
  model_okxTierByContracts: {
    en: "The tier is chosen by the position's contract count and its rate applies to the whole position (OKX has no deduction).",
    zh_CN: '档位按仓位的合约张数确定，其费率适用于整个仓位（OKX 没有速算扣除）。',
  },
  model_okxNoFormula: {
    en: 'OKX publishes no formula for the perpetual liquidation price; this one follows from its margin-ratio definition.',
    zh_CN: 'OKX 未公布永续合约强平价格的公式；此处由其保证金率的定义推出。',
  },
  model_okxCross: {
    en: 'Single-currency cross margin: other positions are held at their current mark price; multi-currency and portfolio margin are not modelled.',
    zh_CN: '单币种全仓保证金：其他仓位按其当前标记价格计；未对跨币种保证金和组合保证金建模。',
  },
  model_okxHedge: {
    en: 'Long/short mode, cross: the tier counts the long and short contracts together.',
    zh_CN: '开平仓模式、全仓：档位按多空两侧合约张数合计确定。',
  },

  // Why an input is refused: "<field>: <why>", the field as the model names it (size, tiers[2].floor).
  model_inputError: { en: '$1: $2', zh_CN: '$1：$2', description: '$1: the input field (a code name such as size or tiers[2].floor); $2: why it is refused.' },
  model_errOneOf: { en: 'must be one of $1', zh_CN: '必须是以下之一：$1', description: '$1: the allowed values, as code words.' },
  model_errBelowOne: { en: 'must be below 1 (a fraction, not a percent)', zh_CN: '必须小于 1（以小数表示，而非百分比）' },
  model_errNotFinite: { en: 'the inputs give no finite result', zh_CN: '这些输入得不出有限的结果' },
  model_errCloseFeeLeverage: {
    en: 'needed in cross margin: the fee to close is charged on the value at the bankruptcy price it sets',
    zh_CN: '全仓时必需：平仓手续费按它所决定的破产价格下的价值收取',
  },
  model_errContractKind: { en: '$1 contracts are $2', zh_CN: '$1 的合约类型为 $2', description: '$1: venue id; $2: linear or inverse.' },
  model_errMissing: { en: 'missing', zh_CN: '缺失' },
  model_errNotList: { en: 'must be a list', zh_CN: '必须是列表' },
  model_errNotPosition: { en: 'not a position', zh_CN: '不是仓位' },
  model_errOneWay: { en: 'one-way mode holds one position per symbol', zh_CN: '单向持仓模式下每个合约只有一个仓位' },
  model_errHedgeLegs: { en: 'hedge mode holds one long and one short per symbol', zh_CN: '双向持仓模式下每个合约只有一个多仓和一个空仓' },
  model_errBelowMaintenance: {
    en: 'the margin is below the maintenance margin at every price, so the position would already be liquidated',
    zh_CN: '在任何价格下保证金都低于维持保证金，仓位应已被强平',
  },
  model_errNotEvaluated: { en: 'could not be evaluated ($1)', zh_CN: '无法计算（$1）', description: '$1: the error as the runtime gives it.' },
  model_errUnknownVenue: { en: 'unknown venue "$1"', zh_CN: '未知交易所“$1”' },
  model_errNoTier: { en: 'at least one tier is needed', zh_CN: '至少需要一个档位' },
  model_errNotTier: { en: 'not a tier', zh_CN: '不是档位' },
  model_errFloorOrder: { en: 'tiers must be in ascending order of floor', zh_CN: '档位必须按下限升序排列' },
  model_errCapBelowFloor: { en: 'must be above the floor', zh_CN: '必须高于下限' },
  model_errNoDeduction: { en: 'this venue has no maintenance deduction', zh_CN: '该交易所没有维持保证金速算扣除' },
  model_errRateVsLeverage: { en: 'does not match 1/(2 x maxLeverage) = $1', zh_CN: '与 1/(2 × maxLeverage) = $1 不符' },
  model_errNotString: { en: 'expected a decimal string, got $1', zh_CN: '应为小数字符串，实际为 $1', description: '$1: a JavaScript type name (null, number, undefined).' },
  model_errNotPositive: { en: 'must be greater than zero', zh_CN: '必须大于零' },
  model_errNegative: { en: 'must not be negative', zh_CN: '不能为负数' },
  model_errNotDecimal: { en: 'not a decimal number: "$1"', zh_CN: '不是小数：“$1”' },
  model_errOutOfRange: { en: 'out of range', zh_CN: '超出范围' },
  model_errBelowCloseFee: { en: 'is less than the fee to close alone', zh_CN: '低于平仓手续费本身' },
  model_errNeedsContractValue: { en: 'needed for an inverse contract', zh_CN: '反向合约必需' },
  model_errBitgetHedge: {
    en: 'Bitget cross hedge mode bases MM on the larger leg; that rule is not modelled',
    zh_CN: 'Bitget 全仓双向持仓模式按较大一侧计算维持保证金；该规则未建模',
  },
  model_errHyperliquidHedge: {
    en: 'Hyperliquid has no hedge mode: one position per asset',
    zh_CN: 'Hyperliquid 没有双向持仓模式：每个资产只有一个仓位',
  },
} satisfies Messages;
