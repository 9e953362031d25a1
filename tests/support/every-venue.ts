// One fixture page per venue, each on its real hostname with its driver script and stylesheet, for the
// E2E files that visit every venue (stops, trader view), and the hosts the browser maps to the server.
import { join } from 'node:path';
import { repoRoot } from './browser';
import type { Routes } from './https-server';

const fixtures = join(repoRoot, 'tests/fixtures');

const venue = (host: string, dir: string): Routes => ({
  [`${host}/fixture-driver.js`]: join(fixtures, dir, 'fixture-driver.js'),
  [`${host}/fixture.css`]: join(fixtures, dir, 'fixture.css'),
});

export const EVERY_VENUE_ROUTES: Routes = {
  'www.binance.com/en/futures/BTCUSDT': join(fixtures, 'binance/futures-btcusdt.html'),
  'www.binance.com/en/delivery/BTCUSD_PERP': join(fixtures, 'binance/delivery-btcusd-perp.html'),
  ...venue('www.binance.com', 'binance'),
  'www.bybit.com/trade/usdt/BTCUSDT': join(fixtures, 'bybit/trade-usdt-btcusdt.html'),
  ...venue('www.bybit.com', 'bybit'),
  'www.okx.com/trade-swap/btc-usdt-swap': join(fixtures, 'okx/trade-swap-btc-usdt-swap.html'),
  ...venue('www.okx.com', 'okx'),
  'app.hyperliquid.xyz/trade/BTC': join(fixtures, 'hyperliquid/trade-btc.html'),
  ...venue('app.hyperliquid.xyz', 'hyperliquid'),
  'www.bitget.com/futures/usdt/BTCUSDT': join(fixtures, 'bitget/futures-usdt-btcusdt.html'),
  ...venue('www.bitget.com', 'bitget'),
  '/favicon.ico': (_req, res) => void res.writeHead(204).end(),
};

/** The venue pages' hosts, and the API hosts whose requests the fixtures' tests answer. */
export const EVERY_VENUE_HOSTS = ['www.binance.com', 'www.bybit.com', 'api.bybit.com', 'www.okx.com', 'app.hyperliquid.xyz', 'api.hyperliquid.xyz', 'www.bitget.com', 'api.bitget.com'];
