// Binance COIN-M (inverse) futures, https://www.binance.com/<locale>/delivery/<SYMBOL>: BTCUSD_PERP,
// quarterly BTCUSD_250926. Same page as USDⓈ-M (docs/pages.md §2.1: named grid areas, input id
// prefixes, data-testid, title attributes), with sizes in contracts ("Cont", zh "张") of a USD face
// value, and margin, PnL and wallet in the coin. Marked [unverified] where the reference has no evidence.
import { binanceUsdm } from '../binance-usdm/page';
import type { SiteAdapter } from '../../sites/types';
import { binanceCoinmVenue } from './venue';
import { withLanguages } from '../../sites/with-languages';
import { binanceLanguages } from '../binance-usdm/languages';

const SYMBOL = /^[A-Z0-9]{1,20}USD_(?:PERP|\d{6})$/;
const SHOWN = /^[A-Z0-9]{1,20}USD$/;
// The USDⓈ-M page's URL form (confirmed 2026, docs/real-pages.md §3) with /delivery/: /en/delivery/BTCUSD_PERP
// (link builders 2024–26, "https://www.binance.com/en/delivery/{ticker}USD_PERP"), /zh-CN/delivery/…
// (a Go link builder: "https://www.binance.com/zh-CN/delivery/" + apiSymbol), no locale, trailing "/".
const PATH = /^\/(?:([a-z]{2}(?:-[A-Za-z]{2})?)\/)?delivery\/([A-Za-z0-9_]{3,})\/?$/;
// "/en/delivery/btcusd_perpetual" names the perpetual (a link builder: name.replace('PERP', 'perpetual')).
// "btcusd_quarter" names whichever quarterly is current: its date is not in the URL, so it is refused.
const PERPETUAL = /_PERPETUAL$/;

/**
 * The positions cell shows "BTCUSD" with "Perp" beside it [unverified]; the venue's symbol is
 * BTCUSD_PERP. A quarterly shows its date as another word, so its cell is not understood (never read
 * as the perpetual).
 */
function symbolOf(shown: string): string | null {
  const upper = shown.toUpperCase();
  if (SYMBOL.test(upper)) return upper;
  return SHOWN.test(upper) ? `${upper}_PERP` : null;
}

const binanceCoinmPage: SiteAdapter = {
  ...binanceUsdm,
  venue: 'binance-coinm',
  matches: binanceCoinmVenue.pageMatches,
  page(url) {
    if (url.protocol !== 'https:' || url.hostname !== 'www.binance.com') return null;
    const m = PATH.exec(url.pathname);
    if (!m) return null;
    const symbol = m[2]!.toUpperCase().replace(PERPETUAL, '_PERP');
    if (!SYMBOL.test(symbol)) return null;
    return { symbol, locale: m[1] ?? '', contract: 'inverse' };
  },
  quoteAssets: ['USD'],
  positions: {
    ...binanceUsdm.positions,
    symbolOf,
    // "BTCUSD Perp" -> BTCUSD; the cell's other words (a quarterly's date) make it not understood.
    symbolNoise: { en: ['Perp', 'Perpetual'], 'zh-CN': ['永续'] },
  },
  account: {
    ...binanceUsdm.account,
    // [unverified] the wallet of the page's margin coin (BTC on BTCUSD_PERP).
    walletBalance: { en: ['Wallet Balance'], 'zh-CN': ['钱包余额'] },
  },
};

// Page languages beyond the declarations above, each with its source: ../binance-usdm/languages.ts.
export const binanceCoinm: SiteAdapter = withLanguages(binanceCoinmPage, binanceLanguages);
