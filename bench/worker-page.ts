// npm run bench:worker: the worker's estimatePage per second in Node, on one core, for the page of
// tests/fixtures/binance/futures-btcusdt.html as a snapshot (two positions and an order), with every
// row agreeing, then with rows that differ (the likely-cause search re-solves the model with each
// changed assumption), then with an order that raises all size warnings. Wall-clock: a quiet machine.
// BENCH_SECONDS=<s> sets the time per case (default 2).
import os from 'node:os';
import Decimal from 'decimal.js';
import { estimatePage } from '../src/background/estimate-page';
import { bundledMarket } from '../src/market-data/lookup';
import { order, row, snapshot } from '../src/background/testing/make-snapshot';
import { catalog } from '../src/i18n/catalog';
import { catalogLookup } from '../src/i18n/catalog-lookup';
import { useMessages } from '../src/i18n/t';
import type { PageSnapshot } from '../src/protocol/snapshot';

useMessages(catalogLookup(catalog, 'en'));
const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
const seconds = Number(process.env.BENCH_SECONDS ?? '2');

function page(btcLiq: string, ethLiq: string, size = '0.1', leverage = '20'): PageSnapshot {
  return snapshot({
    rows: [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '0.5', entry: '60000', mark: '61000', margin: '2000', leverage: '20', liq: btcLiq }),
      row({ symbol: 'ETHUSDT', side: 'short', mode: 'cross', size: '4', entry: '3000', mark: '2950', leverage: '10', liq: ethLiq }),
    ],
    wallet: '6500',
    mark: '61000',
    order: order({ price: '60500', size, leverage, mode: 'isolated' }),
  });
}

function measure(name: string, snap: PageSnapshot): void {
  let result = estimatePage(snap, market);
  for (let i = 0; i < 200; i++) result = estimatePage(snap, market);
  let count = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < 20; i++) result = estimatePage(snap, market);
    count += 20;
    now = process.hrtime.bigint();
  }
  const perSecond = count / (Number(now - start) / 1e9);
  const verdicts = result.positions.map((p) => `${p.verdict}${p.likelyCause ? `:${p.likelyCause.kind}` : ''}`).join(', ');
  const warnings = [...result.order!.long.warnings, ...result.order!.short.warnings].map((w) => w.kind).join(', ');
  console.log(`| ${name} | ${Math.round(perSecond).toLocaleString('en-US')} | ${(1e6 / perSecond).toFixed(0)} µs | ${verdicts} | ${warnings || '—'} |`);
}

// The agreeing figures: §2.3, tier 1 (BTC isolated wallet 1,500; ETH cross wallet 6,500 − 1,500).
const D = Decimal.clone({ precision: 40 });
const btc = new D(30000).sub(1500).div(new D('0.5').mul('0.996')).toFixed(1);
const eth = new D(12000).add(5000).div(new D(4).mul('1.004')).toFixed(2);

console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${seconds} s per case\n`);
console.log('| case | pages/s | per page | verdicts | order warnings |');
console.log('|---|---|---|---|---|');
measure('both rows agree', page(btc, eth));
measure('BTC differs (tier 2 figure), ETH differs (unexplained)', page('56683.4', '3400.00'));
measure('both differ, order 5 BTC at 125x', page('56683.4', '3400.00', '5', '125'));
