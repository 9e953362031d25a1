// A site adapter is a declaration: where things are on one venue's page and what they are called.
// read-page.ts is the one reader that executes it, so a page redesign is fixed by editing data.
// A new venue is one file of this shape plus fixtures; the reader has no venue names in it.
import type { Venue } from '../model/types';
import type { Quantity } from '../protocol/snapshot';
import type { Labels } from './dom/labels';
import type { Sight } from './dom/sight';
import type { DecimalSeparator } from './parse-number';

export type { Labels };

/** CSS selectors tried in order; the first that matches wins. */
export type Selectors = readonly string[];

/** An input: evidenced selectors of it (id prefix, name, aria-label, data-testid), then its label texts. */
export interface InputSpec {
  hooks: Selectors;
  labels: Labels;
}

/** Positions columns read by header text. */
export type PositionColumn =
  | 'symbol' | 'size' | 'entryPrice' | 'markPrice' | 'liquidationPrice' | 'margin' | 'marginRatio' | 'pnl'
  /** Optional columns: read into the snapshot's optional fields only where an adapter declares them. */
  | 'side' | 'positionValue' | 'initialMargin' | 'maintenanceMargin'
  /** One cell "TP / SL": the take-profit and the stop-loss trigger prices, "--" where none is set. */
  | 'tpsl';

/** The trading page a URL shows. */
export interface PageInfo {
  /** The venue's own spelling of the symbol: BTCUSDT, BTC-USDT-SWAP. */
  symbol: string;
  /** The path's language segment as written ("en", "zh-CN", "zh-hans"), or '' when there is none. */
  locale: string;
  /** Where a venue has both kinds on separate pages (Bybit /trade/usdt vs /trade/inverse). */
  contract?: 'linear' | 'inverse';
}

/**
 * Where a position row's side is shown.
 * - size-sign: a short's size is negative (Binance).
 * - words: a "Long"/"Short" word (words.long / words.short) in that column's cell (OKX, a side column).
 * - class: the cell (or something in it) matches the `long` or the `short` selector (colour classes).
 * Whatever the source, a side that the PnL's sign contradicts is refused.
 */
export type SideRule =
  | { from: 'size-sign' }
  | { from: 'words'; column: PositionColumn }
  | { from: 'class'; column: PositionColumn; long: string; short: string };

/** The base and quote assets of a symbol. */
export interface Assets {
  base: string;
  quote: string;
}

