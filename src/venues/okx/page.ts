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
  market: {
    // [unverified] the instrument header; the mark price also sits in a popover (index_markPricePopover…).
    roots: ['.instrument-header', '[class*="markPricePopover"]'],
    markPrice: { en: ['Mark price', 'Mark'], 'zh-hans': ['标记价格'] },
    fundingRate: { en: ['Funding rate', 'Funding rate / Countdown'], 'zh-hans': ['资金费率', '资金费率/倒计时'] },
  },
  order: {
    // Two okx-hotkey versions disagree on the container (§2.3): try both.
    roots: ['.place-order-container-common', '#leftPoForm', '.common-form-box'],
    tabs: {
      all: '.okui-tabs-pane-spacing[role="tab"]',
      limitLabels: { en: ['Limit'], 'zh-hans': ['限价', '限价委托'] },
      marketLabels: { en: ['Market'], 'zh-hans': ['市价', '市价委托'] },
      activeMarker: '.okui-tabs-pane-spacing-active',
    },
    priceInput: '.price-input .okui-input-input',
    // [unverified] the amount box's wrapper; the reference finds it by exclusion from the price box.
    sizeInput: '.amount-input .okui-input-input',
    sizeUnit: '.amount-input .okui-input-suffix',
    // [unverified] the margin-mode and leverage buttons; the leverage text doubles ("5x5x").
    marginAndLeverage: '.margin-mode-leverage button',
    positionModeTabs: { candidates: '.okui-tabs-pane-segmented[role="tab"]', open: { en: ['Open'], 'zh-hans': ['开仓'] }, close: { en: ['Close'], 'zh-hans': ['平仓'] } },
    // The logged-out DOM dump shows no estimated-liq row in the form (§2.3).
    liquidationLabels: {},
    stopLossInput: 'input[aria-label="slTriggerPx"]',
    takeProfitInput: 'input[aria-label="tpTriggerPx"]',
  },
  positions: {
    roots: ['.position-box'],
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions'], 'zh-hans': ['仓位', '当前仓位'] } },
    headerCells: 'thead th',
    rows: '.okui-table-row',
    // Hidden measurement rows (§2.3).
    skipRows: '[aria-hidden="true"]',
    columns: {
      symbol: { en: ['Instrument'], 'zh-hans': ['产品', '合约'] },
      size: { en: ['Size', 'Position'], 'zh-hans': ['持仓量', '仓位'] },
      margin: { en: ['Margin'], 'zh-hans': ['保证金'] },
      marginRatio: { en: ['Margin ratio', 'MMR'], 'zh-hans': ['保证金率', '维持保证金率'] },
      entryPrice: { en: ['Avg. open price', 'Entry price'], 'zh-hans': ['开仓均价'] },
      markPrice: { en: ['Mark price'], 'zh-hans': ['标记价格'] },
      liquidationPrice: { en: ['Est. liq. price', 'Est. liquidation price', 'Liq. price'], 'zh-hans': ['预估强平价', '强平价格'] },
      pnl: { en: ['Unrealized PnL (ROI)', 'Unrealized PnL', 'UPL (UPL ratio)'], 'zh-hans': ['未实现收益（收益率）', '未实现收益', '收益额（收益率）'] },
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
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const okx: SiteAdapter = withLanguages(okxPage, okxLanguages);
