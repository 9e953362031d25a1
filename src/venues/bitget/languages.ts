// Bitget page texts in languages other than English. There is no real evidence of Bitget's trade page
// in any language (docs/real-pages.md §7: only its URL form is confirmed), so none is added: zh-CN
// beyond the adapter's own [unverified] texts, zh-TW, ko, ja, ru, es, pt, tr and vi are missing.
import type { LanguageDictionary } from '../../sites/with-languages';

export const bitgetLanguages: LanguageDictionary = {};
