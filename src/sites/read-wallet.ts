// The wallet a page says is connected, read by what it says: a button or link in the page's header
// or navigation showing "0x1234...abcd" (or "0x1234…abcd", or the whole address). No class names:
// only the text. Two different addresses shown where one is looked for is no reading. Only venues
// whose adapter declares `wallet` carry this code (the content script's size budget).
import { WALLET_FORM } from '../protocol/wallet-form';
import type { Sight } from './dom/sight';
import { segmentedTextOf } from './dom/text';
import type { Selectors } from './types';

// The whole address, or the first digits, an ellipsis (three dots, two, or "…") and the last digits.
const SHOWN = /\b0x(?:([0-9a-f]{40})|([0-9a-f]{4,39})\s?(?:\.{2,3}|…)\s?([0-9a-f]{4,39}))\b/gi;

/** The reader of the connected wallet in these containers, tried in order: the first holding one decides. */
export function walletIn(containers: Selectors): (doc: Document, sight: Sight) => string | undefined {
  return (doc, sight) => {
    for (const selector of containers) {
      const found = new Set<string>();
      for (const el of doc.querySelectorAll(selector)) {
        if (!sight.shown(el)) continue;
        for (const m of segmentedTextOf(el, sight).matchAll(SHOWN)) {
          const form = (m[1] ? `0x${m[1]}` : `0x${m[2]}…${m[3]}`).toLowerCase();
          if (WALLET_FORM.test(form)) found.add(form);
        }
      }
      if (found.size > 0) return found.size === 1 ? [...found][0] : undefined;
    }
    return undefined;
  };
}
