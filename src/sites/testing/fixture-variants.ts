// Test-only: the fixture pages that are the Binance USDⓈ-M page (tests/fixtures/binance/futures-btcusdt.html)
// plus a few declared changes. They exist as files nowhere: the fixture server (tests/support/https-server.ts)
// and fixturePage() (fixture-pages.ts) build them from the base page, so a change to the base page
// reaches all of them, and a change that no longer applies fails (applyEdits throws).
import { insertAfter, insertBefore, replaceText, type PageEdit } from './page-edits';

export interface FixtureVariant {
  /** The page it is made from, relative to tests/fixtures. */
  base: string;
  /** What it changes, in order. */
  edits: readonly PageEdit[];
}

/** The notes comment at the top of a fixture page: what it shows and the arithmetic behind every number. */
const NOTES = /(?<=^<!doctype html>\n<!--\n)[\s\S]*?(?=-->\n)/;
const NOTES_START = '<!doctype html>\n<!--\n';

const PWN_IMG = '&lt;img src=x onerror=&quot;window.__liqcheckPwned=1&quot;&gt;';

const busy: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    insertAfter(
      'notes: what the busy page adds',
      NOTES_START,
      `  BUSY variant of futures-btcusdt.html for the benchmarks (bench/content-cost.ts, latency.ts, memory.ts):
  the same markup and numbers (the same adapter reads it; see the notes below for every figure), plus an
  order book panel (div[name="orderbook"]: 2 x 14 levels and recent trades, outside the panels Liqcheck
  reads), and busy-driver.js, which re-renders the mark price, last price, title, the BTCUSDT row's
  Mark, PNL and Margin, the account's Unrealized PNL and Margin Balance and the whole order book 50 times
  a second, the way React does (text nodes replaced). window.__busy: stop(), start(), ticks;
  ?still on the URL loads it stopped. Served at https://www.binance.com/en/futures/BTCUSDT by the bench.

  The notes of futures-btcusdt.html follow.

`,
    ),
    insertAfter(
      'order book style',
      '  [hidden] { display: none; }\n',
      '  [name="orderbook"] { font: 11px monospace; } [data-busy="asks"] > div, [data-busy="bids"] > div, [data-busy="trades"] > div { display: flex; gap: 12px; }\n',
    ),
    replaceText('last price hook', '<div class="css-d6e5f4">60,998.3</div>', '<div class="css-d6e5f4" data-busy="last">60,998.3</div>'),
    insertBefore(
      'order book panel',
      '  <div name="positions" class="css-s6d5f4">\n',
      `  <div name="orderbook" class="css-ob1k2j">
    <div class="css-ob3l4m">Order Book</div>
    <div class="css-ob5n6o" data-busy="asks"></div>
    <div class="css-ob7p8q" data-busy="book-mid"><span class="css-ob9r0s">60,998.3</span></div>
    <div class="css-ob5n6o" data-busy="bids"></div>
    <div class="css-ob3l4m">Trades</div>
    <div class="css-obt1u2" data-busy="trades"></div>
  </div>

`,
    ),
    replaceText('unrealized PNL hook', 'class="css-w7e8r9">+720.00 USDT</div>', 'class="css-w7e8r9" data-busy="upnl">+720.00 USDT</div>'),
    replaceText('margin balance hook', 'class="css-w7e8r9">8,720.00 USDT</div>', 'class="css-w7e8r9" data-busy="mbal">8,720.00 USDT</div>'),
    insertAfter('busy driver', '<script src="/fixture-driver.js"></script>\n', '<script src="/busy-driver.js"></script>\n'),
  ],
};

const warnings: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    replaceText(
      'notes',
      NOTES,
      `  Binance USDⓈ-M futures, English, for the pre-trade warnings test (tests/e2e/warnings.e2e.ts). Served at
  https://www.binance.com/en/futures/BTCUSDT. The page of futures-btcusdt.html with one change: the
  BTCUSDT row shows the liquidation price of tier 2 where the position is in tier 1, so its badge
  differs and the likely cause is the tier.

  Numbers (docs/rules/binance.md §2.3, BTCUSDT table of 2026-09-16 §6.1: tier 1 to 300,000 USDT at
  MMR 0.4 %, cum 0, max 150x; tier 2 to 800,000 at 0.5 %, cum 300, max 100x):
  Row 1, BTCUSDT isolated long 20x, 0.500 BTC @ 60,000.0, isolated wallet 1,500, mark 61,000.0.
    Tier 1 (correct): (30,000 − 1,500) / (0.5·0.996) = 57,228.9156…
    Shown: tier 2: (30,000 − 1,500 − 300) / (0.5·0.995) = 56,683.4170… -> "56,683.4" (DIFFERS by 0.95 %, cause: tier).
  Rows 2 and 3, the account and the order form (limit 60,500.0, 0.100 BTC, isolated 20x, one-way) as in
  futures-btcusdt.html.
`,
    ),
    replaceText(
      "BTCUSDT's liquidation price of tier 2",
      '<div role="gridcell" class="css-o5p6a7">57,228.9</div>',
      '<div role="gridcell" class="css-o5p6a7">56,683.4</div>',
    ),
  ],
};

