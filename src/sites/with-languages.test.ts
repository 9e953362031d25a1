// withLanguages: every Labels list of an adapter (an object keyed by locales whose values are lists of
// texts) gains the dictionary's translations of its English texts; nothing else changes, and the
// adapter given is left as it was.
import { describe, expect, it } from 'vitest';
import { withLanguages, type LanguageDictionary } from './with-languages';

const dictionary: LanguageDictionary = {
  'Mark Price': { ko: ['마크 가격'], 'zh-TW': ['標記價格'] },
  'Liq. Price': { ja: ['強制決済価格'] },
  Cross: { 'zh-TW': ['全倉'] },
  // Already present in zh-CN: not added twice.
  Isolated: { 'zh-CN': ['逐仓'], 'zh-TW': ['逐倉'] },
  'Not on this page': { ko: ['없음'] },
};

function adapterLike() {
  return {
    venue: 'example',
    matches: ['https://example.com/*'],
    page: (url: URL) => (url.pathname === '/x' ? { symbol: 'X', locale: '' } : null),
    decimalSeparator: { '': '.', en: '.' },
    quoteAssets: ['USDT'],
    words: { isolated: { en: ['Isolated'], 'zh-CN': ['逐仓'] }, cross: { en: ['Cross'] } },
    market: { roots: ['#market'], markPrice: { en: ['Mark', 'Mark Price'], 'zh-CN': ['标记价格'] } },
    order: {
      tabs: { all: '[role="tab"]', activeMarker: '.active', limitLabels: { en: ['Limit'] } },
      liquidationLabels: {},
      defaultSizeUnit: { linear: 'base' },
    },
    positions: {
      columns: { markPrice: { en: ['Mark Price'] }, liquidationPrice: { en: ['Liq. Price'] } },
      noLiquidation: ['--'],
    },
  };
}

describe('withLanguages', () => {
  it('adds the translations of each English text to the Labels list that has it', () => {
    const extended = withLanguages(adapterLike(), dictionary);
    expect(extended.market.markPrice).toEqual({ en: ['Mark', 'Mark Price'], 'zh-CN': ['标记价格'], ko: ['마크 가격'], 'zh-TW': ['標記價格'] });
    expect(extended.positions.columns.markPrice).toEqual({ en: ['Mark Price'], ko: ['마크 가격'], 'zh-TW': ['標記價格'] });
    expect(extended.positions.columns.liquidationPrice).toEqual({ en: ['Liq. Price'], ja: ['強制決済価格'] });
    expect(extended.words.cross).toEqual({ en: ['Cross'], 'zh-TW': ['全倉'] });
  });

  it('adds a text already listed for that locale only once', () => {
    const extended = withLanguages(adapterLike(), dictionary);
    expect(extended.words.isolated).toEqual({ en: ['Isolated'], 'zh-CN': ['逐仓'], 'zh-TW': ['逐倉'] });
  });

  it('leaves lists without a translation, empty lists and everything that is not a label as they were', () => {
    const original = adapterLike();
    const extended = withLanguages(original, dictionary);
    expect(extended.order.tabs.limitLabels).toBe(original.order.tabs.limitLabels);
    expect(extended.order.liquidationLabels).toBe(original.order.liquidationLabels);
    expect(extended.order.defaultSizeUnit).toBe(original.order.defaultSizeUnit);
    expect(extended.positions.noLiquidation).toBe(original.positions.noLiquidation);
    expect(extended.matches).toBe(original.matches);
    expect(extended.decimalSeparator).toBe(original.decimalSeparator);
    expect(extended.page).toBe(original.page);
    expect(extended.venue).toBe('example');
    expect(extended.order.tabs.all).toBe('[role="tab"]');
    expect(extended.page(new URL('https://example.com/x'))).toEqual({ symbol: 'X', locale: '' });
  });

  it('does not change the adapter it was given', () => {
    const original = adapterLike();
    const before = JSON.stringify(original);
    const extended = withLanguages(original, dictionary);
    expect(JSON.stringify(original)).toBe(before);
    expect(extended).not.toBe(original);
    expect(extended.market).not.toBe(original.market);
    expect(original.market.markPrice).toEqual({ en: ['Mark', 'Mark Price'], 'zh-CN': ['标记价格'] });
  });

  it('returns the very same adapter when the dictionary adds nothing', () => {
    const original = adapterLike();
    expect(withLanguages(original, {})).toBe(original);
  });
});
