// The busy page's own script (bench/outside-page.html): a seeded random walk of the mark price, and on
// every tick (50 a second) the header, the position's mark, margin, margin ratio and PnL cells, the
// account, the form's Max and a 20-level order book re-rendered, as an exchange's page does on its
// websocket stream. window.outsidePage is the bench's handle: tick count, start/stop, the trader
// typing a size, and the page itself changing the isolated position's margin (e.g. margin added).
(() => {
  const Q = 0.5; // BTC, long, isolated, 20x
  const ENTRY = 60000;
  const MMR = 0.004; // Binance BTCUSDT tier 1 (docs/rules/binance.md §2.3)
  const WALLET = 8000;
  const LEVERAGE = 20;
  const state = { mark: 61000, isolatedWallet: 1500, ticks: 0, timer: 0 };

  let seed = 20261206;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const formats = new Map();
  const format = (value, decimals) => {
    if (!formats.has(decimals)) formats.set(decimals, new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
    return formats.get(decimals).format(value);
  };
  const signed = (value, decimals) => (value >= 0 ? '+' : '-') + format(Math.abs(value), decimals);
  const byId = (id) => document.getElementById(id);
  // As React DOM commits an element's single text child: nothing when the text is what it rendered
  // last; the text node's value when it is the element's only child; else textContent, which drops
  // anything added beside it (react-dom's setTextContent, packages/react-dom/src/client/setTextContent.js,
  // React 16.8 to 18.1 as read in public copies of its source on 2026-12-06).
  const rendered = new Map();
  const setText = (id, text) => {
    if (rendered.get(id) === text) return;
    rendered.set(id, text);
    const node = byId(id);
    const only = node.firstChild;
    if (only && only === node.lastChild && only.nodeType === Node.TEXT_NODE) only.nodeValue = text;
    else node.textContent = text;
  };
  const number = (text) => Number(String(text).replace(/,/g, ''));

  // The isolated long's liquidation price with the order added: (Q·EP − WB) / (Q·(1 − MMR)).
  const liquidation = (size, cost, wallet) => (cost - wallet) / (size * (1 - MMR));

  function renderOrderEstimate() {
    const price = number(byId('limitPrice-o1').value);
    const size = number(byId('unitAmount-o1').value);
    if (!(price > 0) || !(size > 0)) {
      setText('liq-long', '--');
      return;
    }
    const liq = liquidation(Q + size, Q * ENTRY + size * price, state.isolatedWallet + (size * price) / LEVERAGE);
    setText('liq-long', format(liq, 1) + ' USDT');
  }

  function renderPosition() {
    const pnl = Q * (state.mark - ENTRY);
    const margin = state.isolatedWallet + pnl;
    setText('pos-mark', format(state.mark, 1));
    setText('pos-liq', format(liquidation(Q, Q * ENTRY, state.isolatedWallet), 1));
    setText('pos-margin', format(margin, 2) + ' USDT');
    setText('pos-ratio', format(((Q * state.mark * MMR) / margin) * 100, 2) + '%');
    setText('pos-pnl', signed(pnl, 2) + ' USDT');
    setText('pos-roi', '(' + signed((pnl / state.isolatedWallet) * 100, 2) + '%)');
    byId('pos-pnl').className = pnl >= 0 ? 'up' : 'down';
    setText('margin-balance', format(WALLET + pnl, 2) + ' USDT');
    setText('account-pnl', signed(pnl, 2) + ' USDT');
    const available = WALLET - state.isolatedWallet;
    setText('avbl', format(available, 2) + ' USDT');
    const price = number(byId('limitPrice-o1').value) || state.mark;
    setText('max-buy', format(Math.floor(((available * LEVERAGE) / price) * 1000) / 1000, 3) + ' BTC');
    setText('max-sell', format(Math.floor(((available * LEVERAGE) / price) * 1000) / 1000 + Q, 3) + ' BTC');
  }

  const LEVELS = 20;
  function bookRows(container) {
    while (container.children.length < LEVELS) {
      const row = document.createElement('div');
      row.className = 'book-row';
      row.append(document.createElement('span'), document.createElement('span'));
      container.append(row);
    }
    return container.children;
  }
  function renderBook() {
    const asks = bookRows(byId('asks'));
    const bids = bookRows(byId('bids'));
    for (let i = 0; i < LEVELS; i++) {
      const ask = asks[LEVELS - 1 - i];
      ask.className = 'book-row ask';
      ask.firstChild.textContent = format(state.mark + 0.1 * (i + 1), 1);
      ask.lastChild.textContent = format(random() * 3, 3); // the book's sizes change on every tick
      const bid = bids[i];
      bid.className = 'book-row bid';
      bid.firstChild.textContent = format(state.mark - 0.1 * i, 1);
      bid.lastChild.textContent = format(random() * 3, 3);
    }
    setText('book-mid', format(state.mark, 1));
  }

  function tick() {
    // A walk in 0.1 steps, pulled back toward 61,000.
    const step = Math.round((random() - 0.5 + (61000 - state.mark) / 400) * 30) / 10;
    state.mark = Math.round((state.mark + step) * 10) / 10;
    setText('header-mark', format(state.mark, 1));
    setText('header-index', format(state.mark - 9.8, 1));
    setText('last-price', format(state.mark + 0.3, 1));
    renderPosition();
    renderBook();
    state.ticks++;
  }

  // A controlled input, changed as React's onChange sees a keystroke: the value, then 'input'.
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  byId('unitAmount-o1').addEventListener('input', renderOrderEstimate);
  byId('limitPrice-o1').addEventListener('input', renderOrderEstimate);

  window.outsidePage = {
    get ticks() {
      return state.ticks;
    },
    start() {
      if (!state.timer) state.timer = setInterval(tick, 20);
    },
    stop() {
      clearInterval(state.timer);
      state.timer = 0;
    },
    typeSize(text) {
      const input = byId('unitAmount-o1');
      valueSetter.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    /** The page changes the isolated margin (the trader added margin elsewhere): Margin and Liq.Price move. */
    setIsolatedWallet(wallet) {
      state.isolatedWallet = wallet;
      renderPosition();
      renderOrderEstimate();
    },
  };
  renderPosition();
  renderBook();
  renderOrderEstimate();
  if (!new URLSearchParams(location.search).has('still')) window.outsidePage.start();
})();