const hostile: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    replaceText(
      'notes',
      NOTES,
      `  Hostile page text (issue 7): tests/fixtures/binance/futures-btcusdt.html with markup and script written
  as TEXT (HTML entities) into symbol names and labels, the way a page could show user-controlled or
  injected strings. Served at https://www.binance.com/en/futures/BTCUSDT by tests/e2e/faults.e2e.ts.
  If anything turned this text into elements, the img's onerror or the script would set
  window.__liqcheckPwned; the test checks that it stays unset and that no img or script exists in the
  page or in the overlay's shadow roots.
  - SOLUSDT's symbol cell: SOL<img src=x onerror=...>USDT
  - ETHUSDT's "Perp" tag: <script>...</script>
  - the "Margin Ratio" header and the "Wallet Balance" label carry an <img onerror> after the word.
  The BTCUSDT row and the order form are unchanged, so their estimates are the ones of futures-btcusdt.html.
`,
    ),
    replaceText('"Margin Ratio" header with an img as text', '>Margin Ratio</div>', `>Margin Ratio${PWN_IMG}</div>`),
    replaceText(
      'ETHUSDT\'s "Perp" tag is a script as text',
      '<span class="css-y6h7n8">ETHUSDT</span><span class="css-u9j0m1">Perp</span>',
      '<span class="css-y6h7n8">ETHUSDT</span><span class="css-u9j0m1">&lt;script&gt;window.__liqcheckPwned=2&lt;/script&gt;</span>',
    ),
    replaceText("SOLUSDT's symbol with an img as text", '<span class="css-y6h7n8">SOLUSDT</span>', `<span class="css-y6h7n8">SOL${PWN_IMG}USDT</span>`),
    replaceText(
      '"Wallet Balance" label and title with an img as text',
      'title="Wallet Balance" class="css-n4m5q6">Wallet Balance</div>',
      `title="Wallet Balance${PWN_IMG}" class="css-n4m5q6">Wallet Balance${PWN_IMG}</div>`,
    ),
  ],
};

// Hostile pages that try to make the overlay say "agrees" (issue 17, finding 4). Each is the default
// Binance page, whose ETHUSDT row shows 3,400.00 where §2.3 gives 4,233.0677… (differs by 20 %): the page
// tries to make Liqcheck read 4,233.07 (an "agrees") where the trader sees 3,400.00, or to make the badge
// say "agrees". Served at https://www.binance.com/en/futures/BTCUSDT by tests/e2e/hostile.e2e.ts.
const ETH_LIQ = '<div role="gridcell" class="css-o5p6a7">3,400.00</div>';
const hostileNote = (what: string) =>
  replaceText(
    'notes',
    NOTES,
    `  Hostile page (issue 17, finding 4): tests/fixtures/binance/futures-btcusdt.html, whose ETHUSDT row shows
  3,400.00 where the estimate is 4,233.0677… (see below), with one change: ${what}
  Whatever the page does, the ETHUSDT badge must not say "agrees". The notes of futures-btcusdt.html follow.

`,
  );
/** Text the trader never sees that turns the cell's textContent into "4,233.07 (3,400.00)": read as 4,233.07. */
const hiddenAround = (style: string) =>
  `<div role="gridcell" class="css-o5p6a7"><span style="${style}">4,233.07 (</span>3,400.00<span style="${style}">)</span></div>`;

const offScreen: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    hostileNote('an off-screen span (position: absolute; left: -9999px) on each side of ETHUSDT\'s Liq.Price, so the cell\'s textContent reads "4,233.07 (3,400.00)".'),
    replaceText('ETHUSDT liq cell with off-screen text', ETH_LIQ, hiddenAround('position: absolute; left: -9999px')),
  ],
};

const invisible: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    hostileNote('a visibility: hidden span on each side of ETHUSDT\'s Liq.Price, so the cell\'s textContent reads "4,233.07 (3,400.00)".'),
    replaceText('ETHUSDT liq cell with invisible text', ETH_LIQ, hiddenAround('visibility: hidden')),
  ],
};

const DECOY_HEADERS = ['Symbol', 'Size', 'Entry Price', 'Break Even Price', 'Mark Price', 'Liq.Price', 'Margin Ratio', 'Margin', 'PNL(ROI %)', 'Close All Positions', 'TP/SL for position']
  .map((h) => `<div role="columnheader">${h}</div>`)
  .join('');
