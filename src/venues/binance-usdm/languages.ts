// Binance futures page texts in languages other than English, keyed by the adapter's English label
// text (src/sites/with-languages.ts adds them to every Labels list holding that text). COIN-M shares it.
//
// Source of every entry: jackhai9/userscripts, a userscript run against the live zh-CN page whose rules
// require a live DOM check for each selector (snapshot e59d070, 2026-07-28; docs/real-pages.md §3):
// src/binance-orderbook-trade/dom/account-orders.js (the bottom tab group: /(仓位|Positions)/,
// /(当前\s*委托|Open Orders)/), index.user.js (price input aria-label / placeholder "委托价格";
// /(全仓|逐仓|Cross|Isolated)\s*\d{1,3}\s*x/), dom/trade-form.js (开仓 / 平仓 tabs).
//
// Missing, for want of any source showing Binance's futures page in that language: zh-TW (zh-TC),
// ko, ja, ru, es, pt, tr, vi. Binance Square posts and third-party guides name the concepts in those
// languages, but not as the page labels them, so nothing is added for them.
import type { LanguageDictionary } from '../../sites/with-languages';

export const binanceLanguages: LanguageDictionary = {
  // The bottom tab group's "Positions(2)" tab and its neighbour "当前委托(2)".
  Positions: { 'zh-CN': ['仓位'] },
  'Open Orders': { 'zh-CN': ['当前委托'] },
  // The order form's limit price input (aria-label and placeholder).
  Price: { 'zh-CN': ['委托价格'] },
  // The combined margin-mode and leverage button, "全仓 20x".
  Cross: { 'zh-CN': ['全仓'] },
  Isolated: { 'zh-CN': ['逐仓'] },
  // Hedge mode's Open / Close tabs.
  Open: { 'zh-CN': ['开仓'] },
  Close: { 'zh-CN': ['平仓'] },
};
