// The calculator's form, as typed, to a model input. Numbers stay decimal strings; a field that is
// empty or not a number is named instead of guessed.
import { Dm } from '../model/decimal';
import type { PositionInput } from '../model/types';
import { contractOf, type CalculatorMarket } from './calculator-tables';

export interface CalculatorForm {
  venue: string;
  symbol: string;
  side: 'long' | 'short';
  marginMode: 'isolated' | 'cross';
  /** Linear: base quantity; inverse: contracts. */
  size: string;
  entryPrice: string;
  leverage: string;
  /** Isolated margin; empty: size × entry / leverage (the margin an order at that leverage books). */
  margin: string;
  /** Cross wallet balance. */
  wallet: string;
  /** Optional. */
  markPrice: string;
}

const NUMBER = /^\d+(\.\d+)?$/;

function number(value: string, label: string, problems: string[]): string | undefined {
  const v = value.trim().replaceAll(',', '');
  if (v === '') {
    problems.push(`${label}: enter a number`);
    return undefined;
  }
  if (!NUMBER.test(v) || !new Dm(v).gt(0)) {
    problems.push(`${label}: "${value}" is not a positive number`);
    return undefined;
  }
  return v;
}

export function calculatorInput(form: CalculatorForm, markets: CalculatorMarket[]): { ok: true; input: PositionInput; assumptions: string[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const market = markets.find((m) => m.venue === form.venue);
  const table = market && Object.hasOwn(market.tables, form.symbol) ? market.tables[form.symbol] : undefined;
  if (!market || !table) return { ok: false, problems: [`no tier table for ${form.symbol} on ${form.venue}`] };
  const contract = contractOf(table);
  const size = number(form.size, 'Size', problems);
  const entryPrice = number(form.entryPrice, 'Entry price', problems);
  const leverage = number(form.leverage, 'Leverage', problems);
  const markPrice = form.markPrice.trim() === '' ? undefined : number(form.markPrice, 'Mark price', problems);
  const assumptions: string[] = [];
  let isolatedMargin: string | undefined;
  let walletBalance: string | undefined;
  if (form.marginMode === 'isolated') {
    if (form.margin.trim() !== '') isolatedMargin = number(form.margin, 'Margin', problems);
    else if (size && entryPrice && leverage) {
      // Linear: Q × EP / L in quote; inverse: N × CV / EP / L in coin.
      const notional = contract === 'linear' ? new Dm(size).mul(entryPrice) : new Dm(size).mul(table.contractValue ?? '0').div(entryPrice);
      isolatedMargin = notional.div(leverage).toString();
      assumptions.push('margin = position value at entry / leverage, no fees');
    }
  } else walletBalance = number(form.wallet, 'Wallet balance', problems);
  if (problems.length > 0 || !size || !entryPrice) return { ok: false, problems };
  return {
    ok: true,
    assumptions,
    input: {
      venue: market.venue,
      symbol: form.symbol,
      contract,
      marginMode: form.marginMode,
      side: form.side,
      size,
      entryPrice,
      ...(leverage ? { leverage } : {}),
      ...(markPrice ? { markPrice } : {}),
      ...(isolatedMargin ? { isolatedMargin } : {}),
      ...(walletBalance ? { walletBalance } : {}),
      ...(table.contractValue ? { contractValue: table.contractValue } : {}),
      ...(table.contractSize ? { contractSize: table.contractSize } : {}),
      tiers: table.tiers,
    },
  };
}
