// Strings of the Hyperliquid watch list (options, popup, worker), in every locale. Key prefix: watch_.
import type { Messages } from '../message';

const m = (en: string, zh_CN: string, description: string) => ({ en, zh_CN, description });

export const watchMessages = {
  watch_section: m('Hyperliquid accounts', 'Hyperliquid 账户', 'Options section heading.'),
  watch_label: m('Addresses to watch (one per line)', '关注的地址（每行一个）', 'Textarea label.'),
  watch_hint: m(
    'Liqcheck sends each address, and nothing else, to api.hyperliquid.xyz once a minute to read its open positions: the same request the Hyperliquid page itself sends. Kept in this browser only (never synced).',
    'Liqcheck 每分钟把每个地址（仅地址本身）发送到 api.hyperliquid.xyz 读取其持仓：与 Hyperliquid 页面自己发送的请求相同。只保存在本浏览器中（从不同步）。',
    'Privacy hint under the textarea.',
  ),
  watch_save: m('Save addresses', '保存地址', 'Button.'),
  watch_saved: m('Saved: $1 addresses', '已保存：$1 个地址', '$1: count.'),
  watch_saveFailed: m('Could not save: $1', '无法保存：$1', '$1: error.'),
  watch_badAddress: m('"$1" is not a Hyperliquid address (0x and 40 hex digits). Nothing was saved or sent.', '"$1" 不是 Hyperliquid 地址（0x 加 40 位十六进制）。未保存，也未发送。', '$1: the entry.'),
  watch_tooMany: m('At most $1 addresses. Nothing was saved or sent.', '最多 $1 个地址。未保存，也未发送。', '$1: the limit.'),
  watch_heading: m('Watched Hyperliquid accounts', '关注的 Hyperliquid 账户', 'Popup section heading.'),
  watch_noState: m('$1: not read yet', '$1：尚未读取', '$1: short address.'),
  watch_noPositions: m('$1: no open positions', '$1：无持仓', '$1: short address.'),
  watch_age: m('$1: as of $2', '$1：截至 $2', '$1: short address, $2: time of the state.'),
  watch_kept: m('Kept from $1; the last request ($2) failed: $3', '保留 $1 的数据；最近一次请求（$2）失败：$3', '$1, $2: times, $3: reason.'),
  watch_failedNoState: m('$1: could not be read ($2): $3', '$1：无法读取（$2）：$3', '$1: short address, $2: time, $3: reason.'),
  watch_colCoin: m('Coin', '币种', 'Column.'),
  watch_colSide: m('Side', '方向', 'Column.'),
  watch_colSize: m('Size', '数量', 'Column.'),
  watch_colLiqcheck: m('Liqcheck', 'Liqcheck', 'Column: our estimate.'),
  watch_colHyperliquid: m('Hyperliquid', 'Hyperliquid', "Column: the venue's figure."),
  watch_colVerdict: m('Verdict', '结论', 'Column.'),
  watch_long: m('long', '多', 'Side.'),
  watch_short: m('short', '空', 'Side.'),
  watch_none: m('none', '无', 'No liquidation price.'),
  watch_agrees: m('agrees', '一致', 'Verdict.'),
  watch_differs: m('differs by $1 %', '相差 $1 %', '$1: percent.'),
  watch_differsNoPercent: m('differs', '不一致', 'Verdict without a percent.'),
  watch_cannotVerify: m('cannot verify: $1', '无法核实：$1', '$1: what is missing.'),
  watch_rateLimited: m('api.hyperliquid.xyz asked to slow down (HTTP 429); next request after $1', 'api.hyperliquid.xyz 要求放慢（HTTP 429）；下次请求在 $1 之后', '$1: time.'),
  watch_absurd: m('the answer was refused: $1', '回答被拒绝：$1', '$1: why.'),
  watch_noTable: m('no margin table for $1 yet', '尚无 $1 的保证金档位表', '$1: coin.'),
  watch_tableStale: m("the margin table for $1 says $2x, the account says $3x", '$1 的保证金档位表为 $2 倍，账户显示 $3 倍', '$1 coin, $2 and $3 max leverages.'),
  watch_noCrossMm: m("the answer has no cross maintenance margin to check the account against", '回答中没有全仓维持保证金，无法核对账户', 'Reason.'),
  watch_crossMmDiffers: m(
    "the cross maintenance margin Hyperliquid reports ($1) is not the one of these positions ($2): spot balances (a unified or portfolio-margin account) or positions Liqcheck can't see",
    'Hyperliquid 报告的全仓维持保证金（$1）与这些仓位的（$2）不符：可能是现货余额（统一或组合保证金账户）或 Liqcheck 看不到的仓位',
    '$1, $2: amounts.',
  ),
  watch_modelRefused: m('the model refused the inputs: $1', '模型拒绝了输入：$1', '$1: why.'),
} satisfies Messages;
