// Hyperliquid page texts in languages other than English. Every source found shows the app in English
// (its URLs carry no locale; docs/real-pages.md §6: the Light Theme userscript's DOM dump of 2026-08-26,
// brave-capture-v2's table of 2025-11, hl-paper-mode's button texts of 2026-02-21), and none shows a
// translated page: zh-CN, zh-TW, ko, ja, ru, es, pt, tr and vi are missing.
import type { LanguageDictionary } from '../../sites/with-languages';

export const hyperliquidLanguages: LanguageDictionary = {};
