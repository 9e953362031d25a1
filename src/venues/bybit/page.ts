// Bybit perpetuals, Unified Trading Account era: https://www.bybit.com/trade/usdt/<SYMBOL> (linear) and
// /trade/inverse/<SYMBOL> (inverse, sizes in USD contracts), with an optional locale prefix (/en/, /zh-CN/).
// Hooks from docs/pages.md §2.2: BEM-style oc__/by- classes, .contract-detail, .trade-assets__body,
// a real <table> for positions whose columns users hide and reorder (so read by header text).
// Marked [unverified] where the reference has no evidence and the fixture is our best model.
import type { PageInfo, SiteAdapter } from '../../sites/types';
import { decodedSegment } from '../../sites/url-segment';
import { bybitVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { bybitLanguages } from './languages';
import { bybitAccountModeTexts } from './account-modes';

const LOCALE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;
const LINEAR = /^[A-Z0-9]{1,20}(?:USDT)$/;
const INVERSE = /^[A-Z0-9]{1,20}USD$/;

function page(url: URL): PageInfo | null {
  if (url.protocol !== 'https:' || url.hostname !== 'www.bybit.com') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const locale = segments.length === 4 && LOCALE.test(segments[0]!) ? segments.shift()! : '';
  if (segments.length !== 3 || segments[0] !== 'trade') return null;
  const symbol = decodedSegment(segments[2]!)?.toUpperCase() ?? '';
  if (segments[1] === 'usdt' && LINEAR.test(symbol)) return { symbol, locale, contract: 'linear' };
  if (segments[1] === 'inverse' && INVERSE.test(symbol)) return { symbol, locale, contract: 'inverse' };
  return null;
}

const bybitPage: SiteAdapter = {
  venue: 'bybit',
  matches: bybitVenue.pageMatches,
  page,
  quoteAssets: ['USDT', 'USDC', 'USD'],
  // Bybit writes numbers the English way in these locales ("51,000.0"; [unverified] for zh: no capture
  // or peer code shows a zh page's numbers). Other locales (ru-RU, ja-JP, es, …) are left out for want of
  // evidence, so an ambiguous "1,234" there is refused.
  decimalSeparator: { '': '.', en: '.', 'zh-CN': '.', 'zh-TW': '.' },
  words: {
    isolated: { en: ['Isolated'], 'zh-CN': ['逐仓'] },
    cross: { en: ['Cross'], 'zh-CN': ['全仓'] },
  },
  // Inverse Qty is a USD amount, which is a count of 1-USD contracts.
  quoteSizeIsContracts: 'inverse',
  market: {
    // .contract-detail with "Mark Price" (mmintel/chrome-bybit-extension, 2022 only); else the label
    // anywhere outside the form and the positions panel.
    roots: ['.contract-detail'],
    // [unverified] the short "Mark" of a compact header, as on Binance's and Hyperliquid's strips.
    markPrice: { en: ['Mark Price', 'Mark'], 'zh-CN': ['标记价格'] },
    fundingRate: { en: ['Funding Rate', 'Funding Rate / Countdown'], 'zh-CN': ['资金费率', '资金费率/倒计时'] },
  },
  order: {
    // [unverified] .oc, .trade-order-zone: no real source; the form is also found by its inputs.
    roots: ['.oc', '.trade-order-zone'],
    // [unverified] tabs as role="tab"; read by their labels.
    tabs: { all: '[role="tab"]', limitLabels: { en: ['Limit'], 'zh-CN': ['限价'] }, marketLabels: { en: ['Market'], 'zh-CN': ['市价'] }, activeMarker: '.is-active' },
    // Inputs are input.by-input__inner inside .by-input__container (grid-bot extension, undated); told
    // apart by their labels, as the 2026 script could only tell them by position.
    price: { hooks: [], labels: { en: ['Order Price', 'Price'], 'zh-CN': ['委托价格', '价格'] } },
    size: { hooks: [], labels: { en: ['Qty', 'Quantity', 'Order Qty'], 'zh-CN': ['数量'] } },
    // "Order by" Qty / Cost / Value in .by-popover__el (mmintel/chrome-bybit-extension, 2022).
    sizeMode: {
      selector: '.by-popover__el',
      quantity: { en: ['Qty', 'Quantity'], 'zh-CN': ['数量'] },
      cost: { en: ['Cost'], 'zh-CN': ['成本'] },
      value: { en: ['Value'], 'zh-CN': ['价值'] },
    },
    defaultSizeUnit: { inverse: 'contracts' },
    // .oc-head-leverage (Greasyfork auto-trade script, 2026-01-01); .oc-head-margin-mode [unverified].
    marginAndLeverage: '.oc-head-margin-mode, .oc-head-leverage',
    // [unverified] hedge mode shows Open / Close tabs above the form; read by label.
    positionModeTabs: { candidates: '[role="tab"]', open: { en: ['Open'], 'zh-CN': ['开仓'] }, close: { en: ['Close'], 'zh-CN': ['平仓'] } },
    // The order zone shows no pre-trade liquidation price in UTA (§5 open question 2).
    liquidationLabels: {},
    // The "TP/SL" checkbox span.oc__tp-sl-chk-text opens a Take Profit and a Stop Loss input, found
    // there only by position (Greasyfork "Bybit URL Parser Auto Trade", 2026-01-01, docs/real-pages.md
    // §4); their labels are [unverified].
    takeProfit: { hooks: [], labels: { en: ['Take Profit', 'TP'], 'zh-CN': ['止盈'] } },
    stopLoss: { hooks: [], labels: { en: ['Stop Loss', 'SL'], 'zh-CN': ['止损'] } },
  },
  positions: {
    // No hints: the positions <table> is found by its header texts, as sammcj/scripts bybit-sort.js
    // does (2025-07-21, docs/real-pages.md §4); rows are its `tbody tr` (virtualised: tr[data-index]).
    // The roots `.trade-positions`, `.position-list` had no evidence.
    // [unverified] the tab texts.
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions'], 'zh-CN': ['仓位'] } },
    openOrdersTab: { en: ['Current Orders', 'Open Orders'], 'zh-CN': ['当前委托'] },
    // [unverified] the empty state's text and the visitor's buttons.
    emptyLabels: { en: ['No positions', 'No open positions'], 'zh-CN': ['暂无仓位', '暂无持仓'] },
    signInLabels: { en: ['Log In', 'Sign Up'], 'zh-CN': ['登录', '注册'] },
    skipRows: '[aria-hidden="true"]',
    columns: {
      // "Contracts" and "Symbol": the header texts bybit-sort.js finds the table by (2025-07-21).
      symbol: { en: ['Contracts', 'Symbol'], 'zh-CN': ['合约'] },
      size: { en: ['Qty'], 'zh-CN': ['数量'] },
      positionValue: { en: ['Value', 'Position Value'], 'zh-CN': ['价值', '仓位价值'] },
      entryPrice: { en: ['Entry Price'], 'zh-CN': ['开仓价格', '开仓均价'] },
      markPrice: { en: ['Mark Price'], 'zh-CN': ['标记价格'] },
      liquidationPrice: { en: ['Liq. Price', 'Est. Liq. Price', 'Est. Liquidation Price'], 'zh-CN': ['强平价格', '预估强平价'] },
      // IM includes the estimated fee to close (§2.2); MM too.
      initialMargin: { en: ['IM', 'Initial Margin'], 'zh-CN': ['起始保证金'] },
      maintenanceMargin: { en: ['MM', 'Maintenance Margin'], 'zh-CN': ['维持保证金'] },
      pnl: { en: ['Unrealized P&L (ROI)', 'Unrealized P&L', 'Unrealized PnL (ROI)'], 'zh-CN': ['未结盈亏（回报率）', '未结盈亏'] },
      // "TP/SL", the eleventh column by default, cells "TP / SL" with "--" for none (sammcj/scripts
      // bybit-sort.js v1.5, 2025-07-21). zh-CN [unverified].
      tpsl: { en: ['TP/SL'], 'zh-CN': ['止盈/止损'] },
    },
    symbolNoise: { en: ['Perp', 'Perpetual'], 'zh-CN': ['永续'] },
    // Qty is green for long, red for short (§2.2) [unverified: the class names].
    side: { from: 'class', column: 'size', long: '.is-buy', short: '.is-sell' },
    // Qty shows no unit: the coin for USDT contracts, USD contracts for inverse (§2.2).
    defaultSizeUnit: { linear: 'base', inverse: 'contracts' },
    reportPnl: true,
    // Liq. price outside the instrument's price range is returned empty and shown "--" (§2.1).
    noLiquidation: ['--'],
  },
  account: {
    roots: ['.trade-assets__body'],
    walletBalance: { en: ['Wallet Balance'], 'zh-CN': ['钱包余额'] },
    equity: { en: ['Margin Balance', 'Equity'], 'zh-CN': ['保证金余额', '权益'] },
    availableBalance: { en: ['Available Balance'], 'zh-CN': ['可用余额'] },
    maintenanceMarginRate: { en: ['Maintenance Margin Rate', 'MM Rate'], 'zh-CN': ['维持保证金率'] },
    modes: bybitAccountModeTexts,
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const bybit: SiteAdapter = withLanguages(bybitPage, bybitLanguages);