const DECOY_CELLS = ['<span>ETHUSDT</span><span>Perp</span> <span>Cross</span> <span>10x</span>', '-4.000 ETH', '3,000.00', '2,998.80', '2,950.00', '4,233.07', '0.91%', '1,180.00 USDT', '+200.00 USDT (+16.67%)', '', '-- / --']
  .map((c) => `<div role="gridcell">${c}</div>`)
  .join('');

const decoyPanel: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    hostileNote('a display: none copy of the positions panel placed before the real one, whose ETHUSDT row shows 4,233.07.'),
    insertBefore(
      'hidden decoy positions panel first',
      '  <div name="positions" class="css-s6d5f4">\n',
      `  <div name="positions" style="display: none"><div role="tablist"><div role="tab" aria-selected="true">Positions(1)</div></div>
    <div role="grid"><div role="row">${DECOY_HEADERS}</div><div role="rowgroup"><div role="row">${DECOY_CELLS}</div></div></div>
  </div>
`,
    ),
  ],
};

/**
 * A page script that goes after the overlay: once the ETHUSDT badge is shown, it rewrites the badge
 * (through its open shadow root) to say "agrees", and writes "4,233.07 (" into the badge's host in
 * front of nothing the trader sees (the host shows only its shadow root). window.__hostile counts what it did.
 */
const TAMPER_SCRIPT = `<script>
(function () {
  var done = { rewritten: 0, injected: 0 };
  window.__hostile = done;
  setInterval(function () {
    var host = document.querySelector('[data-key^="ETHUSDT"]');
    var badge = host && host.shadowRoot && host.shadowRoot.querySelector('[data-liqcheck="position"]');
    if (!badge || badge.getAttribute('data-verdict') !== 'differs') return;
    if (done.rewritten === 0) {
      badge.setAttribute('data-verdict', 'agree');
      badge.textContent = 'agrees';
      done.rewritten = 1;
    }
    if (done.injected === 0) {
      host.prepend(document.createTextNode('4,233.07 ('));
      host.append(document.createTextNode(')'));
      done.injected = 1;
    }
  }, 50);
})();
</script>
`;

const overlayTamper: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    hostileNote('a page script that rewrites the ETHUSDT badge to "agrees" through its open shadow root and writes text into its host.'),
    insertAfter('page script going after the overlay', '<script src="/fixture-driver.js"></script>\n', TAMPER_SCRIPT),
  ],
};

const hiddenLeg: FixtureVariant = {
  base: 'binance/futures-btcusdt.html',
  edits: [
    hostileNote(
      'a hidden row (aria-hidden="true" and display: none, like a measurement row) holding a BTCUSDT cross long of 0.200 BTC @ 60,000.0, a second cross position that the ETHUSDT estimate depends on. ETHUSDT shows 4,233.07, the estimate without it.',
    ),
    replaceText('ETHUSDT shows the one-position estimate', ETH_LIQ, '<div role="gridcell" class="css-o5p6a7">4,233.07</div>'),
    insertBefore(
      'hidden hedge leg',
      '        <div role="row" class="css-e7d8c9" data-fx="row" data-fx-symbol="SOLUSDT"',
      `        <div role="row" aria-hidden="true" style="display: none" class="css-e7d8c9">
          <div role="gridcell" class="css-r0f1v2"><div class="css-t3g4b5"><span class="css-y6h7n8">BTCUSDT</span><span class="css-u9j0m1">Perp</span></div><div class="css-i2k3l4"><span>Cross</span> <span>10x</span></div></div>
          <div role="gridcell" class="css-o5p6a7">0.200 BTC</div><div role="gridcell" class="css-o5p6a7">60,000.0</div><div role="gridcell" class="css-o5p6a7">60,030.0</div>
          <div role="gridcell" class="css-o5p6a7">61,000.0</div><div role="gridcell" class="css-o5p6a7">35,210.1</div><div role="gridcell" class="css-o5p6a7">0.91%</div>
          <div role="gridcell" class="css-o5p6a7">1,220.00 USDT</div><div role="gridcell" class="css-o5p6a7 css-green1">+200.00 USDT (+16.67%)</div>
          <div role="gridcell" class="css-o5p6a7"><button>Market</button><button>Limit</button></div><div role="gridcell" class="css-o5p6a7">-- / --</div>
        </div>
`,
    ),
  ],
};

/** Every variant page, by its path relative to tests/fixtures (the path its consumers ask for). */
export const FIXTURE_VARIANTS: Readonly<Record<string, FixtureVariant>> = {
  'binance/busy-futures-btcusdt.html': busy,
  'binance/warnings-btcusdt.html': warnings,
  'hostile/futures-hostile.html': hostile,
  'hostile/off-screen-text.html': offScreen,
  'hostile/invisible-text.html': invisible,
  'hostile/decoy-positions-panel.html': decoyPanel,
  'hostile/overlay-tamper.html': overlayTamper,
  'hostile/hidden-leg.html': hiddenLeg,
};
