// The calculator's form, as typed, to a model input. Numbers stay decimal strings; a field that is
// empty or not a number is named instead of guessed.
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { valueAt } from '../model/position-math';
import type { OtherPosition, PositionInput, Tier } from '../model/types';
import type { CalculatorForm } from './calculator-form';
import type { CalculatorMarket } from './calculator-tables';
import { parseTierText } from './tier-text';

const NUMBER = /^\d+(\.\d+)?$/;

export type BuiltInput = { ok: true; input: PositionInput; assumptions: string[] } | { ok: false; problems: string[] };

function reader(problems: string[]) {
  /** A positive decimal, or undefined with the problem named. */
  return (value: string, label: string, optional = false): string | undefined => {
    const v = value.trim().replaceAll(',', '');
    if (v === '') {
      if (!optional) problems.push(t('popup_problemEmpty', label));
      return undefined;
    }
    if (!NUMBER.test(v) || !new Dm(v).gt(0)) {
      problems.push(t('popup_problemNotPositive', label, value));
      return undefined;
    }
    return v;
  };
}

/** The tiers the form asks for: the venue's bundled (or fetched) table, or the pasted one. */
function tiersOf(form: CalculatorForm, market: CalculatorMarket | undefined, problems: string[]): Tier[] | undefined {
  if (form.tierSource === 'pasted') {
    const parsed = parseTierText(form.tiersText);
    if (!parsed.ok) problems.push(t('popup_problemTiers', parsed.reason));
    return parsed.ok ? parsed.tiers : undefined;
  }
  const table = market && Object.hasOwn(market.tables, form.symbol) ? market.tables[form.symbol] : undefined;
  if (!table) problems.push(t('popup_problemNoTable', form.symbol, market?.label ?? form.venue));
  return table?.tiers;
}

export function calculatorInput(form: CalculatorForm, markets: CalculatorMarket[]): BuiltInput {
  const problems: string[] = [];
  const num = reader(problems);
  const market = markets.find((m) => m.venue === form.venue);
  const tiers = tiersOf(form, market, problems);
  const inverse = form.contract === 'inverse';
  const size = num(form.size, t('popup_fieldSize'));
  const contractValue = inverse ? num(form.contractValue, t('popup_fieldContractValue')) : undefined;
  const contractSize = !inverse ? num(form.contractSize, t('popup_fieldContractSize'), true) : undefined;
  const entryPrice = num(form.entryPrice, t('popup_fieldEntry'));
  const markPrice = num(form.markPrice, t('popup_fieldMark'), form.marginMode === 'isolated');
  const leverage = num(form.leverage, t('popup_fieldLeverage'), form.marginMode === 'cross' || form.margin.trim() !== '');
  const feePercent = num(form.takerFeePercent, t('popup_fieldTakerFee'), true);
  const assumptions: string[] = [];
  let isolatedMargin: string | undefined;
  let walletBalance: string | undefined;
  if (form.marginMode === 'isolated') {
    if (form.margin.trim() !== '') isolatedMargin = num(form.margin, t('popup_fieldMargin'));
    else if (size && entryPrice && leverage && (!inverse || contractValue)) {
      // The value at entry / L: linear Q × EP / L in quote; inverse N × CV / EP / L in coin.
      const notional = valueAt({ contract: form.contract, size, contractValue }, entryPrice);
      isolatedMargin = notional.div(leverage).toString();
      assumptions.push(t('popup_assumeMargin'));
    }
  } else walletBalance = num(form.wallet, t('popup_fieldWallet'));
  const others: OtherPosition[] = [];
  if (form.marginMode === 'cross') {
    for (const [i, row] of form.others.entries()) {
      const label = (field: string) => t('popup_fieldOther', i + 1, field);
      const oSize = num(row.size, label(t('popup_fieldSize')));
      const oEntry = num(row.entryPrice, label(t('popup_fieldEntry')));
      const oMark = num(row.markPrice, label(t('popup_fieldMark')));
      const table = market && row.symbol && Object.hasOwn(market.tables, row.symbol) ? market.tables[row.symbol] : undefined;
      const oTiers = row.tiers ?? table?.tiers;
      const rate = oTiers ? undefined : num(row.maintenanceMarginRate, label(t('popup_fieldOtherRate')));
      if (!row.symbol.trim()) problems.push(t('popup_problemEmpty', label(t('popup_fieldSymbol'))));
      if (!oSize || !oEntry || !oMark || (!oTiers && !rate)) continue;
      others.push({
        symbol: row.symbol.trim(), side: row.side, size: oSize, entryPrice: oEntry, markPrice: oMark,
        ...(oTiers ? { tiers: oTiers } : { maintenanceMarginRate: rate! }),
        ...((row.contractValue ?? table?.contractValue) ? { contractValue: row.contractValue ?? table!.contractValue! } : inverse && contractValue ? { contractValue } : {}),
        ...((row.contractSize ?? table?.contractSize) ? { contractSize: row.contractSize ?? table!.contractSize! } : {}),
        ...(row.leverage ? { leverage: row.leverage } : {}),
      });
    }
  }
  if (problems.length > 0 || !size || !entryPrice || !tiers) return { ok: false, problems };
  return {
    ok: true,
    assumptions,
    input: {
      venue: form.venue,
      symbol: form.symbol,
      contract: form.contract,
      marginMode: form.marginMode,
      positionMode: form.positionMode,
      side: form.side,
      size,
      entryPrice,
      ...(contractValue ? { contractValue } : {}),
      ...(contractSize ? { contractSize } : {}),
      ...(leverage ? { leverage } : {}),
      ...(markPrice ? { markPrice } : {}),
      ...(isolatedMargin ? { isolatedMargin } : {}),
      ...(walletBalance ? { walletBalance } : {}),
      ...(others.length > 0 ? { otherPositions: others } : {}),
      ...(feePercent ? { takerFeeRate: new Dm(feePercent).div(100).toString() } : {}),
      tiers,
    },
  };
}
