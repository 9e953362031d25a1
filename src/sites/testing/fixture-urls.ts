// Test-only: every fixture page and the URL it is served at (as in the E2E tests), plus the real OKX
// capture. The page-reading tests (drift, mutation sweep) read each page as its adapter would at that URL.

export const FIXTURE_URLS: Readonly<Record<string, string>> = {
  'binance/futures-btcusdt.html': 'https://www.binance.com/en/futures/BTCUSDT',
  'binance/futures-btcusdt-zh.html': 'https://www.binance.com/zh-CN/futures/BTCUSDT',
  'binance/futures-virtualised.html': 'https://www.binance.com/futures/BTCUSDT',
  'binance/futures-btcusdt-multi-assets.html': 'https://www.binance.com/en/futures/BTCUSDT',
  'binance/futures-broken.html': 'https://www.binance.com/en/futures/XRPUSDT',
  'binance/busy-futures-btcusdt.html': 'https://www.binance.com/en/futures/BTCUSDT',
  'binance/warnings-btcusdt.html': 'https://www.binance.com/en/futures/BTCUSDT',
  'binance/delivery-btcusd-perp.html': 'https://www.binance.com/en/delivery/BTCUSD_PERP',
  'binance/delivery-btcusd-perp-zh.html': 'https://www.binance.com/zh-CN/delivery/BTCUSD_PERP',
  'bybit/trade-usdt-btcusdt.html': 'https://www.bybit.com/trade/usdt/BTCUSDT',
  'bybit/trade-inverse-btcusd.html': 'https://www.bybit.com/en/trade/inverse/BTCUSD',
  'okx/trade-swap-btc-usdt-swap.html': 'https://www.okx.com/trade-swap/btc-usdt-swap',
  'okx/trade-swap-btc-usdt-swap-portfolio-margin.html': 'https://www.okx.com/trade-swap/btc-usdt-swap',
  'okx/trade-swap-btc-usdt-swap-zh.html': 'https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap',
  'hyperliquid/trade-btc.html': 'https://app.hyperliquid.xyz/trade/BTC',
  'hyperliquid/trade-eth.html': 'https://app.hyperliquid.xyz/trade/ETH',
  'bitget/futures-usdt-btcusdt.html': 'https://www.bitget.com/futures/usdt/BTCUSDT',
  'bitget/futures-usdt-btcusdt-zh.html': 'https://www.bitget.com/zh-CN/futures/usdt/BTCUSDT',
};

/** The real pages (tests/fixtures/<venue>/captures/), by path and URL. */
export const CAPTURE_URLS: Readonly<Record<string, string>> = {
  'okx/captures/okx-trade-swap-btc-usdt-swap-2026-04-08.html': 'https://www.okx.com/trade-swap/btc-usdt-swap',
};
