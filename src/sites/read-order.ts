// Reads the order form: what the trader has typed, and the page's own pre-trade liquidation figures.
// Side is not read: Binance-style forms show Buy/Long and Sell/Short side by side.
import type { Dec } from '../model/types';
import type { MarginMode, OrderIntent, Reading } from '../protocol/snapshot';
import { findAllByLabel } from './dom/find-by-label';
import { isLabel } from './dom/labels';
import { segmentedTextOf, textOf } from './dom/text';
import { parseNumber } from './parse-number';
import { checkNumber, fail, readDecimal, readQuantity, type ReadContext } from './read-context';

const ENDS_WITH_X = /[xX]$/;

function isActiveTab(tab: Element, activeMarker: string): boolean {
  return tab.getAttribute('aria-selected') === 'true' || tab.matches(activeMarker) || tab.querySelector(activeMarker) !== null;
}

function readOrderType(form: Element, ctx: ReadContext): Reading<'limit' | 'market'> {
  const tabs = ctx.adapter.order.tabs;
  const limit = form.querySelector(tabs.limit);
  const market = form.querySelector(tabs.market);
  const limitActive = limit !== null && isActiveTab(limit, tabs.activeMarker);
  const marketActive = market !== null && isActiveTab(market, tabs.activeMarker);
  if (limitActive && !marketActive) return { ok: true, value: 'limit' };
  if (marketActive && !limitActive) return { ok: true, value: 'market' };
  if (limitActive && marketActive) return fail('order type: both Limit and Market look selected');
  const other = Array.from(form.querySelectorAll(tabs.all)).find((t) => isActiveTab(t, tabs.activeMarker));
  if (other) return fail(`order type "${segmentedTextOf(other).slice(0, 30)}" is not read; only Limit and Market are`);
  return fail('order type: no selected Limit or Market tab found');
}

/** Margin mode and leverage shown as two links/buttons, in either order. */
function readMarginAndLeverage(form: Element, ctx: ReadContext): { marginMode: Reading<MarginMode>; leverage: Reading<Dec> } {
  let marginMode: Reading<MarginMode> = fail('margin mode: not found in the order form');
  let leverage: Reading<Dec> = fail('leverage: not found in the order form');
  for (const el of Array.from(form.querySelectorAll(ctx.adapter.order.marginAndLeverage))) {
    const text = textOf(el);
    if (isLabel(text, ctx.labels.isolated)) marginMode = { ok: true, value: 'isolated' };
    else if (isLabel(text, ctx.labels.cross)) marginMode = { ok: true, value: 'cross' };
    else if (ENDS_WITH_X.test(text)) leverage = readLeverage(text, ctx);
  }
  return { marginMode, leverage };
}

/** "20x" -> "20". */
export function readLeverage(text: string, ctx: ReadContext): Reading<Dec> {
  return checkNumber('leverage', parseNumber(text, ctx.decimal), { units: ['X'], sign: 'positive' });
}

function readPositionMode(form: Element, ctx: ReadContext): Reading<'one-way' | 'hedge'> {
  let open = false;
  let close = false;
  for (const tab of Array.from(form.querySelectorAll(ctx.adapter.order.positionModeTabs.candidates))) {
    const text = textOf(tab);
    if (isLabel(text, ctx.labels.orderOpen)) open = true;
    else if (isLabel(text, ctx.labels.orderClose)) close = true;
  }
  if (open && close) return { ok: true, value: 'hedge' };
  if (!open && !close) return { ok: true, value: 'one-way' };
  return fail(`position mode: only the ${open ? 'Open' : 'Close'} tab is shown`);
}

function readDisplayedLiquidation(form: Element, ctx: ReadContext): OrderIntent['displayedLiquidation'] {
  const hits = findAllByLabel(form, ctx.labels.orderLiquidation);
  if (hits.length !== 2) {
    const reason = hits.length === 0
      ? 'the page shows no pre-trade liquidation price'
      : `expected two pre-trade liquidation rows (long, short), found ${hits.length}`;
    return { long: fail(reason), short: fail(reason) };
  }
  const quote = quoteUnits(ctx);
  // In the order form "--" means nothing to estimate yet, not "no liquidation price": not read as 'none'.
  const side = (hit: (typeof hits)[number], name: string): Reading<Dec | 'none'> =>
    readDecimal(`page's ${name} liquidation price`, hit.text, ctx, { units: quote, sign: 'positive' });
  return { long: side(hits[0]!, 'long'), short: side(hits[1]!, 'short') };
}

export function quoteUnits(ctx: ReadContext): string[] {
  const pair = ctx.symbol.split('_')[0]!;
  return ctx.adapter.quoteAssets.filter((q) => pair.endsWith(q));
}

export function readOrder(form: Element, ctx: ReadContext): OrderIntent {
  const o = ctx.adapter.order;
  const orderType = readOrderType(form, ctx);
  let price: Reading<Dec>;
  if (orderType.ok && orderType.value === 'market') {
    price = fail('market order: no limit price');
  } else {
    const input = form.querySelector<HTMLInputElement>(o.priceInput);
    if (!input) price = fail('price: no price field found');
    else if (input.value.trim() === '') price = fail('price: nothing typed');
    else price = readDecimal('price', input.value, ctx, { units: quoteUnits(ctx), sign: 'positive' });
  }
  const sizeInput = form.querySelector<HTMLInputElement>(o.sizeInput);
  const unitEl = form.querySelector(o.sizeUnit);
  let size: OrderIntent['size'];
  if (!sizeInput) size = fail('size: no size field found');
  else if (sizeInput.value.trim() === '') size = fail('size: nothing typed');
  else if (!unitEl) size = fail('size: no unit shown beside the size field');
  else {
    const read = readQuantity('size', sizeInput.value, textOf(unitEl), ctx.symbol, ctx);
    size = read.signed?.startsWith('-') ? fail('size: negative') : read.quantity;
  }
  const { marginMode, leverage } = readMarginAndLeverage(form, ctx);
  return {
    symbol: ctx.symbol,
    orderType,
    price,
    size,
    leverage,
    marginMode,
    positionMode: readPositionMode(form, ctx),
    displayedLiquidation: readDisplayedLiquidation(form, ctx),
  };
}
