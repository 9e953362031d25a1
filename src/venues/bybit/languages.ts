// Bybit futures page texts in languages other than English, keyed by the adapter's English label text
// (src/sites/with-languages.ts adds them to every Labels list holding that text).
//
// ja: Bybit's help article "How to navigate Bybit perpetual futures contract trading page", which names
// the Positions tab's columns one by one, in English (bybit help centre, same article id, read
// 2026-12 via testnet.bytick.com/kk-KZ/help-center/article/How-to-navigate-Bybit-perpetual-futures-
// contract-trading-page: Contracts, Qty, Value, Entry Price, Mark Price, Est. Liquidation Price) and in
// Japanese (bybit.com/ja-JP/help-center/article/How-to-navigate-Bybit-perpetual-futures-contract-
// trading-page: 契約, ポジションサイズ, 価値, 参入価格, マーク価格; its older copy help.bybit.com/hc/ja/
// articles/4409329816473: 1.契約 2.数量 3.価値 4.参入価格 5.マーク価格 6.強制決済価格), and the
// Unified Trading Account asset page (bybit.com/ja-JP/help-center/article/Unified-Trading-Account-Asset-
// Page, 2024-10-29: ウォレット残高 for Wallet Balance, 証拠金残高 for Margin Balance).
//
// zh-TW: the help centre's glossary "Glossary-Unified-Trading-Account" in Traditional Chinese (a copy at
// d-by-bit.com/zh-TW/help-center/article/Glossary-Unified-Trading-Account; English terms from
// bytick.com/en, last updated 2026-03-13): 錢包餘額 (Wallet Balance), 保證金餘額 (Margin Balance).
//
// Missing: ko, ru, es, pt, tr, vi, and zh-TW's column headers; no source showing them was found.
import type { LanguageDictionary } from '../../sites/with-languages';

export const bybitLanguages: LanguageDictionary = {
  Contracts: { ja: ['契約'] },
  Qty: { ja: ['数量', 'ポジションサイズ'] },
  Value: { ja: ['価値'] },
  'Entry Price': { ja: ['参入価格'] },
  'Mark Price': { ja: ['マーク価格'] },
  'Liq. Price': { ja: ['強制決済価格'] },
  'Wallet Balance': { ja: ['ウォレット残高'], 'zh-TW': ['錢包餘額'] },
  'Margin Balance': { ja: ['証拠金残高'], 'zh-TW': ['保證金餘額'] },
};
