// Binance USDⓈ-M perpetual futures, https://www.binance.com/<locale>/futures/<SYMBOL>.
// Hooks come from docs/pages.md §2.1: named grid areas, input id prefixes, data-testid,
// data-bn-type and title attributes, label texts. Never hashed css-xxxxxx classes.
// Marked [unverified] where the reference has no evidence and the fixture is our best model.
import type { SiteAdapter } from '../../sites/types';
import { binanceUsdmVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { binanceLanguages } from './languages';

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
    // [unverified] the ticker strip as a named grid area, like orderForm.
    roots: ['div[name="header"]', 'div[name="tickerdata"]', 'div[name="subHeader"]'],
    markPrice: { en: ['Mark', 'Mark Price'], 'zh-CN': ['标记价格'] },
  },
  order: {
    roots: ['div[name="orderForm"]', 'div[name="orderform"]'],
    tabs: { all: '[id^="tab-"]', limit: '#tab-LIMIT', market: '#tab-MARKET', activeMarker: '.active' },
    priceInput: 'input[id^="limitPrice"]',
    sizeInput: 'input[id^="unitAmount"], input[name="unitAmount"]',
    sizeUnit: '[data-testid="unit-select-button"]',
    marginAndLeverage: '.margin-leverage-or-title-row a[data-bn-type="text"], .margin-leverage-or-title-row button',
    // [unverified] hedge mode's Open / Close tabs.
    positionModeTabs: { candidates: '[role="tab"]', open: { en: ['Open'], 'zh-CN': ['开仓'] }, close: { en: ['Close'], 'zh-CN': ['平仓'] } },
    // [unverified] one row per side under Buy/Long and Sell/Short.
    liquidationLabels: { en: ['Liq. Price', 'Liq Price', 'Est. Liq. Price'], 'zh-CN': ['强平价格', '预估强平价'] },
  },
  positions: {
    // [unverified] the positions area; rows use react-virtualized's ARIA roles (role="row"/"columnheader").
    roots: ['div[name="positions"]', 'div[name="position"]'],
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions', 'Position'], 'zh-CN': ['仓位', '持有仓位'] } },
    headerCells: '[role="columnheader"], thead th',
    rows: '[role="row"], tbody tr',
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
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const binanceUsdm: SiteAdapter = withLanguages(binanceUsdmPage, binanceLanguages);
