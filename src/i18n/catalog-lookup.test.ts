import { describe, expect, it } from 'vitest';
import { catalogLookup } from './catalog-lookup';

const messages = {
  a_hello: { en: 'Hello $1, $2 left', zh_CN: '你好 $1，剩 $2' },
  a_price: { en: 'costs $$5', zh_CN: '价格 $$5' },
};

describe('catalogLookup', () => {
  it('substitutes $1..$9 in the chosen locale', () => {
    expect(catalogLookup(messages, 'en')('a_hello', ['Ann', '3'])).toBe('Hello Ann, 3 left');
    expect(catalogLookup(messages, 'zh_CN')('a_hello', ['Ann', '3'])).toBe('你好 Ann，剩 3');
  });
  it('keeps $$ as a literal dollar and gives "" for an unknown key, as the browser does', () => {
    expect(catalogLookup(messages, 'en')('a_price', [])).toBe('costs $5');
    expect(catalogLookup(messages, 'en')('a_missing', [])).toBe('');
  });
});
