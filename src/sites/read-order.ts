// Reads the order form: what the trader has typed, and the page's own pre-trade liquidation figures.
// Side is not read: Binance-style forms show Buy/Long and Sell/Short side by side.
import { t } from '../i18n/t';
import type { Dec } from '../model/types';
import type { MarginMode, OrderIntent, Reading } from '../protocol/snapshot';
import { findAllByLabel } from './dom/find-by-label';
import { isLabel } from './dom/labels';
import { segmentedTextOf, textOf } from './dom/text';
import { parseNumber } from './parse-number';
import { checkNumber, contractOf, fail, failAbout, quoteUnitsOf, readDecimal, readQuantity, type ReadContext } from './read-context';

const ENDS_WITH_X = /[xX]$/;

function isActiveTab(tab: Element, activeMarker: string): boolean {
  return tab.getAttribute('aria-selected') === 'true' || tab.matches(activeMarker) || tab.querySelector(activeMarker) !== null;
}

type TabKind = 'limit' | 'market' | 'other';

function tabKind(tab: Element, ctx: ReadContext): TabKind {
  const tabs = ctx.adapter.order.tabs;
  if (tabs.limit && tab.matches(tabs.limit)) return 'limit';
  if (tabs.market && tab.matches(tabs.market)) return 'market';
  const text = undoubled(textOf(tab, ctx.sight));
  if (isLabel(text, ctx.labels.limitTab)) return 'limit';
  if (isLabel(text, ctx.labels.marketTab)) return 'market';
  return 'other';
}

function readOrderType(form: Element, ctx: ReadContext): Reading<'limit' | 'market'> {
  const tabs = ctx.adapter.order.tabs;
  let limitActive = false;
  let marketActive = false;
  let other: Element | null = null;
  const candidates = Array.from(form.querySelectorAll(tabs.all));
  // Tabs named by selector may sit outside `all` (Binance's #tab-LIMIT is also [id^="tab-"]).
  for (const sel of [tabs.limit, tabs.market]) {
    const el = sel ? form.querySelector(sel) : null;
    if (el && !candidates.includes(el)) candidates.push(el);
  }
  for (const tab of candidates) {
    if (!isActiveTab(tab, tabs.activeMarker)) continue;
    const kind = tabKind(tab, ctx);
    if (kind === 'limit') limitActive = true;
    else if (kind === 'market') marketActive = true;
    else other ??= tab;
  }
  if (limitActive && !marketActive) return { ok: true, value: 'limit' };
  if (marketActive && !limitActive) return { ok: true, value: 'market' };
  if (limitActive && marketActive) return fail(t('page_orderTypeBoth'));
  if (other) return fail(t('page_orderTypeOther', segmentedTextOf(other, ctx.sight).slice(0, 30)));
  return fail(t('page_orderTypeNone'));
}

const DOUBLED_MIN = 2;

/** "5x5x" -> "5x": some buttons render their label twice (one copy for measuring). */
export function undoubled(text: string): string {
  const half = text.length / 2;
  if (text.length >= DOUBLED_MIN * 2 && Number.isInteger(half) && text.slice(0, half) === text.slice(half)) return text.slice(0, half);
  return text;
}

/** Margin mode and leverage shown as two links/buttons, in either order. */
function readMarginAndLeverage(form: Element, ctx: ReadContext): { marginMode: Reading<MarginMode>; leverage: Reading<Dec> } {
  let marginMode: Reading<MarginMode> = fail(t('page_marginModeNotInForm'));
  let leverage: Reading<Dec> = fail(t('page_leverageNotInForm'));
  for (const el of Array.from(form.querySelectorAll(ctx.adapter.order.marginAndLeverage))) {
    const text = undoubled(textOf(el, ctx.sight));
    if (isLabel(text, ctx.labels.isolated)) marginMode = { ok: true, value: 'isolated' };
    else if (isLabel(text, ctx.labels.cross)) marginMode = { ok: true, value: 'cross' };
    else if (ENDS_WITH_X.test(text)) leverage = readLeverage(text, ctx);
  }
  return { marginMode, leverage };
}

/** "20x" -> "20". */
export function readLeverage(text: string, ctx: ReadContext): Reading<Dec> {
  return checkNumber(t('page_fieldLeverage'), parseNumber(text, ctx.decimal), { units: ['X'], sign: 'positive' });
}

function readPositionMode(form: Element, ctx: ReadContext): Reading<'one-way' | 'hedge'> {
  let open = false;
  let close = false;
  for (const tab of Array.from(form.querySelectorAll(ctx.adapter.order.positionModeTabs.candidates))) {
    const text = undoubled(textOf(tab, ctx.sight));
    if (isLabel(text, ctx.labels.orderOpen)) open = true;
    else if (isLabel(text, ctx.labels.orderClose)) close = true;
  }
  if (open && close) return { ok: true, value: 'hedge' };
  if (!open && !close) {
    // One-way is read from the tabs' absence, so a tab the selector no longer finds (renamed classes)
    // must not pass for one: an Open or Close label anywhere in the form means we can't tell.
    // Hidden labels count too here: the cautious answer.
    const stray = Array.from(form.querySelectorAll('*')).some((el) => {
      if (el.children.length > 0) return false;
      const text = undoubled(textOf(el));
      return isLabel(text, ctx.labels.orderOpen) || isLabel(text, ctx.labels.orderClose);
    });
    return stray ? fail(t('page_positionModeStray')) : { ok: true, value: 'one-way' };
  }
  return fail(t(open ? 'page_positionModeOnlyOpen' : 'page_positionModeOnlyClose'));
}

