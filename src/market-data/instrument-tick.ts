// The instrument's tick as the verdict's tolerance needs it, with the day it is known valid: one
// tick for the instrument (OKX, Bybit, Bitget, Binance), or the rule that gives it at each price
// (Hyperliquid), from the market table an estimate used.
import type { Dec } from '../model/types';
import type { MarketTable } from './market-table';
import type { PriceRule } from './price-rule';

export type InstrumentTick = { tick: Dec; date: string } | { rule: PriceRule; date: string };

export function instrumentTickOf(table: MarketTable | null | undefined): InstrumentTick | undefined {
  const date = table?.instrumentDate;
  const facts = table?.instrument;
  if (!facts || !date) return undefined;
  if (facts.priceTick) return { tick: facts.priceTick, date };
  if (facts.priceRule) return { rule: facts.priceRule, date };
  return undefined;
}
