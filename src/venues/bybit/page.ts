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
    roots: ['.contract-detail'],
    markPrice: { en: ['Mark Price'], 'zh-CN': ['标记价格'] },
    fundingRate: { en: ['Funding Rate', 'Funding Rate / Countdown'], 'zh-CN': ['资金费率', '资金费率/倒计时'] },
  },
  order: {
    // [unverified] the order zone's container; its rows are oc__… (§2.2).
    roots: ['.oc', '.trade-order-zone'],
    // [unverified] tabs as role="tab" with an is-active class.
    tabs: { all: '.oc__order-type [role="tab"]', limitLabels: { en: ['Limit'], 'zh-CN': ['限价'] }, marketLabels: { en: ['Market'], 'zh-CN': ['市价'] }, activeMarker: '.is-active' },
    priceInput: '.oc__price input.by-input__inner',
    sizeInput: '.oc__qty input.by-input__inner',
    sizeUnit: '.oc__qty .by-input__suffix',
    // "Order by" Qty / Cost / Value, in the .by-popover__el switch (§2.2).
    sizeMode: {
      selector: '.oc__qty .by-popover__el',
      quantity: { en: ['Qty', 'Quantity'], 'zh-CN': ['数量'] },
      cost: { en: ['Cost'], 'zh-CN': ['成本'] },
      value: { en: ['Value'], 'zh-CN': ['价值'] },
    },
    defaultSizeUnit: { inverse: 'contracts' },
    marginAndLeverage: '.oc-head-margin-mode, .oc-head-leverage',
    // [unverified] hedge mode shows Open / Close tabs above the form.
    positionModeTabs: { candidates: '.oc__position-tabs [role="tab"]', open: { en: ['Open'], 'zh-CN': ['开仓'] }, close: { en: ['Close'], 'zh-CN': ['平仓'] } },
    // The order zone shows no pre-trade liquidation price in UTA (§5 open question 2).
    liquidationLabels: {},
  },
  positions: {
    roots: ['.trade-positions', '.position-list'],
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions'], 'zh-CN': ['仓位'] } },
    headerCells: 'thead th',
    // Virtualised lists render tr[data-index] (§3).
    rows: 'tbody tr',
    skipRows: '[aria-hidden="true"]',
    columns: {
      symbol: { en: ['Contracts'], 'zh-CN': ['合约'] },
      size: { en: ['Qty'], 'zh-CN': ['数量'] },
      positionValue: { en: ['Value', 'Position Value'], 'zh-CN': ['价值', '仓位价值'] },
      entryPrice: { en: ['Entry Price'], 'zh-CN': ['开仓价格', '开仓均价'] },
      markPrice: { en: ['Mark Price'], 'zh-CN': ['标记价格'] },
      liquidationPrice: { en: ['Liq. Price', 'Est. Liq. Price', 'Est. Liquidation Price'], 'zh-CN': ['强平价格', '预估强平价'] },
      // IM includes the estimated fee to close (§2.2); MM too.
      initialMargin: { en: ['IM', 'Initial Margin'], 'zh-CN': ['起始保证金'] },
      maintenanceMargin: { en: ['MM', 'Maintenance Margin'], 'zh-CN': ['维持保证金'] },
      pnl: { en: ['Unrealized P&L (ROI)', 'Unrealized P&L', 'Unrealized PnL (ROI)'], 'zh-CN': ['未结盈亏（回报率）', '未结盈亏'] },
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
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const bybit: SiteAdapter = withLanguages(bybitPage, bybitLanguages);
