// The calculator's form: every input of the model as typed (strings), and how a model input (from a
// position the page read) or the page's order form fills it.
import { Dm } from '../model/decimal';
import type { Tier, PositionInput, Venue } from '../model/types';
import { venueOf } from '../venues';
import type { PageSnapshot } from '../protocol/snapshot';

export interface OtherPositionRow {
  symbol: string;
  side: 'long' | 'short';
  size: string;
  entryPrice: string;
  markPrice: string;
  /** Used when the symbol has no tier table: a flat rate (fraction). */
  maintenanceMarginRate: string;
  /** Carried from a position read on the page; not editable as text. */
  tiers?: Tier[];
  contractValue?: string;
  contractSize?: string;
  leverage?: string;
}

export interface CalculatorForm {
  venue: Venue;
  symbol: string;
  contract: 'linear' | 'inverse';
  marginMode: 'isolated' | 'cross';
  positionMode: 'one-way' | 'hedge';
  side: 'long' | 'short';
  /** Linear: base quantity; inverse: contracts. */
  size: string;
  /** Inverse: USD per contract. */
  contractValue: string;
  /** Linear venues whose tiers count contracts (OKX): base per contract. */
  contractSize: string;
  entryPrice: string;
  markPrice: string;
  leverage: string;
  /** Isolated margin; empty: notional at entry / leverage. */
  margin: string;
  /** Cross wallet balance. */
  wallet: string;
  others: OtherPositionRow[];
  tierSource: 'bundled' | 'pasted';
  tiersText: string;
  /** Percent (0.05 = 0.05 %); empty: the venue's base rate. */
  takerFeePercent: string;
  /** For the funding tool: percent per interval, and the interval in hours. */
  fundingRatePercent: string;
  fundingIntervalHours: string;
}

export const DEFAULT_FORM: CalculatorForm = {
  venue: 'binance-usdm', symbol: 'BTCUSDT', contract: 'linear', marginMode: 'isolated', positionMode: 'one-way', side: 'long',
  size: '', contractValue: '', contractSize: '', entryPrice: '', markPrice: '', leverage: '10', margin: '', wallet: '',
  others: [], tierSource: 'bundled', tiersText: '', takerFeePercent: '', fundingRatePercent: '', fundingIntervalHours: '8',
};

export const fundingIntervalOf = (venue: Venue): string => venueOf(venue).fundingIntervalHours;

const fundingOf = (snapshot: PageSnapshot) => {
  const rate = snapshot.market.fundingRate;
  return { fundingRatePercent: rate?.ok ? rate.value : '', fundingIntervalHours: fundingIntervalOf(snapshot.venue) };
};

/** A model input (a position the page read) as form fields. */
export function formFromInput(input: PositionInput, snapshot: PageSnapshot): CalculatorForm {
  return {
    ...DEFAULT_FORM,
    venue: input.venue,
    symbol: input.symbol,
    contract: input.contract,
    marginMode: input.marginMode,
    positionMode: input.positionMode ?? 'one-way',
    side: input.side,
    size: input.size,
    contractValue: input.contractValue ?? '',
    contractSize: input.contractSize ?? '',
    entryPrice: input.entryPrice,
    markPrice: input.markPrice ?? '',
    leverage: input.leverage ?? '',
    margin: input.isolatedMargin ?? '',
    wallet: input.walletBalance ?? '',
    others: (input.otherPositions ?? []).map((o) => ({
      symbol: o.symbol, side: o.side, size: o.size, entryPrice: o.entryPrice, markPrice: o.markPrice,
      maintenanceMarginRate: o.maintenanceMarginRate ?? '',
      ...(o.tiers ? { tiers: o.tiers } : {}),
      ...(o.contractValue ? { contractValue: o.contractValue } : {}),
      ...(o.contractSize ? { contractSize: o.contractSize } : {}),
      ...(o.leverage ? { leverage: o.leverage } : {}),
    })),
    takerFeePercent: '',
    ...fundingOf(snapshot),
  };
}

/** The page's order form as fields: size in base units only (other units would need the price to convert). */
export function formFromOrder(snapshot: PageSnapshot, contractOf: (venue: Venue, symbol: string) => Partial<CalculatorForm>): CalculatorForm | null {
  const order = snapshot.order;
  if (!order) return null;
  const value = (r: { ok: boolean; value?: unknown } | undefined) => (r?.ok && typeof r.value === 'string' ? r.value : '');
  const terms = contractOf(snapshot.venue, order.symbol);
  const inverse = terms.contract === 'inverse';
  const q = order.size.ok ? order.size.value : undefined;
  // Linear: base units (contracts × contract size); inverse: contracts.
  let size = '';
  if (q?.unit === 'base' && !inverse) size = q.amount;
  else if (q?.unit === 'contracts' && inverse) size = q.amount;
  else if (q?.unit === 'contracts' && terms.contractSize) size = new Dm(q.amount).mul(terms.contractSize).toString();
  const mark = value(snapshot.market.markPrice);
  return {
    ...DEFAULT_FORM,
    venue: snapshot.venue,
    symbol: order.symbol,
    ...terms,
    marginMode: order.marginMode.ok ? order.marginMode.value : 'isolated',
    positionMode: order.positionMode.ok ? order.positionMode.value : 'one-way',
    size,
    entryPrice: order.orderType.ok && order.orderType.value === 'market' ? mark : value(order.price),
    leverage: value(order.leverage) || DEFAULT_FORM.leverage,
    markPrice: mark,
    ...fundingOf(snapshot),
  };
}
