// A site adapter is a declaration: where things are on one venue's page and what they are called.
// read-page.ts is the one reader that executes it, so a page redesign is fixed by editing data.
import type { Venue } from '../model/types';
import type { Labels } from './dom/labels';
import type { DecimalSeparator } from './parse-number';

export type { Labels };

/** CSS selectors tried in order; the first that matches wins. */
export type Selectors = readonly string[];

/** Positions columns read by header text. */
export type PositionColumn = 'symbol' | 'size' | 'entryPrice' | 'markPrice' | 'liquidationPrice' | 'margin' | 'marginRatio' | 'pnl';

export interface SiteAdapter {
  venue: Venue;
  /** Manifest match patterns of the pages this adapter reads. */
  matches: readonly string[];
  /**
   * The trading page's symbol and locale from its URL, or null when the URL is not a trading page.
   * Locale is the path's language segment as written ("en", "zh-CN"), or '' when there is none.
   */
  page: (url: URL) => { symbol: string; locale: string } | null;
  /** Quote assets this venue's symbols end with, longest first (base = symbol minus quote). */
  quoteAssets: readonly string[];
  /**
   * Decimal separator per page locale. Locales not listed read numbers with no separator assumed,
   * which refuses ambiguous strings such as "1,234".
   */
  decimalSeparator: Readonly<Record<string, DecimalSeparator>>;
  /** Label words shared by several panels. */
  words: {
    isolated: Labels;
    cross: Labels;
  };
  market: {
    roots: Selectors;
    markPrice: Labels;
  };
  order: {
    roots: Selectors;
    /** Order-type tabs; a tab is active when it has a descendant matching `activeMarker` or aria-selected="true". */
    tabs: { all: string; limit: string; market: string; activeMarker: string };
    priceInput: string;
    sizeInput: string;
    /** The element whose text is the size unit ("BTC", "USDT"). */
    sizeUnit: string;
    /** Elements showing the margin mode ("Isolated") and the leverage ("20x"), in any order. */
    marginAndLeverage: string;
    /** Position-mode tabs; both present means hedge mode. */
    positionModeTabs: { candidates: string; open: Labels; close: Labels };
    /** The page's own pre-trade liquidation rows: the first shown is long (buy), the second short (sell). */
    liquidationLabels: Labels;
  };
  positions: {
    roots: Selectors;
    /** The tab announcing the count, e.g. "Positions(3)". */
    countTab: { candidates: string; labels: Labels };
    headerCells: string;
    rows: string;
    /** Rows matching this are measurement or hidden rows: skipped. */
    skipRows: string;
    columns: Readonly<Record<PositionColumn, Labels>>;
    /** Words of the symbol cell that are neither symbol, margin mode nor leverage ("Perp"). */
    symbolNoise: Labels;
    /** Liquidation-price cell texts that mean "no liquidation price exists". */
    noLiquidation: readonly string[];
  };
  account: {
    roots: Selectors;
    walletBalance: Labels;
  };
}