function readDisplayedLiquidation(form: Element, ctx: ReadContext): OrderIntent['displayedLiquidation'] {
  if (ctx.labels.orderLiquidation.keys.size === 0) {
    const reason = t('page_noPretradeLiqOnVenue');
    return { long: fail(reason), short: fail(reason) };
  }
  const hits = findAllByLabel(form, ctx.labels.orderLiquidation, ctx.sight);
  if (hits.length !== 2) {
    const reason = hits.length === 0 ? t('page_noPretradeLiq') : t('page_pretradeLiqRows', hits.length);
    return { long: fail(reason), short: fail(reason) };
  }
  const quote = quoteUnits(ctx);
  // In the order form "--" means nothing to estimate yet, not "no liquidation price": not read as 'none'.
  const side = (hit: (typeof hits)[number], name: string): Reading<Dec | 'none'> =>
    readDecimal(name, hit.text, ctx, { units: quote, sign: 'positive' });
  return { long: side(hits[0]!, t('page_fieldPageLiqLong')), short: side(hits[1]!, t('page_fieldPageLiqShort')) };
}

export function quoteUnits(ctx: ReadContext): string[] {
  if (ctx.adapter.assets) return quoteUnitsOf(ctx.symbol, ctx.adapter);
  const pair = ctx.symbol.split('_')[0]!;
  return ctx.adapter.quoteAssets.filter((q) => pair.endsWith(q));
}

/** What a typed size means by the "order by" switch, or null when the form has none. */
function readSizeMode(form: Element, ctx: ReadContext): Reading<'quantity' | 'cost' | 'value'> | null {
  const mode = ctx.adapter.order.sizeMode;
  if (!mode) return null;
  const el = form.querySelector(mode.selector);
  if (!el) return fail(t('page_sizeNoSwitch'));
  const text = undoubled(textOf(el, ctx.sight));
  if (isLabel(text, ctx.labels.sizeByQuantity)) return { ok: true, value: 'quantity' };
  if (isLabel(text, ctx.labels.sizeByCost)) return { ok: true, value: 'cost' };
  if (isLabel(text, ctx.labels.sizeByValue)) return { ok: true, value: 'value' };
  return fail(t('page_sizeSwitchUnknown', text.slice(0, 20)));
}

function readSize(form: Element, ctx: ReadContext): OrderIntent['size'] {
  const o = ctx.adapter.order;
  const sizeInput = form.querySelector<HTMLInputElement>(o.sizeInput);
  if (!sizeInput) return fail(t('page_sizeNoField'));
  const what = t('page_fieldSize');
  if (sizeInput.value.trim() === '') return failAbout(what, t('page_nothingTyped'));
  const unitEl = form.querySelector(o.sizeUnit);
  const unitText = unitEl ? undoubled(textOf(unitEl, ctx.sight)) : '';
  const fallback = o.defaultSizeUnit?.[contractOf(ctx)];
  if (unitText === '' && fallback === undefined) return fail(t('page_sizeNoUnit'));
  const read = readQuantity(what, sizeInput.value, unitText === '' ? null : unitText, ctx.symbol, ctx, fallback);
  if (read.signed?.startsWith('-')) return fail(t('page_sizeNegative'));
  const mode = readSizeMode(form, ctx);
  if (mode === null || !read.quantity.ok) return read.quantity;
  const { amount, unit } = read.quantity.value;
  // Without the switch, a coin or contract size is still plain; only a quote amount needs it.
  if (!mode.ok) return unit === 'quote' ? mode : read.quantity;
  // By Cost and by Value both show the quote asset: only the switch tells margin from notional.
  if (mode.value === 'cost') return unit === 'quote' ? { ok: true, value: { amount, unit: 'cost' } } : fail(t('page_sizeCostNotQuote'));
  if (mode.value === 'value') return unit === 'quote' ? read.quantity : fail(t('page_sizeValueNotQuote'));
  return unit === 'quote' ? fail(t('page_sizeQtyIsQuote')) : read.quantity;
}

function readTrigger(form: Element, selector: string, what: string, ctx: ReadContext): Reading<Dec> {
  const input = form.querySelector<HTMLInputElement>(selector);
  if (!input) return failAbout(what, t('page_notSetWithOrder'));
  if (input.value.trim() === '') return failAbout(what, t('page_nothingTyped'));
  return readDecimal(what, input.value, ctx, { units: quoteUnits(ctx), sign: 'positive' });
}

export function readOrder(form: Element, ctx: ReadContext): OrderIntent {
  const o = ctx.adapter.order;
  const orderType = readOrderType(form, ctx);
  let price: Reading<Dec>;
  if (orderType.ok && orderType.value === 'market') {
    price = fail(t('page_marketNoPrice'));
  } else {
    const input = form.querySelector<HTMLInputElement>(o.priceInput);
    if (!input) price = fail(t('page_priceNoField'));
    else if (input.value.trim() === '') price = failAbout(t('page_fieldPrice'), t('page_nothingTyped'));
    else price = readDecimal(t('page_fieldPrice'), input.value, ctx, { units: quoteUnits(ctx), sign: 'positive' });
  }
  const size = readSize(form, ctx);
  const { marginMode, leverage } = readMarginAndLeverage(form, ctx);
  const order: OrderIntent = {
    symbol: ctx.symbol,
    orderType,
    price,
    size,
    leverage,
    marginMode,
    positionMode: readPositionMode(form, ctx),
    displayedLiquidation: readDisplayedLiquidation(form, ctx),
  };
  if (o.stopLossInput) order.stopLoss = readTrigger(form, o.stopLossInput, t('page_fieldStopLoss'), ctx);
  if (o.takeProfitInput) order.takeProfit = readTrigger(form, o.takeProfitInput, t('page_fieldTakeProfit'), ctx);
  return order;
}
