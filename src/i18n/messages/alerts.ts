// Strings of the alerts, in every locale. Key prefix: alerts_. $1..$9 are substitutions (t(key, a, b)).
import type { Messages } from '../message';

export const alertsMessages = {
  alerts_title: {
    en: 'Liqcheck: $1 $2 near liquidation',
    zh_CN: 'Liqcheck：$1 $2 接近强平',
    description: 'Notification title. $1: symbol (BTCUSDT), $2: side (long/short, alerts_sideLong/Short).',
  },
  alerts_messageWithMark: {
    en: "Mark $1 is $2 % from Liqcheck's liquidation price $3.",
    zh_CN: '标记价格 $1 距 Liqcheck 估算的强平价格 $3 仅 $2%。',
    description: 'Notification body. $1: mark price, $2: distance in percent, $3: liquidation price.',
  },
  alerts_message: {
    en: "The mark is $1 % from Liqcheck's liquidation price.",
    zh_CN: '标记价格距 Liqcheck 估算的强平价格仅 $1%。',
    description: 'Notification body when the prices cannot be shown. $1: distance in percent.',
  },
  alerts_messageExchangeNearer: {
    en: "Mark $1 is $2 % from the exchange's liquidation price $3, nearer than Liqcheck's $4.",
    zh_CN: '标记价格 $1 距交易所显示的强平价格 $3 仅 $2%，比 Liqcheck 估算的 $4 更近。',
    description: "Notification body when the exchange's figure is nearer. $1: mark, $2: distance in percent, $3: the exchange's liquidation price, $4: Liqcheck's.",
  },
  alerts_messageExchangeOnly: {
    en: "Mark $1 is $2 % from the exchange's liquidation price $3. Liqcheck cannot verify this position: $4",
    zh_CN: '标记价格 $1 距交易所显示的强平价格 $3 仅 $2%。Liqcheck 无法核实此仓位：$4',
    description: "Notification body when Liqcheck has no estimate: the exchange's figure alone. $1: mark, $2: distance in percent, $3: the exchange's liquidation price, $4: why Liqcheck cannot verify.",
  },
  alerts_sideLong: { en: 'long', zh_CN: '多仓', description: 'A long position, in the notification title.' },
  alerts_sideShort: { en: 'short', zh_CN: '空仓', description: 'A short position, in the notification title.' },
  alerts_badgeTitle: {
    en: 'Liqcheck: positions near liquidation on this tab: $1; the closest is $2 % from its liquidation price',
    zh_CN: 'Liqcheck：本页接近强平的仓位数：$1；最近的距其强平价格 $2%',
    description: 'Toolbar button tooltip while alerts are on. $1: count, $2: smallest distance in percent.',
  },
} satisfies Messages;
