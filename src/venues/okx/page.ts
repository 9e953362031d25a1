// OKX perpetual swaps: https://www.okx.com/trade-swap/<inst> (btc-usdt-swap linear, btc-usd-swap inverse),
// with an optional locale prefix (/zh-hans/, /en-eu/). Hooks from docs/pages.md §2.3: okui-* design
// system classes, data-testid, aria-label; never the CSS-module hashes (index_x__H1d0q) or React ids.
// Sizes default to contracts: the adapter reports unit 'contracts' and the worker multiplies by ctVal
// from market data. Marked [unverified] where the reference has no evidence.
import type { Assets, PageInfo, SiteAdapter } from '../../sites/types';
import { decodedSegment } from '../../sites/url-segment';
import { okxVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { okxLanguages } from './languages';
import { okxAccountModeTexts } from './account-modes';

// Locale prefixes: the real page lists every language path it serves (capture of 2026-04-08, header
// JSON "mktLangs": /zh-hans, /zh-hant, /vi, /ru, /es-la, /id, /fr, /pt, /ua, /ar, and by market /en-eu,
// /zh-hans-eu, /ru-eu, /de, /es-es, /pt-br, /en-sg, /zh-hans-sg, /en-us, /en-gb, …: up to three parts).
// Real links also use /zh-hans/ (link builders 2025–26) and /ru/ (a link builder: "https://www.okx.com/
// ru/trade-swap/…-swap").
const LOCALE = /^[a-z]{2}(?:-[a-z]{2,4}){0,2}$/;
const INST = /^([A-Z0-9]{1,20})-(USDT|USDC|USD)-SWAP$/;
const SHOWN = /^([A-Z0-9]{1,20}?)(USDT|USDC|USD)$/;

// www.okx.com only. my.okx.com (EEA; market data at eea.okx.com), app.okx.com (US) and tr.okx.com
// (Turkey) are separate sites with their own API hosts and instrument lists (public OKX client code,
// 2026: "EEA, otherwise known as my.okx.com", "US, otherwise known as app.okx.com", TR apiBaseUrl
// tr.okx.com), and no real link shows their trade-swap pages: the worker's tables come from
// www.okx.com, so those pages are not read.
function page(url: URL): PageInfo | null {
  if (url.protocol !== 'https:' || url.hostname !== 'www.okx.com') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const locale = segments.length === 3 && LOCALE.test(segments[0]!) ? segments.shift()! : '';
  if (segments.length !== 2 || segments[0] !== 'trade-swap') return null;
  const symbol = decodedSegment(segments[1]!)?.toUpperCase() ?? '';
  const m = INST.exec(symbol);
  if (!m) return null;
  return { symbol, locale, contract: m[2] === 'USD' ? 'inverse' : 'linear' };
}

function assets(symbol: string): Assets | null {
  const m = INST.exec(symbol);
  return m ? { base: m[1]!, quote: m[2]! } : null;
}

/** The instrument cell shows "BTCUSDT" (with "Perpetual") or the instrument id itself. */
function symbolOf(shown: string): string | null {
  if (INST.test(shown)) return shown;
  const m = SHOWN.exec(shown);
  return m ? `${m[1]}-${m[2]}-SWAP` : null;
}

const okxPage: SiteAdapter = {
  venue: 'okx',
  matches: okxVenue.pageMatches,
  page,
  quoteAssets: ['USDT', 'USDC', 'USD'],
  assets,
  // "71,441.7" on the captured page (2026-04-08), whose language is en_US; the same header JSON gives
  // en_US as the language of /en-eu, /en-us, /en-ae and /en-ar too. zh-hans, zh-hant, en: as declared
  // before, with no capture. Every other locale (ru, fr, pt, de, es-*, en-gb, …) is left out: no evidence
  // of how it writes numbers, so an ambiguous "1,234" there is refused.
  decimalSeparator: { '': '.', en: '.', 'en-eu': '.', 'en-us': '.', 'en-ae': '.', 'en-ar': '.', 'zh-hans': '.', 'zh-hant': '.' },
  words: {
    isolated: { en: ['Isolated'], 'zh-hans': ['逐仓'] },
    cross: { en: ['Cross'], 'zh-hans': ['全仓'] },
    long: { en: ['Long'], 'zh-hans': ['多', '多仓'] },
    short: { en: ['Short'], 'zh-hans': ['空', '空仓'] },
  },
  // Some ticker values print "₮71,451.0" (real page 2026-04-08, docs/real-pages.md §5.2).
  glyphs: { '₮': 'USDT' },
  market: {
    // .ticker-top-box .ticker-item: span.label "Mark price" + span.value (real page 2026-04-08).
    roots: ['.ticker-top-box'],
    markPrice: { en: ['Mark price', 'Mark'], 'zh-hans': ['标记价格'] },
    // "Funding rate (8h) / Countdown" (real page 2026-04-08): the interval is left out when matching.
    fundingRate: { en: ['Funding rate / Countdown', 'Funding rate'], 'zh-hans': ['资金费率/倒计时', '资金费率'] },
  },
  order: {
    // .place-order-container-common (real page 2026-04-08; okx-hotkey v1.5.2, 2026-08-21).
    roots: ['.place-order-container-common'],
    tabs: {
      // role="tab", data-pane-id limit / market, aria-selected; active class …-underline-active (real page 2026-04-08).
      all: '.okui-tabs-pane-spacing[role="tab"]',
      limit: '[role="tab"][data-pane-id="limit"]',
      market: '[role="tab"][data-pane-id="market"]',
      limitLabels: { en: ['Limit'], 'zh-hans': ['限价', '限价委托'] },
      marketLabels: { en: ['Market'], 'zh-hans': ['市价', '市价委托'] },
      activeMarker: '.okui-tabs-pane-underline-active',
    },
    // The price input is labelled "Price (USDT)" and, for screen readers, <label for> "Price" (real page 2026-04-08).
    price: { hooks: [], labels: { en: ['Price'], 'zh-hans': ['价格', '委托价格'] } },
    // The size input's label button says "Amount (Contracts)"; its suffix is empty (real page 2026-04-08).
    size: { hooks: [], labels: { en: ['Amount', 'Size', 'Quantity'], 'zh-hans': ['数量'] } },
    // "Isolated" and <span class="color-up">5x</span><span class="color-down">5x</span>: the long's and
    // the short's leverage, in two button.okui-plain-button of .order-settings-box (real page 2026-04-08);
    // read among the form's buttons (the default), which holds no other leverage or mode word.
    // Open / Close in long/short mode (data-pane-id open / close), Buy / Sell in one-way mode (real page 2026-04-08).
    positionModeTabs: {
      candidates: '.okui-tabs-pane-segmented[role="tab"], [role="tab"][data-pane-id="open"], [role="tab"][data-pane-id="close"]',
      open: { en: ['Open'], 'zh-hans': ['开仓'] },
      close: { en: ['Close'], 'zh-hans': ['平仓'] },
    },
    // The logged-out real page shows no estimated-liq row in the form (2026-04-08).
    liquidationLabels: {},
    // The form's "TP/SL" checkbox (real page 2026-04-08, captures/) opens the trigger price inputs
    // input[aria-label="tpTriggerPx"] / "slTriggerPx" (okx-hotkey v1.5.2, 2026-08-21). Their visible
    // labels are [unverified].
    takeProfit: { hooks: ['input[aria-label="tpTriggerPx"]'], labels: { en: ['TP trigger price', 'Take profit'], 'zh-hans': ['止盈触发价', '止盈'] } },
    stopLoss: { hooks: ['input[aria-label="slTriggerPx"]'], labels: { en: ['SL trigger price', 'Stop loss'], 'zh-hans': ['止损触发价', '止损'] } },
  },
  positions: {
    // `.position-box .okui-table-row` (rows are tr): okx-hotkey v1.5.2 selectors, 2026-08-21
    // (docs/real-pages.md §5.2). The grid inside is found by its header texts.
    hints: ['.position-box'],
    // The account tab group of the real page (captures/, 2026-04-08): "Open orders", "Order history",
    // "Positions", … as [role="tab"] (data-pane-id, no aria-controls). zh-hans labels [unverified].
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions'], 'zh-hans': ['仓位', '当前仓位'] } },
    openOrdersTab: { en: ['Open orders'], 'zh-hans': ['当前委托'] },
    // [unverified] the empty state's text.
    emptyLabels: { en: ['No positions', 'You have no positions'], 'zh-hans': ['暂无持仓'] },
    // The signed-out page of 2026-04-08 (captures/): "Log in", "Sign up", "Log in/Sign up"; zh-hans [unverified].
    signInLabels: { en: ['Log in', 'Sign up', 'Log in/Sign up'], 'zh-hans': ['登录', '注册', '登录/注册'] },
    // Hidden measurement rows (§2.3).
    skipRows: '[aria-hidden="true"]',
    // Column labels: help-style mirrors, not official ([unverified], docs/pages.md §2.3); the short
    // forms 'PnL', '产品名称', '收益' are guesses too, as written by the independent pages (tests/
    // fixtures/independent/okx/). Qualified headers ("PnL (PnL%)") match by their core (labels.ts).
    columns: {
      symbol: { en: ['Instrument'], 'zh-hans': ['产品', '产品名称', '合约'] },
      size: { en: ['Size', 'Position'], 'zh-hans': ['持仓量', '仓位'] },
      margin: { en: ['Margin'], 'zh-hans': ['保证金'] },
      marginRatio: { en: ['Margin ratio', 'MMR'], 'zh-hans': ['保证金率', '维持保证金率'] },
      entryPrice: { en: ['Avg. open price', 'Entry price'], 'zh-hans': ['开仓均价'] },
      markPrice: { en: ['Mark price'], 'zh-hans': ['标记价格'] },
      liquidationPrice: { en: ['Est. liq. price', 'Est. liquidation price', 'Liq. price'], 'zh-hans': ['预估强平价', '强平价格'] },
      pnl: { en: ['Unrealized PnL (ROI)', 'Unrealized PnL', 'UPL (UPL ratio)', 'PnL'], 'zh-hans': ['未实现收益（收益率）', '未实现收益', '收益额（收益率）', '收益'] },
      // [unverified] a "TP/SL" column of "TP / SL" trigger prices, as on Bybit.
      tpsl: { en: ['TP/SL'], 'zh-hans': ['止盈/止损'] },
    },
    symbolNoise: { en: ['Perpetual', 'Perp', 'Swap'], 'zh-hans': ['永续'] },
    symbolOf,
    // The instrument cell tags the side ("Long"/"Short") beside the margin mode and leverage.
    side: { from: 'words', column: 'symbol' },
    reportPnl: true,
    noLiquidation: ['--'],
  },
  account: {
    // "Available6,996.26 USDT" in the form (data-testid, §2.3) and an [unverified] assets panel.
    roots: ['.assets-box', '[data-testid="max-asset"]'],
    walletBalance: { en: ['Cash balance', 'Balance'], 'zh-hans': ['币种余额', '余额'] },
    equity: { en: ['Total equity', 'Equity'], 'zh-hans': ['总权益', '权益'] },
    availableBalance: { en: ['Available', 'Available balance'], 'zh-hans': ['可用', '可用余额'] },
    modes: okxAccountModeTexts,
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const okx: SiteAdapter = withLanguages(okxPage, okxLanguages);
