// The worker's words are looked up through t(): in Chinese when the browser's locale is zh_CN, with
// the page's own labels and the numbers kept. Every worker string has both locales and the same
// substitutions in each.
import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog';
import { catalogLookup } from '../i18n/catalog-lookup';
import { workerMessages } from '../i18n/messages/worker';
import { useMessages } from '../i18n/t';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { estimatePage } from './estimate-page';
import { bundledMarket } from '../market-data/lookup';
import { missing, order, row, snapshot } from './testing/make-snapshot';

const market = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));
const HAN = /[\u4e00-\u9fff]/;

afterEach(() => useMessages(catalogLookup(catalog, 'en')));

describe('worker strings', () => {
  it('every key has en and zh_CN, zh_CN is Chinese, and both use the same $1..$9', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',');
    for (const [key, message] of Object.entries(workerMessages)) {
      expect(key.startsWith('worker_'), key).toBe(true);
      expect(message.en.length, key).toBeGreaterThan(0);
      expect(HAN.test(message.zh_CN), `${key}: ${message.zh_CN}`).toBe(true);
      expect(placeholders(message.zh_CN), key).toBe(placeholders(message.en));
    }
  });

  it('zh_CN: reasons, the likely cause, warnings and table notes are in Chinese; page labels and numbers stay', () => {
    useMessages(catalogLookup(catalog, 'zh_CN'));
    const rows = [
      row({ symbol: 'BTCUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100000', mark: '100000', margin: '20000', liq: '85000.0' }),
      { ...row({ symbol: 'ETHUSDT', side: 'long', mode: 'isolated', size: '1', entry: '3000', mark: '3000', margin: '300' }), entryPrice: missing('Entry Price: shows "--"') },
      row({ symbol: 'ZZZUSDT', side: 'long', mode: 'isolated', size: '1', entry: '100', mark: '100', margin: '10' }),
    ];
    const result = estimatePage(snapshot({ rows, order: order({ price: '60000', size: '0.1', leverage: '25', mode: 'isolated' }) }), market, DEFAULT_SETTINGS);
    const [btc, eth, sol] = result.positions;
    expect(btc!.likelyCause?.message).toBe('没有单一假设能解释该差异');
    expect(btc!.assumptions).toContain('逐仓保证金 = 保证金列减去按标记价格计算的未实现盈亏');
    expect(btc!.assumptions).toContain('2026-09-16 的档位表（内置）');
    // The model's own assumptions (its rulebook's and its estimate's) too: no line is left in English.
    for (const line of btc!.assumptions) expect(HAN.test(line), line).toBe(true);
    // The adapter's reason keeps the page's label as the page shows it.
    expect(eth!.reasons).toEqual(['Entry Price: shows "--"']);
    expect(sol!.reasons).toEqual(['暂时没有 ZZZUSDT 的档位表']);
    const leverage = result.order!.long.warnings.find((w) => w.kind === 'leverage-high');
    expect(leverage?.message).toBe('杠杆 25 倍高于您设定的上限 20 倍');
  });
});