export interface SiteAdapter {
  venue: Venue;
  /** No real page of this venue has been checked: every snapshot says so and the overlay marks it. */
  unconfirmed?: true;
  /** Manifest match patterns of the pages this adapter reads. */
  matches: readonly string[];
  /** The trading page this URL shows, or null when the URL is not a trading page of this adapter. */
  page: (url: URL) => PageInfo | null;
  /** Quote assets this venue's symbols end with, longest first (base = symbol minus quote). */
  quoteAssets: readonly string[];
  /** Base and quote of a symbol, where quoteAssets can't tell (BTC-USDT-SWAP). Default: by quoteAssets. */
  assets?: (symbol: string) => Assets | null;
  /**
   * Decimal separator per page locale. Locales not listed read numbers with no separator assumed,
   * which refuses ambiguous strings such as "1,234".
   */
  decimalSeparator: Readonly<Record<string, DecimalSeparator>>;
  /** Label words shared by several panels. */
  words: {
    isolated: Labels;
    cross: Labels;
    /** Side words, where a side is shown as a word (SideRule 'words'). */
    long?: Labels;
    short?: Labels;
  };
  /** The asset a "$" beside a number stands for, where the venue writes its settlement asset so (Hyperliquid: USDC). */
  dollarAsset?: string;
  /** Sizes shown as a quote amount are counts of one-quote-unit contracts here (Bybit inverse: "10,000" USD). */
  quoteSizeIsContracts?: 'inverse';
  /** Currency glyphs the venue prints before a figure, and the asset each stands for (OKX: ₮ = USDT). */
  glyphs?: Readonly<Record<string, string>>;
  /**
   * The connected wallet as the page shows it (`walletIn(containers)`, read-wallet.ts), where the
   * venue's account data is public by address (Hyperliquid). A function so that only such venues
   * carry the reader; read on full reads only.
   */
  wallet?: (doc: Document, sight: Sight) => string | undefined;
  market: {
    /**
     * Evidenced containers of the ticker strip, tried first; without one, the labels are looked for
     * anywhere outside the order form and the positions panel.
     */
    roots: Selectors;
    markPrice: Labels;
    /**
     * Funding rate label; its value's first figure is read as a percent ("0.0100% 03:12:45"). An
     * interval in brackets in the page's label ("Funding rate (8h) / Countdown") is not part of it.
     */
    fundingRate?: Labels;
  };
  order: {
    /** Evidenced containers of the form, tried first; one is taken only when it holds the form's inputs or tabs. */
    roots: Selectors;
    /**
     * Order-type tabs among `all`; Limit and Market are told by selector or by label. A tab is active
     * when it, or a descendant, matches `activeMarker`, or has aria-selected="true".
     */
    tabs: { all: string; limit?: string; market?: string; limitLabels?: Labels; marketLabels?: Labels; activeMarker: string };
    /** The limit price input: evidenced hooks, then its label in every language the adapter reads. */
    price: InputSpec;
    /** The size input likewise; its label may name the unit: "Amount (Contracts)", "数量(张)". */
    size: InputSpec;
    /**
     * An element showing the size unit ("BTC", "Cont") where evidence shows one; else the unit comes
     * from the size label's "(Unit)", then from the text right after the input.
     */
    sizeUnit?: string;
    /**
     * The "order by" switch (Bybit: Qty / Cost / Value). Where declared, it says what the typed size
     * is: a quote amount is a cost (margin) or a value (notional) only by this switch.
     */
    sizeMode?: { selector: string; quantity: Labels; cost: Labels; value: Labels };
    /** Size unit when the page shows none beside the field, by contract kind. */
    defaultSizeUnit?: Partial<Record<'linear' | 'inverse', Quantity['unit']>>;
    /**
     * Controls showing the margin mode and the leverage: "Isolated" and "20x" apart, "Cross 20x" in
     * one, or "5x 10x" (the long's and the short's leverage). Default: the form's buttons and links.
     */
    marginAndLeverage?: string;
    /** Position-mode tabs; both present means hedge mode. */
    positionModeTabs: { candidates: string; open: Labels; close: Labels };
    /** The page's own pre-trade liquidation rows: the first shown is long (buy), the second short (sell). Empty: none shown. */
    liquidationLabels: Labels;
    /**
     * Stop-loss / take-profit trigger price inputs typed with the order, where the form has them: by
     * evidenced hooks, then by label. Shown only while the form's TP/SL box is ticked; hidden, not read.
     */
    stopLoss?: InputSpec;
    takeProfit?: InputSpec;
  };
  positions: {
    /**
     * Panel containers with real evidence (each cited with its source and date in the venue's page.ts),
     * tried first. Never the only way: the panel is otherwise found by its column headers, in the pane
     * the Positions tab controls or anywhere on the page (src/sites/find-positions.ts).
     */
    hints?: Selectors;
    /** The tab announcing the count, e.g. "Positions(3)": `candidates` are the page's tabs, `labels` the Positions label. */
    countTab: { candidates: string; labels: Labels };
    /** The Open Orders tab's label: the Positions tab counts only in a tab group that has this one too. */
    openOrdersTab: Labels;
    /** The page's own "no positions" text: with no count, the only way an empty grid means none. */
    emptyLabels?: Labels;
    /** Log in / Sign up button texts: shown where no positions panel is, the page is signed out. */
    signInLabels?: Labels;
    /** Rows matching this are measurement or hidden rows: skipped. */
    skipRows: string;
    /** Header texts per column, all locales. A column not declared is one this venue's page does not show. */
    columns: Readonly<Partial<Record<PositionColumn, Labels>>>;
    /** Words of the symbol cell that are neither symbol, margin mode, side nor leverage ("Perp"). */
    symbolNoise: Labels;
    /** A symbol as shown in the symbol cell ("BTCUSDT") -> the venue's spelling ("BTC-USDT-SWAP"). Default: as shown. */
    symbolOf?: (shown: string) => string | null;
    side: SideRule;
    /** Cells carrying the margin-mode word and the leverage ("BTCUSDT Cross 10x", "$1,474.08 (Cross)"). Default: symbol. */
    marginModeIn?: PositionColumn;
    leverageIn?: PositionColumn;
    /** Size unit when the Size cell shows none, by contract kind (Bybit Qty: coin for linear, USD contracts for inverse). */
    defaultSizeUnit?: Partial<Record<'linear' | 'inverse', Quantity['unit']>>;
    /** Report the PnL column as unrealizedPnl (it is always read to check the side). */
    reportPnl?: boolean;
    /** Liquidation-price cell texts that mean "no liquidation price exists". */
    noLiquidation: readonly string[];
  };
  account: {
    /** Every matching root is searched, in order (an account panel, an "Available" row in the form). */
    roots: Selectors;
    walletBalance: Labels;
    equity?: Labels;
    availableBalance?: Labels;
    /** Account-level maintenance margin rate, a percentage (Bybit's unified account). */
    maintenanceMarginRate?: Labels;
    /** Account mode name -> its texts on the page, any language (src/venues/<venue>/account-modes.ts); the worker decides. */
    modes?: Labels;
  };
}
