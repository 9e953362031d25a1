// Strings of the market data (src/market-data): why a fetched or pasted tier table was not
// used. Shown inside the worker's table notes (worker_refreshRejected, worker_noTableBecause) and
// the popup's pasted-table problem. Key prefix: market_. $1..$9 are substitutions (t(key, a, b)).
// Hosts, HTTP codes and the venues' own field names stay as they are.
import type { Messages } from '../message';

export const marketMessages = {
  // Fetching. $1: the host asked.
  market_httpStatus: { en: '$1 answered HTTP $2', zh_CN: '$1 返回 HTTP $2' },
  market_tooLargeDeclared: { en: '$1 sent $2, more than the $3 allowed', zh_CN: '$1 发送了 $2，超过允许的 $3' },
  market_tooLarge: { en: '$1 sent more than the $2 allowed', zh_CN: '$1 发送的数据超过允许的 $2' },
  market_empty: { en: '$1 sent an empty answer', zh_CN: '$1 返回了空响应' },
  market_notJson: { en: '$1 sent something that is not JSON (cut short?)', zh_CN: '$1 返回的内容不是 JSON（可能被截断？）' },
  market_timeout: { en: '$1 did not answer within $2 s', zh_CN: '$1 未在 $2 秒内响应' },
  market_unreachable: { en: '$1 could not be reached', zh_CN: '无法连接 $1' },
  market_notRequestedBudget: {
    en: 'not requested: $1 new symbols of this venue were asked for in the last $2 minutes',
    zh_CN: '未请求：过去 $2 分钟内已请求该交易所 $1 个新交易对',
    description: 'The worker caps new symbols per venue, so a page that keeps changing a symbol cannot cause a request per variant.',
  },
  market_unexpectedAnswer: { en: '$1 sent an unexpected answer: $2', zh_CN: '$1 返回了意外的响应：$2', description: "$2: what was wrong, naming the venue's own fields." },
  market_tableFailsCheck: { en: '$1 sent a table that fails a check: $2', zh_CN: '$1 返回的档位表未通过检查：$2', description: '$2: a market_* check below.' },

  // Checking a tier table. $1: a tier's number, counted from 1.
  market_listMissing: { en: 'the tier list is missing', zh_CN: '缺少档位列表' },
  market_listEmpty: { en: 'the tier list is empty', zh_CN: '档位列表为空' },
  market_tooManyTiers: { en: '$1 tiers is more than any venue has', zh_CN: '$1 个档位，超过任何交易所的档位数' },
  market_notATier: { en: 'tier $1 is not a tier', zh_CN: '第 $1 档不是档位' },
  market_tierFloor: { en: 'tier $1 floor', zh_CN: '第 $1 档的下限' },
  market_tierRate: { en: 'tier $1 maintenance margin rate', zh_CN: '第 $1 档的维持保证金率' },
  market_tierCap: { en: 'tier $1 cap', zh_CN: '第 $1 档的上限' },
  market_tierAmount: { en: 'tier $1 maintenance amount', zh_CN: '第 $1 档的维持保证金速算额' },
  market_tierLeverage: { en: 'tier $1 max leverage', zh_CN: '第 $1 档的最高杠杆' },
  market_notDecimal: { en: '$1 is not a decimal number', zh_CN: '$1不是小数', description: '$1: one of the market_tier* names.' },
  market_outOfRange: { en: '$1 is out of range', zh_CN: '$1超出范围', description: '$1: one of the market_tier* names.' },
  market_rateNotFraction: {
    en: 'tier $1 maintenance margin rate $2 is not in [$3, $4]',
    zh_CN: '第 $1 档的维持保证金率 $2 不在 [$3, $4] 区间内',
    description: '$3, $4: the lowest and highest rate any venue publishes, as fractions (0.001, 0.75).',
  },
  market_firstFloorNotZero: { en: 'tier 1 starts at $1, not at 0', zh_CN: '第 1 档从 $1 开始，而不是从 0 开始' },
  market_capNotAboveFloor: { en: 'tier $1 cap is not above its floor', zh_CN: '第 $1 档的上限不高于其下限' },
  market_leverageAbsurd: { en: 'tier $1 max leverage $2 is absurd', zh_CN: '第 $1 档的最高杠杆 $2 不合理' },
  market_rateAboveInitial: {
    en: 'tier $1 maintenance margin rate $2 is not below 1 / max leverage (a percent instead of a fraction?)',
    zh_CN: '第 $1 档的维持保证金率 $2 不低于 1 / 最高杠杆（是否把百分比当成了小数？）',
  },
  market_floorsNotAscending: { en: 'floors are not ascending at tier $1', zh_CN: '下限在第 $1 档处未递增' },
  market_tiersOverlap: { en: 'tier $1 overlaps tier $2', zh_CN: '第 $1 档与第 $2 档重叠' },
  market_capNotNextFloor: { en: 'tier $1 cap is not tier $2 floor', zh_CN: '第 $1 档的上限不等于第 $2 档的下限' },
  market_rateFalls: { en: 'maintenance margin rate falls at tier $1', zh_CN: '维持保证金率在第 $1 档下降' },
  market_leverageRises: { en: 'max leverage rises at tier $1', zh_CN: '最高杠杆在第 $1 档上升' },
  market_firstAmountNotZero: { en: 'tier 1 maintenance amount is not 0', zh_CN: '第 1 档的维持保证金速算额不为 0' },
  market_amountBreaksRule: {
    en: 'tier $1 maintenance amount $2 breaks the deduction rule (expected $3)',
    zh_CN: '第 $1 档的维持保证金速算额 $2 不符合速算扣除规则（应为 $3）',
  },
  market_amountsMixed: { en: 'some tiers have a maintenance amount and some do not', zh_CN: '部分档位有维持保证金速算额，部分没有' },
  // Contract terms (check-contract-terms.ts). $1: market_contractValue or market_contractSize.
  market_contractValue: { en: 'the contract value', zh_CN: '合约面值' },
  market_contractSize: { en: 'the contract size', zh_CN: '合约乘数' },
  market_contractTermNotDecimal: { en: '$1 is not a positive decimal number', zh_CN: '$1不是正小数' },
  market_contractTermDiffers: {
    en: '$1 $2 differs from the $3 the extension ships with',
    zh_CN: '$1 $2 与扩展内置的 $3 不同',
    description: '$2: the fetched value; $3: the bundled value for the same instrument.',
  },
  market_contractTermMissing: { en: '$1 is missing (the extension ships $2)', zh_CN: '缺少$1（扩展内置值为 $2）' },
} satisfies Messages;
