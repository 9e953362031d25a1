// Binance USDⓈ-M perpetual futures, https://www.binance.com/<locale>/futures/<SYMBOL>.
// Hooks come from docs/pages.md §2.1: named grid areas, input id prefixes, data-testid,
// data-bn-type and title attributes, label texts. Never hashed css-xxxxxx classes.
// Marked [unverified] where the reference has no evidence and the fixture is our best model.
import type { SiteAdapter } from '../../sites/types';
import { binanceUsdmVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { binanceLanguages } from './languages';
import { binanceAccountModeTexts } from './account-modes';

const SYMBOL = /^[A-Z0-9]{2,24}(?:_\d{6})?$/;
const QUOTES = ['USDT', 'USDC', 'BUSD'] as const;
// The locale is optional; the symbol is read case-blind (upper-cased), as the venue spells it.
const PATH = /^\/(?:([a-z]{2}(?:-[A-Za-z]{2})?)\/)?futures\/([A-Za-z0-9_]{3,})\/?$/;

const binanceUsdmPage: SiteAdapter = {
  venue: 'binance-usdm',
  matches: binanceUsdmVenue.pageMatches,
  page(url) {
    if (url.protocol !== 'https:' || url.hostname !== 'www.binance.com') return null;
    // ^/(?:[a-z]{2}(?:-[A-Za-z]{2})?/)?futures/([A-Z0-9_]{3,})/?$, confirmed 2026 (jackhai9/userscripts,
    // docs/real-pages.md §3): /en/futures/BTCUSDT, /zh-CN/futures/BTCUSDT, /futures/BTCUSDT, trailing "/".
    const m = PATH.exec(url.pathname);
    if (!m) return null;
    const symbol = m[2]!.toUpperCase();
    if (!SYMBOL.test(symbol) || !QUOTES.some((q) => symbol.split('_')[0]!.endsWith(q) && symbol.split('_')[0] !== q)) return null;
    return { symbol, locale: m[1] ?? '' };
  },
  quoteAssets: QUOTES,
  // Binance writes numbers the English way in these locales: zh-CN, jackhai9/userscripts strips "," as
  // grouping from the page's figures (index.user.js, 2026-07); en: "61,000" and the like in the peers of
  // docs/pages.md. Other locales (ru, pt-BR, tr, vi, …) have no evidence: none assumed, "1,234" refused.
  decimalSeparator: { '': '.', en: '.', 'zh-CN': '.' },
  words: {
    isolated: { en: ['Isolated'], 'zh-CN': ['逐仓'] },
    cross: { en: ['Cross'], 'zh-CN': ['全仓'] },
  },
  market: {
    // [unverified] No real source shows a mark-price label (the 2026 userscript reads #__APP_DATA); the
    // ticker strip as a named grid area like orderForm, else the label anywhere outside the form and positions.
    roots: ['div[name="header"]', 'div[name="tickerdata"]', 'div[name="subHeader"]'],
    markPrice: { en: ['Mark', 'Mark Price'], 'zh-CN': ['标记价格'] },
  },
  order: {
    // div[name="orderForm"] (cypress-automation-binance, 2024-07); the 2026 code finds the form by its inputs.
    roots: ['div[name="orderForm"]'],
    tabs: {
      // [role="tab"][aria-selected][data-tab-key] LIMIT / MARKET (jackhai9/userscripts, 2026-05). The older
      // #tab-LIMIT with an .active child (docs/pages.md §2.1) is doubtful, kept for that layout.
      all: '[role="tab"][data-tab-key], [id^="tab-"]',
      limit: '[data-tab-key="LIMIT"], #tab-LIMIT',
      market: '[data-tab-key="MARKET"], #tab-MARKET',
      limitLabels: { en: ['Limit'], 'zh-CN': ['限价'] },
      marketLabels: { en: ['Market'], 'zh-CN': ['市价'] },
      activeMarker: '.active',
    },
    // input[id^="limitPrice-"], label 委托价格 (jackhai9/userscripts, 2026).
    price: { hooks: ['input[id^="limitPrice-"]'], labels: { en: ['Price'], 'zh-CN': ['价格', '委托价格'] } },
    // input[id^="unitAmount-"] (2026); [name="unitAmount"] (cypress-automation-binance, 2024-07).
    size: { hooks: ['input[id^="unitAmount-"]', 'input[name="unitAmount"]'], labels: { en: ['Size', 'Amount', 'Quantity'], 'zh-CN': ['数量'] } },
    // [unverified] the unit selector beside the size (docs/pages.md §2.1).
    sizeUnit: '[data-testid="unit-select-button"]',
    // One button "Cross 20x" / "全仓 20x" (jackhai9/userscripts, 2026); the default candidates (buttons, links) find it.
    // Open / Close: #position-direction [role="tab"], .bn-tabs__buySell [role="tab"] (jackhai9/userscripts, 2026).
    positionModeTabs: {
      candidates: '#position-direction [role="tab"], .bn-tabs__buySell [role="tab"]',
      open: { en: ['Open'], 'zh-CN': ['开仓'] },
      close: { en: ['Close'], 'zh-CN': ['平仓'] },
    },
    // [unverified] one row per side under Buy/Long and Sell/Short.
    liquidationLabels: { en: ['Liq. Price', 'Liq Price', 'Est. Liq. Price'], 'zh-CN': ['强平价格', '预估强平价'] },
    // The form's "TP/SL" box opens Take Profit / Stop Loss inputs (Binance FAQ "Limit TP/SL Order",
    // https://www.binance.com/en/support/faq/e1ee1738141c49718550fa9061be4bf3, 2020-09-02), with ids
    // beginning takeProfitStopPrice / stopLossStopPrice (jericho1338/binance-position-calculator, 2022,
    // docs/pages.md §2.1); their labels are [unverified].
    takeProfit: { hooks: ['input[id^="takeProfitStopPrice"]'], labels: { en: ['Take Profit', 'TP'], 'zh-CN': ['止盈'] } },
    stopLoss: { hooks: ['input[id^="stopLossStopPrice"]'], labels: { en: ['Stop Loss', 'SL'], 'zh-CN': ['止损'] } },
  },
  positions: {
    // Found by its column headers (src/sites/find-positions.ts). The 2026 page's rows are div lists
    // (`.list-item-container`, cells the shown children of the row body): jackhai9/userscripts, 2026-07
    // (docs/real-pages.md §3); no real source shows ARIA rows or a <table>, nor `div[name="positions"]`.
    // The positions root of 2024: cjkepinsky/cypress-automation-binance positionsTab.ts, 2024-07-25.
    hints: ['[data-testid="positionTableInfo"]'],
    // The bottom tab group: [role="tab"] with aria-controls, "Positions(2)", "当前委托(2)" (jackhai9, 2026-07).
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions', 'Position'], 'zh-CN': ['仓位', '持有仓位'] } },
    // "当前委托" confirmed 2026-07 (jackhai9); the English label [unverified].
    openOrdersTab: { en: ['Open Orders'], 'zh-CN': ['当前委托'] },
    // [unverified] the empty state's text.
    emptyLabels: { en: ['You have no position.', 'No open positions'], 'zh-CN': ['您当前没有仓位', '暂无持仓'] },
    // [unverified] the header's buttons for visitors.
    signInLabels: { en: ['Log In', 'Register', 'Sign Up'], 'zh-CN': ['登录', '注册'] },
    skipRows: '[aria-hidden="true"]',
    columns: {
      symbol: { en: ['Symbol'], 'zh-CN': ['符号', '合约'] },
      size: { en: ['Size'], 'zh-CN': ['数量', '大小'] },
      entryPrice: { en: ['Entry Price'], 'zh-CN': ['开仓价格'] },
      markPrice: { en: ['Mark Price'], 'zh-CN': ['标记价格'] },
      liquidationPrice: { en: ['Liq. Price', 'Liq.Price', 'Est. Liq. Price'], 'zh-CN': ['强平价格'] },
      margin: { en: ['Margin'], 'zh-CN': ['保证金'] },
      marginRatio: { en: ['Margin Ratio'], 'zh-CN': ['保证金比率'] },
      pnl: { en: ['PNL (ROI %)', 'PNL(ROI %)', 'PNL'], 'zh-CN': ['收益额（收益率）', '收益额'] },
      // "TP/SL for position", the last column (Binance's docs and the GenesisVision clone, docs/pages.md
      // §2.1); its cell's "TP / SL" form and the zh-CN header are [unverified].
      tpsl: { en: ['TP/SL for position', 'TP/SL'], 'zh-CN': ['止盈/止损'] },
    },
    symbolNoise: { en: ['Perp', 'Perpetual'], 'zh-CN': ['永续'] },
    // A short's Size is negative.
    side: { from: 'size-sign' },
    // "If the liquidation price is less than 0, the UI display would be '--'" (docs/rules/binance.md §2.1).
    noLiquidation: ['--'],
    // Binance takes unrealized PnL at the mark price: the worker checks it against size, entry and mark.
    reportPnl: true,
  },
  account: {
    // [unverified]
    roots: ['div[name="account"]', 'div[name="assets"]', 'div[name="userinfo"]'],
    walletBalance: { en: ['Wallet Balance'], 'zh-CN': ['钱包余额'] },
    modes: binanceAccountModeTexts,
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const binanceUsdm: SiteAdapter = withLanguages(binanceUsdmPage, binanceLanguages);
