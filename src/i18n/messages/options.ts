// Strings of the options, in every locale. Key prefix: options_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const optionsMessages = {
  options_extName: { en: 'Liqcheck', zh_CN: 'Liqcheck', description: 'The extension name (manifest).' },
  options_extDescription: {
    en: "A second, independent estimate of your liquidation price, right beside the exchange's own figure.",
    zh_CN: '在交易所自己的数字旁，给出您的强平价格的第二个独立估算。',
    description: 'The extension description (manifest), at most 132 characters.',
  },
  options_title: { en: 'Liqcheck settings', zh_CN: 'Liqcheck 设置' },
  options_intro: {
    en: 'Changes are saved as you make them and follow your browser sign-in.',
    zh_CN: '更改会即时保存，并随您的浏览器账户同步。',
  },

  options_sectionWarnings: { en: 'Pre-trade warnings', zh_CN: '下单前警告' },
  options_nearEntryLabel: { en: 'Warn when the liquidation price is within this % of the entry price', zh_CN: '强平价格距开仓价在此百分比以内时警告 (%)' },
  options_highLeverageLabel: { en: 'Warn when the leverage is above', zh_CN: '杠杆高于此倍数时警告' },

  options_sectionAlerts: { en: 'Alerts', zh_CN: '提醒' },
  options_alertsEnabled: { en: 'Notify me when a position nears its liquidation price', zh_CN: '仓位接近强平价格时通知我' },
  options_alertPercentLabel: { en: 'Alert when the mark price is within this % of the liquidation price', zh_CN: '标记价格距强平价格在此百分比以内时提醒 (%)' },
  options_cooldownLabel: { en: 'At most one notification per position every (minutes)', zh_CN: '每个仓位最多每隔多少分钟通知一次' },
  options_cooldownHint: {
    en: 'Sooner if the position gets much closer (by more than half the alert distance).',
    zh_CN: '若仓位进一步大幅接近强平（超过提醒距离的一半），会提前再次通知。',
  },

  options_sectionVenues: { en: 'Exchanges', zh_CN: '交易所' },
  options_venuesHint: {
    en: 'Off: Liqcheck stays inactive on that exchange’s pages. The taker fee is yours (your VIP tier); empty means the exchange’s base rate.',
    zh_CN: '关闭后，Liqcheck 在该交易所页面上不工作。吃单手续费填写您自己的费率（VIP 等级）；留空则使用交易所的基础费率。',
  },
  options_venueOn: { en: 'Check $1', zh_CN: '在 $1 上核算', description: '$1: exchange name.' },
  options_takerFeeLabel: { en: 'Taker fee on $1 (%)', zh_CN: '$1 吃单手续费 (%)', description: '$1: exchange name.' },
  options_takerFeePlaceholder: { en: 'base rate', zh_CN: '基础费率' },
  options_venueBinanceUsdm: { en: 'Binance USDⓈ-M', zh_CN: '币安 U 本位合约' },
  options_venueBinanceCoinm: { en: 'Binance COIN-M', zh_CN: '币安币本位合约' },
  options_venueBybit: { en: 'Bybit', zh_CN: 'Bybit' },
  options_venueOkx: { en: 'OKX', zh_CN: 'OKX' },
  options_venueHyperliquid: { en: 'Hyperliquid', zh_CN: 'Hyperliquid' },
  options_venueBitget: { en: 'Bitget', zh_CN: 'Bitget' },

  options_sectionDisplay: { en: 'Display', zh_CN: '显示' },
  options_privacyMode: { en: 'Privacy mode: hide amounts (sizes, margins, balances, losses); prices stay', zh_CN: '隐私模式：隐藏金额（数量、保证金、余额、亏损），价格仍显示' },
  options_compact: { en: 'Compact view by default (details open on demand)', zh_CN: '默认紧凑视图（需要时再展开详情）' },
  options_themeLabel: { en: 'Theme', zh_CN: '主题' },
  options_themeAuto: { en: 'Follow the system', zh_CN: '跟随系统' },
  options_themeDark: { en: 'Dark', zh_CN: '深色' },
  options_themeLight: { en: 'Light', zh_CN: '浅色' },

  options_saved: { en: 'Saved.', zh_CN: '已保存。' },
  options_notSaved: { en: 'Not saved: fix the highlighted field.', zh_CN: '未保存：请修正标出的字段。' },
  options_saveFailed: { en: 'Could not save: $1', zh_CN: '无法保存：$1', description: '$1: the browser’s error.' },
  options_reset: { en: 'Restore the defaults', zh_CN: '恢复默认设置' },

  options_problemEmpty: { en: 'Enter a number.', zh_CN: '请输入数字。' },
  options_problemNotANumber: { en: 'Not a number: use digits and a point, e.g. $1.', zh_CN: '不是数字：请使用数字和小数点，例如 $1。', description: '$1: an example value.' },
  options_problemNegative: { en: 'Must not be negative.', zh_CN: '不能为负数。' },
  options_problemTooSmall: { en: 'Must be more than $1.', zh_CN: '必须大于 $1。', description: '$1: the smallest value allowed.' },
  options_problemTooSmallOrEqual: { en: 'Must be at least $1.', zh_CN: '不能小于 $1。', description: '$1: the smallest value allowed.' },
  options_problemTooLarge: { en: 'Must be at most $1.', zh_CN: '不能大于 $1。', description: '$1: the largest value allowed.' },
  options_problemTooPrecise: { en: 'At most $1 digits after the point.', zh_CN: '小数点后最多 $1 位。', description: '$1: a count of digits.' },
  options_problemWhole: { en: 'Use a whole number.', zh_CN: '请输入整数。' },
} satisfies Messages;
