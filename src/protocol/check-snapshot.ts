// Run-time check of a PageSnapshot arriving from a content script: the page is hostile ground, and
// the content script may be an older build than the worker.
import { VENUE_IDS } from '../venues/venue-ids';
import { arrayOf, boundedString, decimalString, exactly, integer, literal, nullable, object, oneOf, type Check } from './check';
import type { PageSnapshot, Reading } from './snapshot';
import { WALLET_FORM } from './wallet-form';

const MAX_REASON = 300;
const MAX_SYMBOL = 40;
export const MAX_ROWS = 200;


function reading<T>(value: Check<T>): Check<Reading<T>> {
  const good = object({ ok: exactly(true), value });
  const bad = object({ ok: exactly(false), reason: boundedString(MAX_REASON) });
  return (v, path) => ((v as { ok?: unknown } | null)?.ok === false ? bad(v, path) : good(v, path)) as ReturnType<Check<Reading<T>>>;
}

const dec = reading(decimalString);
const decOrNone = reading(oneOf(decimalString, literal('none')));
const quantity = reading(object({ amount: decimalString, unit: literal('base', 'quote', 'contracts', 'cost') }));
const side = reading(literal('long', 'short'));
const marginMode = reading(literal('isolated', 'cross'));
const symbol = boundedString(MAX_SYMBOL);
const wallet: Check<string> = (v, path) =>
  typeof v === 'string' && WALLET_FORM.test(v) ? { ok: true, value: v } : { ok: false, path, problem: 'expected an address or its 0x1234…abcd form' };

const position = object({
  key: boundedString(100),
  symbol,
  side,
  marginMode,
  leverage: dec,
  size: quantity,
  entryPrice: dec,
  markPrice: dec,
  liquidationPrice: decOrNone,
  margin: dec,
  marginRatio: dec,
}, { unrealizedPnl: dec, maintenanceMargin: dec, initialMargin: dec, positionValue: dec, unidentified: boundedString(MAX_REASON), takeProfit: decOrNone, stopLoss: decOrNone });

const order = object({
  symbol,
  orderType: reading(literal('limit', 'market')),
  price: dec,
  size: quantity,
  leverage: dec,
  marginMode,
  positionMode: reading(literal('one-way', 'hedge')),
  displayedLiquidation: object({ long: decOrNone, short: decOrNone }),
}, { stopLoss: dec, takeProfit: dec, shortLeverage: dec });

export const checkSnapshot: Check<PageSnapshot> = object({
  venue: literal(...VENUE_IDS),
  symbol,
  market: object({ markPrice: dec }, { fundingRate: dec }),
  order: nullable(order),
  positions: nullable(object({ rows: arrayOf(position, MAX_ROWS), declaredCount: reading(integer) }, { signedOut: exactly(true) })),
  account: nullable(object({ walletBalance: dec }, { equity: dec, availableBalance: dec, maintenanceMarginRate: dec, mode: boundedString(80) })),
}, { contract: literal('linear', 'inverse'), unconfirmed: exactly(true), wallet }) as Check<PageSnapshot>;
