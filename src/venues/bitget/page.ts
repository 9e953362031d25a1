// Bitget USDT-M perpetual futures: https://www.bitget.com/futures/usdt/<SYMBOL>, with an optional locale
// prefix (/zh-CN/). Low confidence (docs/pages.md §2.5): no capture of the trade page exists, so
// this models the help-centre description plainly (margin mode, leverage, price, size in contracts of
// the coin, direction; positions under "Positions"; hedge mode's Open / Close) and EVERY hook below is
// [unverified]. USDC-M and Coin-M live on sibling paths and are not read (the model covers USDT-M).
import type { PageInfo, SiteAdapter } from '../../sites/types';
import { decodedSegment } from '../../sites/url-segment';
import { bitgetVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { bitgetLanguages } from './languages';

// /futures/usdt/BTCUSDT and /en/futures/usdt/BTCUSDT (link builders 2025–26; docs/real-pages.md §7).
// The older /mix/usdt/BTCUSDT_UMCBL links (2022–23 link builders) are not read: no evidence shows that
// page live today, and its "_UMCBL" symbols belong to the retired v1 API.
const LOCALE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;
const SYMBOL = /^[A-Z0-9]{1,20}USDT$/;

function page(url: URL): PageInfo | null {
  if (url.protocol !== 'https:' || url.hostname !== 'www.bitget.com') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const locale = segments.length === 4 && LOCALE.test(segments[0]!) ? segments.shift()! : '';
  if (segments.length !== 3 || segments[0] !== 'futures' || segments[1] !== 'usdt') return null;
  // Symbols are read case-blind: /futures/usdt/btcusdt (lower-case link builders, docs/real-pages.md §7).
  const symbol = decodedSegment(segments[2]!)?.toUpperCase() ?? '';
  return SYMBOL.test(symbol) ? { symbol, locale, contract: 'linear' } : null;
}

const bitgetPage: SiteAdapter = {
  // No real capture of Bitget's trade page exists, nor code that reads it live: every hook below is
  // from the help centre's words, so the overlay marks each reading as unconfirmed.
  unconfirmed: true,
  venue: 'bitget',
  matches: bitgetVenue.pageMatches,
  page,
  quoteAssets: ['USDT'],
  // [unverified] Bitget writes numbers the English way in these locales: no capture shows its numbers in
  // any language. Other locales (ru, es, …) are left out for want of evidence: "1,234" there is refused.
  decimalSeparator: { '': '.', en: '.', 'zh-CN': '.', 'zh-TW': '.' },
  words: {
    isolated: { en: ['Isolated'], 'zh-CN': ['逐仓'] },
    cross: { en: ['Cross'], 'zh-CN': ['全仓'] },
    long: { en: ['Long'], 'zh-CN': ['多', '开多'] },
    short: { en: ['Short'], 'zh-CN': ['空', '开空'] },
  },
  market: {
    // [unverified] No real DOM evidence for Bitget: the mark price is found by its label anywhere
    // outside the form and the positions panel.
    roots: [],
    markPrice: { en: ['Mark price', 'Mark'], 'zh-CN': ['标记价格'] },
    fundingRate: { en: ['Funding rate', 'Funding rate / Countdown'], 'zh-CN': ['资金费率', '资金费率/倒计时'] },
  },
  order: {
    // [unverified] No real DOM evidence for Bitget (2022 used styled-components hashes): the form is
    // found by its inputs' labels, its tabs and buttons by their texts.
    roots: [],
    tabs: {
      all: '[role="tab"]',
      limitLabels: { en: ['Limit'], 'zh-CN': ['限价'] },
      marketLabels: { en: ['Market'], 'zh-CN': ['市价'] },
      activeMarker: '.active',
    },
    price: { hooks: [], labels: { en: ['Price'], 'zh-CN': ['价格', '委托价格'] } },
    size: { hooks: [], labels: { en: ['Quantity', 'Qty', 'Amount', 'Size'], 'zh-CN': ['数量'] } },
    // [unverified] a USDT amount is a cost (margin) or a value (notional) by the unit setting; without
    // it a USDT amount is not read.
    sizeMode: {
      selector: '.amount-input .amount-mode',
      quantity: { en: ['Quantity', 'Qty'], 'zh-CN': ['数量'] },
      cost: { en: ['Cost'], 'zh-CN': ['成本'] },
      value: { en: ['Value', 'Order value'], 'zh-CN': ['价值', '委托价值'] },
    },
    // Hedge mode ("two-way") shows Open / Close tabs.
    positionModeTabs: { candidates: '[role="tab"]', open: { en: ['Open'], 'zh-CN': ['开仓'] }, close: { en: ['Close'], 'zh-CN': ['平仓'] } },
    liquidationLabels: {},
    // [unverified] TP/SL inputs typed with the order.
    takeProfit: { hooks: [], labels: { en: ['Take profit', 'TP'], 'zh-CN': ['止盈'] } },
    stopLoss: { hooks: [], labels: { en: ['Stop loss', 'SL'], 'zh-CN': ['止损'] } },
  },
  positions: {
    // No real DOM evidence for Bitget at all (docs/real-pages.md §7): no hints, the panel is found by
    // its header texts; every label below is [unverified].
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions', 'Position'], 'zh-CN': ['仓位', '当前持仓'] } },
    openOrdersTab: { en: ['Open orders', 'Open Orders'], 'zh-CN': ['当前委托'] },
    emptyLabels: { en: ['No positions', 'No data'], 'zh-CN': ['暂无持仓', '暂无数据'] },
    signInLabels: { en: ['Log in', 'Sign up'], 'zh-CN': ['登录', '注册'] },
    skipRows: '[aria-hidden="true"]',
    columns: {
      symbol: { en: ['Futures', 'Symbol'], 'zh-CN': ['合约'] },
      size: { en: ['Position', 'Size'], 'zh-CN': ['持仓数量', '仓位'] },
      entryPrice: { en: ['Entry price', 'Average open price'], 'zh-CN': ['开仓均价'] },
      markPrice: { en: ['Mark price'], 'zh-CN': ['标记价格'] },
      liquidationPrice: { en: ['Est. liq. price', 'Liq. price'], 'zh-CN': ['预估强平价', '强平价格'] },
      // Isolated: the margin the position holds, without PnL (the API's marginSize).
      margin: { en: ['Margin'], 'zh-CN': ['保证金'] },
      marginRatio: { en: ['Margin ratio'], 'zh-CN': ['保证金率'] },
      pnl: { en: ['Unrealized PnL (ROE)', 'Unrealized PnL'], 'zh-CN': ['未实现盈亏（收益率）', '未实现盈亏'] },
      // [unverified]
      tpsl: { en: ['TP/SL'], 'zh-CN': ['止盈/止损'] },
    },
    symbolNoise: { en: ['Perpetual', 'Perp'], 'zh-CN': ['永续'] },
    // The symbol cell tags the direction, margin mode and leverage: "BTCUSDT Perpetual Long Isolated 10x".
    side: { from: 'words', column: 'symbol' },
    reportPnl: true,
    // The API's liquidationPrice <= 0 means none; the page shows "--" [unverified].
    noLiquidation: ['--'],
  },
  account: {
    roots: ['.assets-panel', '.order-panel'],
    walletBalance: { en: ['Balance', 'Wallet balance'], 'zh-CN': ['余额', '钱包余额'] },
    equity: { en: ['Equity', 'Account equity'], 'zh-CN': ['权益', '账户权益'] },
    availableBalance: { en: ['Available'], 'zh-CN': ['可用'] },
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const bitget: SiteAdapter = withLanguages(bitgetPage, bitgetLanguages);
