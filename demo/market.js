// Demo only: a simulated market for the fixture pages. Every 500 ms it moves the mark price one
// step of a random walk through the fixture's own hook, window.__fixture.setMarkPrice(text), so the
// page changes the way a live exchange page does and Liqcheck has to keep up.
//
// The walk starts from the price the fixture reports (__fixture.getMarkPrice() or
// __fixture.markPrice), else the fixture's first [data-fx="mark"] cell (the header's mark price),
// else ?start=... on this script's URL. Without a starting price or without
// window.__fixture it does nothing: a demo must not invent a market the page never showed.
(function () {
  'use strict';
  var intervalMs = 500;
  var script = document.currentScript;
  var scriptUrl = script && script.src ? new URL(script.src) : null;
  var startParam = scriptUrl ? scriptUrl.searchParams.get('start') : null;
  var seedParam = scriptUrl ? scriptUrl.searchParams.get('seed') : null;
  // The page's symbol, from /<locale>/futures/<SYMBOL>. Passed to setMarkPrice as a second argument so
  // a fixture can move that symbol's cells only; a fixture that takes one argument ignores it.
  var symbol = (location.pathname.split('/').filter(Boolean).pop() || '').toUpperCase();

  // A small seeded generator (mulberry32), so a run can be replayed with ?seed=.
  var seed = seedParam !== null && /^\d+$/.test(seedParam) ? Number(seedParam) >>> 0 : (Math.random() * 4294967296) >>> 0;
  function random() {
    seed = (seed + 0x6d2b79f5) >>> 0;
    var t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  // A price held as an integer count of its last decimal place, so the text stays exact.
  function parsePrice(text) {
    if (typeof text === 'number') text = String(text);
    if (typeof text !== 'string') return null;
    var plain = text.trim().replace(/,/g, '');
    var match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
    if (!match) return null;
    var decimals = match[2] ? match[2].length : 0;
    var units = Number(match[1] + (match[2] || ''));
    if (!Number.isSafeInteger(units) || units <= 0) return null;
    return { units: units, decimals: decimals, grouped: text.indexOf(',') !== -1 };
  }

  function formatPrice(units, decimals, grouped) {
    var digits = String(units);
    while (digits.length <= decimals) digits = '0' + digits;
    var whole = digits.slice(0, digits.length - decimals);
    var fraction = digits.slice(digits.length - decimals);
    if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return decimals > 0 ? whole + '.' + fraction : whole;
  }

  function fixture() {
    return window.__fixture && typeof window.__fixture.setMarkPrice === 'function' ? window.__fixture : null;
  }

  function startingPrice(hooks) {
    var reported = typeof hooks.getMarkPrice === 'function' ? hooks.getMarkPrice() : hooks.markPrice;
    var cell = document.querySelector('[data-fx="mark"]');
    return parsePrice(reported) || parsePrice(cell ? cell.textContent : null) || parsePrice(startParam);
  }

  var market = { ticks: 0, lastText: null, stopped: false, seed: seed, stop: stop };
  var start = null;
  var units = 0;
  var timer = setInterval(tick, intervalMs);

  function tick() {
    var hooks = fixture();
    if (!hooks) return; // the fixture may define its hooks after this script runs
    if (!start) {
      start = startingPrice(hooks);
      if (!start) {
        console.info('[liqcheck demo] no starting mark price from the fixture; the simulated market stays still');
        stop();
        return;
      }
      units = start.units;
    }
    // About 0.03 % per step, at least one tick, pulled gently back toward the start so a long demo
    // does not wander off (or liquidate the fixture's positions).
    var scale = Math.max(1, Math.round(units * 0.0003));
    var noise = (random() + random() + random() - 1.5) * 2; // roughly normal, in [-3, 3]
    var step = Math.round(noise * scale + (start.units - units) * 0.02);
    units = Math.max(1, units + step);
    var text = formatPrice(units, start.decimals, start.grouped);
    hooks.setMarkPrice(text, symbol);
    market.ticks += 1;
    market.lastText = text;
  }

  function stop() {
    clearInterval(timer);
    market.stopped = true;
  }

  window.__liqcheckDemoMarket = market;
})();
