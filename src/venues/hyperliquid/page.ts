// Hyperliquid perpetuals: https://app.hyperliquid.xyz/trade/<COIN> (BTC, ETH, kPEPE), USDC-settled,
// linear. Hooks from docs/pages.md §2.4: stable ids #accountTable and #marketData (styled-components
// classes sc-* change on deploy: never used), a real <table> for positions with the columns Coin, Size,
// Position Value, Entry Price, Mark Price, PNL (ROE %), Liq. Price, Margin, Funding, and combined cells
// "ETH 20x", "$1,474.08 (Cross)", "+$2,771.75 (+171.9%)", "N/A". Everything else is [unverified]: the
// reference has no capture of the trade page's order form or account panel.
import type { Assets, PageInfo, SiteAdapter } from '../../sites/types';
import { decodedSegment } from '../../sites/url-segment';
import { hyperliquidVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { hyperliquidLanguages } from './languages';
import { walletIn } from '../../sites/read-wallet';

// Coins are upper case, except the k-prefixed thousands (kPEPE, kBONK, kSHIB).
const COIN = /^(?:k[A-Z0-9]{2,15}|[A-Z0-9]{1,16})$/;

/** The coin as the venue spells it: as written when it is a coin, else upper-cased ("btc" -> "BTC"). */
function coinOf(text: string): string | null {
  if (COIN.test(text)) return text;
  const upper = text.toUpperCase();
  return COIN.test(upper) ? upper : null;
}

// Hosts serving the same app, with the same public API (api.hyperliquid.xyz): app.hyperliquid.xyz and
// app.hyperliquid.com ("confirmed as real URLs", docs/real-pages.md §6, evidence of 2025–2026).
const HOSTS = new Set(['app.hyperliquid.xyz', 'app.hyperliquid.com']);

function page(url: URL): PageInfo | null {
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] !== 'trade') return null;
  // Bare /trade (real links: app.hyperliquid.xyz/trade, public link lists 2025–26; docs/real-pages.md §6)
  // shows the coin last chosen, which the URL does not name and no evidence shows where the page
  // names it: the symbol stays empty. Position rows carry their own coin and still read; the order
  // form is "cannot verify: the URL names no coin" (read-page.ts).
  if (segments.length === 1) return { symbol: '', locale: '', contract: 'linear' };
  // /trade/<COIN> only: spot pairs (/trade/PURR/USDC, /trade/@107) are not read, nor HIP-3 markets
  // (/trade/xyz:GOLD, link builders 2026: "xyz:TSLA", "xyz:SAMSUNG"): their coin is "dex:COIN" in
  // the API, priced by another dex's meta, and the worker fetches the main dex's tables only, so such
  // a page is refused rather than read as a main-dex coin.
  if (segments.length !== 2) return null;
  const text = decodedSegment(segments[1]!);
  const coin = text === null ? null : coinOf(text);
  return coin === null ? null : { symbol: coin, locale: '', contract: 'linear' };
}

function assets(symbol: string): Assets | null {
  return COIN.test(symbol) ? { base: symbol, quote: 'USDC' } : null;
}

