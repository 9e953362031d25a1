// Strings of the page reader (src/sites, the content script): why a field of the page could not be
// read. They travel in the snapshot as a Reading's `reason`, already in the trader's language, and
// are shown in the overlay and the popup's read status. Key prefix: page_. $1..$9 are substitutions.
// The page's own labels and texts ("Entry Price", "--") are substitutions: they stay as the page shows them.
import type { Messages } from '../message';

export const pageMessages = {
  page_reason: { en: '$1: $2', zh_CN: '$1：$2', description: '$1: the field (a page label or a page_field* name); $2: why it could not be read.' },

  // Fields the reader names itself (a positions column is named by the page's own header).
  page_fieldLeverage: { en: 'leverage', zh_CN: '杠杆' },
  page_fieldSize: { en: 'size', zh_CN: '数量' },
  page_fieldPrice: { en: 'price', zh_CN: '价格' },
  page_fieldStopLoss: { en: 'stop-loss', zh_CN: '止损价' },
  page_fieldTakeProfit: { en: 'take-profit', zh_CN: '止盈价' },
  page_fieldMarkPrice: { en: 'mark price', zh_CN: '标记价格' },
  page_fieldFundingRate: { en: 'funding rate', zh_CN: '资金费率' },
  page_fieldWalletBalance: { en: 'wallet balance', zh_CN: '钱包余额' },
  page_fieldEquity: { en: 'equity', zh_CN: '权益' },
  page_fieldAvailableBalance: { en: 'available balance', zh_CN: '可用余额' },
  page_fieldAccountMmRate: { en: 'account MM rate', zh_CN: '账户维持保证金率' },
  page_fieldMarginMode: { en: 'margin mode', zh_CN: '保证金模式' },
  page_fieldSide: { en: 'side', zh_CN: '方向' },
  page_fieldPageLiqLong: { en: "page's long liquidation price", zh_CN: '页面显示的做多强平价格' },
  page_fieldPageLiqShort: { en: "page's short liquidation price", zh_CN: '页面显示的做空强平价格' },

  // Positions columns, where the venue's adapter declares no header for them.
  page_colSymbol: { en: 'Symbol', zh_CN: '合约' },
  page_colSize: { en: 'Size', zh_CN: '数量' },
  page_colEntryPrice: { en: 'Entry Price', zh_CN: '开仓价格' },
  page_colMarkPrice: { en: 'Mark Price', zh_CN: '标记价格' },
  page_colLiquidationPrice: { en: 'Liq. Price', zh_CN: '强平价格' },
  page_colMargin: { en: 'Margin', zh_CN: '保证金' },
  page_colMarginRatio: { en: 'Margin Ratio', zh_CN: '保证金比率' },
  page_colPnl: { en: 'PNL', zh_CN: '未实现盈亏' },
  page_colSide: { en: 'Side', zh_CN: '方向' },
  page_colPositionValue: { en: 'Position Value', zh_CN: '仓位价值' },
  page_colInitialMargin: { en: 'IM', zh_CN: '起始保证金' },
  page_colMaintenanceMargin: { en: 'MM', zh_CN: '维持保证金' },

  // A number as the page shows it. $1: the page's text, cut to 24 characters.
  page_numAmbiguous: {
    en: "\"$1\" could be a thousands group or a decimal; the page's number format is unknown",
    zh_CN: '“$1”可能是千位分组，也可能是小数；页面的数字格式未知',
  },
  page_numMalformed: { en: 'malformed number "$1"', zh_CN: '数字格式有误：“$1”' },
  page_numSpaceSplit: {
    en: 'spaces inside "$1": two numbers, or a thousands group this page\'s number format does not use',
    zh_CN: '“$1”中间有空格：可能是两个数字，或是本页数字格式不使用的千位分隔',
  },
  page_numTooManyDigits: { en: 'number has too many digits', zh_CN: '数字位数过多' },
  page_numNoValue: { en: 'no value shown', zh_CN: '未显示数值' },
  page_numTooLong: { en: 'text too long to be a number', zh_CN: '文本过长，不可能是数字' },
  page_numPlaceholder: { en: 'the page shows "$1"', zh_CN: '页面显示“$1”', description: '$1: a placeholder the page shows instead of a value ("--", "N/A").' },
  page_numNotANumber: { en: 'not a number: "$1"', zh_CN: '不是数字：“$1”' },
  page_numTwoSigns: { en: 'two signs in "$1"', zh_CN: '“$1”中有两个正负号' },
  page_numTwoUnits: { en: 'two units in "$1"', zh_CN: '“$1”中有两个单位' },
  page_numAbbreviated: { en: 'abbreviated number "$1"', zh_CN: '缩写的数字：“$1”' },
  page_numNotPlain: { en: 'not a plain number: "$1"', zh_CN: '不是普通数字：“$1”' },

  // A number read for a field.
  page_unexpectedPercent: { en: 'unexpected "%"', zh_CN: '不应有“%”' },
  page_expectedPercent: { en: 'expected a percentage', zh_CN: '应为百分比' },
  page_unexpectedUnit: { en: 'unexpected unit "$1"', zh_CN: '单位“$1”不符' },
  page_mustBePositive: { en: 'must be above zero, page shows $1', zh_CN: '应大于零，页面显示 $1' },
  page_mustNotBeNegative: { en: 'must not be negative, page shows $1', zh_CN: '不应为负数，页面显示 $1' },
  page_shownAsPercent: { en: 'shown as a percentage', zh_CN: '以百分比显示' },
  page_twoUnitsShown: { en: 'two different units shown', zh_CN: '显示了两个不同的单位' },
  page_zero: { en: 'zero', zh_CN: '为零' },
  page_noUnitBesideSize: { en: 'no unit shown beside the size', zh_CN: '数量旁未显示单位' },
  page_assetsUnknown: { en: 'cannot tell the assets of $1', zh_CN: '无法判断 $1 的基础资产和计价资产' },
  page_unitNeither: { en: 'unit "$1" is neither $2 nor $3', zh_CN: '单位“$1”既不是 $2 也不是 $3' },
  page_nothingTyped: { en: 'nothing typed', zh_CN: '未输入' },
  page_notSetWithOrder: { en: 'not set with this order', zh_CN: '此订单未设置' },

  // The order form.
  page_orderTypeBoth: { en: 'order type: both Limit and Market look selected', zh_CN: '订单类型：限价和市价似乎同时被选中' },
  page_orderTypeOther: { en: 'order type "$1" is not read; only Limit and Market are', zh_CN: '订单类型“$1”不予读取；仅支持限价和市价' },
  page_orderTypeNone: { en: 'order type: no selected Limit or Market tab found', zh_CN: '订单类型：未找到已选中的限价或市价标签' },
  page_marginModeNotInForm: { en: 'margin mode: not found in the order form', zh_CN: '保证金模式：下单面板中未找到' },
  page_leverageNotInForm: { en: 'leverage: not found in the order form', zh_CN: '杠杆：下单面板中未找到' },
  page_positionModeStray: {
    en: 'position mode: Open/Close shown, but not as the known position-mode tabs',
    zh_CN: '持仓模式：页面显示了开仓/平仓，但不是已知的持仓模式标签',
  },
  page_positionModeOnlyOpen: { en: 'position mode: only the Open tab is shown', zh_CN: '持仓模式：只显示了开仓标签' },
  page_positionModeOnlyClose: { en: 'position mode: only the Close tab is shown', zh_CN: '持仓模式：只显示了平仓标签' },
  page_noPretradeLiqOnVenue: {
    en: "this venue's order form shows no pre-trade liquidation price",
    zh_CN: '该交易所的下单面板不显示下单前的预估强平价格',
  },
  page_noPretradeLiq: { en: 'the page shows no pre-trade liquidation price', zh_CN: '页面未显示下单前的预估强平价格' },
  page_pretradeLiqRows: {
    en: 'expected two pre-trade liquidation rows (long, short), found $1',
    zh_CN: '应有两行下单前预估强平价格（做多、做空），实际找到 $1 行',
  },
  page_sizeNoSwitch: { en: 'size: the "order by" switch was not found', zh_CN: '数量：未找到“下单方式”切换' },
  page_sizeSwitchUnknown: { en: 'size: order by "$1" is not understood', zh_CN: '数量：无法识别下单方式“$1”' },
  page_sizeNoField: { en: 'size: no size field found', zh_CN: '数量：未找到数量输入框' },
  page_sizeNoUnit: { en: 'size: no unit shown beside the size field', zh_CN: '数量：数量输入框旁未显示单位' },
  page_sizeNegative: { en: 'size: negative', zh_CN: '数量：为负数' },
  page_sizeCostNotQuote: { en: 'size: by Cost, but the unit is not the quote asset', zh_CN: '数量：按成本下单，但单位不是计价资产' },
  page_sizeValueNotQuote: { en: 'size: by Value, but the unit is not the quote asset', zh_CN: '数量：按价值下单，但单位不是计价资产' },
  page_sizeQtyIsQuote: { en: 'size: by Qty, but the unit is the quote asset', zh_CN: '数量：按数量下单，但单位是计价资产' },
  page_marketNoPrice: { en: 'market order: no limit price', zh_CN: '市价单：没有限价' },
  page_priceNoField: { en: 'price: no price field found', zh_CN: '价格：未找到价格输入框' },
  page_urlNamesNoCoin: { en: 'order form: the URL names no coin', zh_CN: '下单表单：网址中没有币种' },

  // The price header and the account panel.
  page_markNoHeader: { en: 'mark price: the price header was not found', zh_CN: '标记价格：未找到价格栏' },
  page_markNoLabel: { en: 'mark price: no "Mark" label in the price header', zh_CN: '标记价格：价格栏中没有“标记价格”标签' },
  page_fundingNotShown: { en: 'funding rate: not shown in the price header', zh_CN: '资金费率：价格栏中未显示' },
  page_notInAccount: { en: 'not shown in the account panel', zh_CN: '账户面板中未显示' },

  // The positions panel. $1 where given: a column as the page labels it.
  page_countNoNumber: { en: 'positions count: the tab shows no count', zh_CN: '持仓数量：标签未显示数量' },
  page_countNoTab: { en: 'positions count: no positions tab found', zh_CN: '持仓数量：未找到持仓标签' },
  page_sideSignVsPnl: { en: 'side: the sign of Size and the sign of PNL disagree', zh_CN: '方向：数量的正负号与盈亏的正负号不一致' },
  page_sideCellVsPnl: { en: "side: the $1 cell's side and the sign of PNL disagree", zh_CN: '方向：$1 单元格显示的方向与盈亏的正负号不一致' },
  page_colNotOnVenue: { en: "not shown on this venue's positions panel", zh_CN: '该交易所的持仓面板不显示此项' },
  page_colDuplicated: { en: 'more than one column has this header', zh_CN: '有多列使用此表头' },
  page_colMissing: { en: 'no such column on the page', zh_CN: '页面上没有此列' },
  page_colNoCell: { en: 'the row has no cell for this column', zh_CN: '该行没有此列的单元格' },
  page_unitNeedsSymbol: { en: 'the symbol cell was not understood, so the unit cannot be told', zh_CN: '无法识别合约单元格，因此无法判断单位' },
  page_sideNoSignCheck: { en: 'side: no $1 column to check the sign of Size against', zh_CN: '方向：没有 $1 列可用来核对数量的正负号' },
  page_sideNoColourCheck: { en: 'side: no $1 column to check the long/short colour against', zh_CN: '方向：没有 $1 列可用来核对多空颜色' },
  page_sideSizeUnreadable: { en: 'side: size unreadable, and the side is read from its sign', zh_CN: '方向：无法读取数量，而方向要从其正负号读取' },
  page_sideSizeZero: { en: 'side: size is zero', zh_CN: '方向：数量为零' },
  page_sideNoWord: { en: 'side: no Long/Short word in the $1 cell', zh_CN: '方向：$1 单元格中没有做多/做空字样' },
  page_sideNoColour: { en: 'side: no long/short colour in the $1 cell', zh_CN: '方向：$1 单元格中没有多空颜色' },
  page_sideBoth: { en: 'side: the $1 cell is marked both long and short', zh_CN: '方向：$1 单元格同时标为做多和做空' },
  page_sideNegativeLong: { en: 'side: a negative Size on a row marked long', zh_CN: '方向：标为做多的行中数量为负' },
  page_sideLongLiqAbove: { en: 'side: Size shows no sign, yet the liquidation price is above the mark, as for a short', zh_CN: '方向：数量没有正负号，但强平价格高于标记价格，像是空仓' },
  page_sideUnsignedUnconfirmed: {
    en: 'side: Size shows no sign, and neither PNL nor the liquidation price confirms a long',
    zh_CN: '方向：数量没有正负号，盈亏和强平价格也都无法确认是做多',
  },
  page_notInCell: { en: 'not shown in the $1 cell', zh_CN: '$1 单元格中未显示' },
  page_sizeDuplicateLong: { en: 'Size: $1 long is shown in more than one row', zh_CN: '数量：$1 多仓出现在多行中', description: '$1: symbol.' },
  page_sizeDuplicateShort: { en: 'Size: $1 short is shown in more than one row', zh_CN: '数量：$1 空仓出现在多行中', description: '$1: symbol.' },
  page_marginModeNotInSymbol: { en: 'margin mode: not shown in the symbol cell', zh_CN: '保证金模式：合约单元格中未显示' },
  page_leverageNotInSymbol: { en: 'leverage: not shown in the symbol cell', zh_CN: '杠杆：合约单元格中未显示' },
  page_symbolCellEmpty: { en: 'symbol cell is empty', zh_CN: '合约单元格为空' },
  page_symbolCellUnknown: { en: 'symbol cell not understood', zh_CN: '无法识别合约单元格' },
  page_rowUnidentified: {
    en: 'the position in the row "$1" could not be identified',
    zh_CN: '无法识别“$1”这一行的仓位',
    description: "$1: the row's symbol cell as the page shows it.",
  },
  page_rowHidden: {
    en: 'the page holds a position in a row it does not show ("$1")',
    zh_CN: '页面中有一行仓位未显示（“$1”）',
    description: "$1: the hidden row's symbol.",
  },
  page_rowCellsVsHeaders: {
    en: 'the row has $1 cells for $2 column headers, so its figures may sit under the wrong columns',
    zh_CN: '该行有 $1 个单元格，而表头有 $2 列，数值可能对错了列',
  },
} satisfies Messages;
