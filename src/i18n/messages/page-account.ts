// Strings of the Hyperliquid page matched to a watched address (issue 19), in every locale. Key
// prefix: pageAccount_. The worker says them in the badge's assumptions and reasons.
import type { Messages } from '../message';

const m = (en: string, zh_CN: string, description: string) => ({ en, zh_CN, description });

export const pageAccountMessages = {
  pageAccount_exact: m(
    "exact inputs from Hyperliquid's API for $1, as of $2 UTC (the page's mark for the price)",
    '精确输入取自 Hyperliquid API（地址 $1，时间 $2 UTC；价格用页面的标记价格）',
    'Assumption line: $1 short address, $2 time HH:MM:SS.',
  ),
  pageAccount_apiFigure: m(
    "Hyperliquid's figure $1 is from its API (the page's Liq. Price could not be read)",
    'Hyperliquid 的强平价格 $1 取自其 API（页面的强平价格无法读取）',
    '$1: price or "none".',
  ),
  pageAccount_ambiguous: m(
    "$1 watched addresses fit the page's account $2: the page's own figures are used",
    '$1 个关注的地址都符合页面账户 $2：使用页面自身的数字',
    '$1: count; $2: the shortened address as shown.',
  ),
  pageAccount_notRead: m(
    "the page's account $1 is watched but not yet read from the API: the page's own figures are used",
    '页面账户 $1 已关注，但尚未从 API 读取：使用页面自身的数字',
    '$1: short address.',
  ),
  pageAccount_stale: m(
    "the API state of $1 is from $2 UTC, older than $3 minutes: the page's own figures are used",
    '$1 的 API 状态来自 $2 UTC，超过 $3 分钟：使用页面自身的数字',
    '$1: short address; $2: time; $3: minutes.',
  ),
  pageAccount_disagrees: m(
    "Hyperliquid's API (as of $1 UTC) disagrees with the page: $2. The page's own figures are used.",
    'Hyperliquid API（$1 UTC）与页面不一致：$2。使用页面自身的数字。',
    '$1: time; $2: what differs.',
  ),
  pageAccount_coinMissing: m('the page shows $1, which the API does not list', '页面显示 $1，API 中没有', '$1: coin.'),
  pageAccount_rowUnknown: m('the row "$1" names no coin to compare', '行 "$1" 无法对应到币种', '$1: the cell as shown.'),
  pageAccount_sizeUnread: m("$1: the page's size could not be read to compare", '$1：无法读取页面的数量以作比较', '$1: coin.'),
  pageAccount_sizeDiffers: m('$1: the page shows size $2, the API $3', '$1：页面数量为 $2，API 为 $3', '$1: coin; $2, $3: signed sizes.'),
  pageAccount_countDiffers: m('the page counts $1 positions, the API $2', '页面有 $1 个仓位，API 有 $2 个', '$1, $2: counts.'),
} satisfies Messages;
