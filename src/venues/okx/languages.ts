// OKX trade-swap page texts in languages other than English, keyed by the adapter's English label text
// (src/sites/with-languages.ts adds them to every Labels list holding that text).
//
// zh-hans: OKX's article "OKX怎么找到现在持有的仓位" (2023-09-06, as republished on a mirror of
// okx.com's learn pages; address not recorded): on the web page's 【仓位】 list the fields are
// 开仓均价, 预估强平价格, 初始保证金, 标记价格, and the 逐仓/全仓 filter.
//
// ko: mop824/okx-hotkey, written against OKX's Korean page (commits 9854e0b and f6ae4c0, 2026-04-09):
// the position-mode buttons of one-way mode match /^(Buy|매수|Long|…)$/ and /^(Sell|매도|Short|…)$/
// (content/main.js). One-way mode's Buy / Sell tabs: docs/real-pages.md §5.
//
// Missing: zh-hant, ja, ru, es, pt, tr, vi, and every ko label beyond Buy / Sell; no source found.
import type { LanguageDictionary } from '../../sites/with-languages';

export const okxLanguages: LanguageDictionary = {
  'Est. liq. price': { 'zh-hans': ['预估强平价格'] },
  Buy: { ko: ['매수'] },
  Sell: { ko: ['매도'] },
};