const hyperliquidPage: SiteAdapter = {
  venue: 'hyperliquid',
  matches: hyperliquidVenue.pageMatches,
  page,
  quoteAssets: ['USDC'],
  assets,
  // Money is written "$1,474.08": the dollar is USDC.
  dollarAsset: 'USDC',
  // [unverified] The connected wallet, read by its text ("0x1234...abcd" or the whole address) in the
  // page's header or navigation, else in a button: no public capture shows how the app shows it
  // (docs/real-pages.md §6). The worker uses it only to match a watched address (issue 19).
  wallet: walletIn(['header', 'nav', 'button, [role="button"]']),
  // The app has no locale in its path; numbers are written the English way: "29,481.64 USDC",
  // "$1,474.08 (Cross)" (brave-capture-v2's positions table, 2025-11; docs/real-pages.md §6).
  decimalSeparator: { '': '.' },
  words: {
    isolated: { en: ['Isolated'] },
    cross: { en: ['Cross'] },
  },
  market: {
    // #marketData is a stable id (Hyperliquid Light Theme userscript, DOM dump of 2026-08-26)
    // [unverified: that it holds the mark, as "Mark" then the price]; else the label anywhere.
    roots: ['#marketData'],
    markPrice: { en: ['Mark', 'Mark Price'] },
    fundingRate: { en: ['Funding / Countdown', 'Funding'] },
  },
  order: {
    // [unverified] No real source shows any order-entry hook (#orderEntry, input[name=…] were invented):
    // the form is found by its inputs' labels, its tabs and buttons by their texts.
    roots: [],
    tabs: { all: '[role="tab"]', limitLabels: { en: ['Limit'] }, marketLabels: { en: ['Market'] }, activeMarker: '.selected' },
    price: { hooks: [], labels: { en: ['Price'] } },
    // [unverified] size with a coin / USDC unit switch beside it; a USDC size is the order value.
    size: { hooks: [], labels: { en: ['Size', 'Amount'] } },
    // One position per coin: no Open / Close tabs exist, so the form reads one-way.
    positionModeTabs: { candidates: '[role="tab"]', open: { en: ['Open'] }, close: { en: ['Close'] } },
    // The summary's "Liquidation Price" row is for the selected side only, and the reader takes one
    // row per side: not read.
    liquidationLabels: {},
    // [unverified] a "Take Profit / Stop Loss" box opening "TP Price" and "SL Price" inputs.
    takeProfit: { hooks: [], labels: { en: ['TP Price', 'Take Profit'] } },
    stopLoss: { hooks: [], labels: { en: ['SL Price', 'Stop Loss'] } },
  },
  positions: {
    // #accountTable: a stable id in a DOM dump of 2026-08-26 (Hyperliquid Light Theme userscript
    // v1.10.0, docs/real-pages.md §6); the <table> inside it (Coin, Size, …, 2025-11 brave-capture-v2)
    // is found by its header texts, there or anywhere on the page.
    hints: ['#accountTable'],
    // [unverified] the tab's count, "Positions (3)", and the Open Orders tab beside it.
    countTab: { candidates: '[role="tab"]', labels: { en: ['Positions'] } },
    openOrdersTab: { en: ['Open Orders'] },
    // [unverified] the empty table's text, and the wallet button of a visitor (no account without a wallet).
    emptyLabels: { en: ['No open positions yet', 'No open positions'] },
    signInLabels: { en: ['Connect', 'Connect Wallet'] },
    skipRows: '[aria-hidden="true"]',
    columns: {
      symbol: { en: ['Coin'] },
      size: { en: ['Size'] },
      positionValue: { en: ['Position Value'] },
      entryPrice: { en: ['Entry Price'] },
      markPrice: { en: ['Mark Price'] },
      pnl: { en: ['PNL (ROE %)', 'PNL (ROE%)', 'PNL'] },
      liquidationPrice: { en: ['Liq. Price', 'Liquidation Price'] },
      margin: { en: ['Margin'] },
      // The "TP/SL" header (brave-capture-v2, 2025-11, docs/real-pages.md §6); its cell's "TP / SL"
      // form is [unverified].
      tpsl: { en: ['TP/SL'] },
    },
    symbolNoise: {},
    symbolOf: coinOf,
    // No side column (§2.4): the API's size is signed, and the table is read that way [unverified];
    // the PnL's sign cross-checks it.
    side: { from: 'size-sign' },
    // "ETH 20x" in the Coin cell; "$1,474.08 (Cross)" in the Margin cell.
    marginModeIn: 'margin',
    leverageIn: 'symbol',
    reportPnl: true,
    // [unverified] "N/A" where no liquidation price exists (§2.4); "--" is not taken to mean none.
    noLiquidation: ['N/A'],
  },
  account: {
    // [unverified] the account panel ("Perps Overview") and the form's "Available to Trade" row.
    roots: ['#accountOverview', '#orderEntry'],
    // Balance: USDC in the perps account without unrealized PnL, isolated margins included [unverified].
    walletBalance: { en: ['Balance'] },
    equity: { en: ['Perps Equity', 'Perps'] },
    availableBalance: { en: ['Available to Trade'] },
    maintenanceMarginRate: { en: ['Cross Margin Ratio'] },
  },
};

// Page languages beyond the declarations above, each with its source: languages.ts.
export const hyperliquid: SiteAdapter = withLanguages(hyperliquidPage, hyperliquidLanguages);
