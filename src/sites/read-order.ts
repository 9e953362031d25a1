// Reads the order form: what the trader has typed, and the page's own pre-trade liquidation figures.
// Side is not read: Binance-style forms show Buy/Long and Sell/Short side by side.
import { t } from '../i18n/t';
import type { Dec } from '../model/types';
import type { MarginMode, OrderIntent, Reading } from '../protocol/snapshot';
import { findAllByLabel } from './dom/find-by-label';
import { findInput, type FoundInput, type InputQuery } from './dom/find-input';
import { isLabel, type LabelMatcher } from './dom/labels';
import { segmentedTextOf, textOf } from './dom/text';
import { parseNumber } from './parse-number';
import { checkNumber, contractOf, fail, failAbout, ok, quoteUnitsOf, readDecimal, readQuantity, sameJson, type ReadContext } from './read-context';

// "20x", "20.00x", "20 X".
const LEVERAGE = /^\d+(?:[.,]\d+)?\s?[xX]$/;
// "Cross 20x", "全仓 20x": one control naming both (Binance 2026).
const MODE_AND_LEVERAGE = /^(.+?)\s*(\d+(?:[.,]\d+)?\s?[xX])$/;

function isActiveTab(tab: Element, activeMarker: string): boolean {
  return tab.getAttribute('aria-selected') === 'true' || tab.matches(activeMarker) || tab.querySelector(activeMarker) !== null;
}

type TabKind = 'limit' | 'market' | 'other';

/** What an order-type tab is, by its declared selector or its text (the order form is found by these too). */
export function tabKind(tab: Element, ctx: ReadContext): TabKind {
  const tabs = ctx.adapter.order.tabs;
  if (tabs.limit && tab.matches(tabs.limit)) return 'limit';
  if (tabs.market && tab.matches(tabs.market)) return 'market';
  const text = textOf(tab, ctx.sight);
  if (isLabel(text, ctx.labels.limitTab)) return 'limit';
  if (isLabel(text, ctx.labels.marketTab)) return 'market';
  return 'other';
}

/** An Open or Close tab's text: the position mode, not an order type. */
function isOpenOrClose(text: string, ctx: ReadContext): boolean {
  return isLabel(text, ctx.labels.orderOpen) || isLabel(text, ctx.labels.orderClose);
}

// An active tab's class: "active", "is-active", "tab--active", "sc-tab-selected" (not "inactive").
const ACTIVE_CLASS = /(?:^|[-_])(?:active|selected|current)$/i;

/** The elements of `form` whose whole text is one of the labels (innermost), in document order. */
function wordElements(form: Element, labels: LabelMatcher, ctx: ReadContext): Element[] {
  return Array.from(form.querySelectorAll('*')).filter((el) => el.children.length === 0 && ctx.sight.shown(el) && isLabel(textOf(el, ctx.sight), labels));
}

/**
 * Order-type tabs the declared selectors don't find (no role, no known class): the elements saying
 * Limit or Market, active when marked so by aria or by an "active"/"selected" class token.
 */
function activeByWord(form: Element, ctx: ReadContext): { limitActive: boolean; marketActive: boolean } {
  const active = (el: Element) =>
    el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true' || Array.from(el.classList).some((c) => ACTIVE_CLASS.test(c));
  const limits = wordElements(form, ctx.labels.limitTab, ctx);
  const markets = wordElements(form, ctx.labels.marketTab, ctx);
  // Only tabs side by side: a Limit and a Market button elsewhere in the form are not the order type.
  return {
    limitActive: limits.some((el) => active(el) && markets.some((o) => o.parentElement === el.parentElement)),
    marketActive: markets.some((el) => active(el) && limits.some((o) => o.parentElement === el.parentElement)),
  };
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
    // Limit or Market chosen is an input of the order's estimate (cell-roles.ts).
    ctx.roles?.set(tab, 'input');
    if (!isActiveTab(tab, tabs.activeMarker)) continue;
    const kind = tabKind(tab, ctx);
    // Tabs found by role alone include the Open / Close tabs: those are the position mode, not an order type.
    if (kind === 'other' && isOpenOrClose(textOf(tab, ctx.sight), ctx)) continue;
    if (kind === 'limit') limitActive = true;
    else if (kind === 'market') marketActive = true;
    else other ??= tab;
  }
  if (!limitActive && !marketActive && !other) ({ limitActive, marketActive } = activeByWord(form, ctx));
  if (limitActive && !marketActive) return ok('limit');
  if (marketActive && !limitActive) return ok('market');
  if (limitActive && marketActive) return fail(t('page_orderTypeBoth'));
  if (other) return fail(t('page_orderTypeOther', segmentedTextOf(other, ctx.sight).slice(0, 30)));
  return fail(t('page_orderTypeNone'));
}

const UNCHOSEN = ['aria-pressed', 'aria-selected', 'aria-checked'];

/** Margin mode and leverage as the form shows them, with the short side's leverage where it has its own. */
export interface MarginAndLeverage {
  marginMode: Reading<MarginMode>;
  leverage: Reading<Dec>;
  shortLeverage?: Reading<Dec>;
}

/**
 * What one control says: "Isolated", "20x", "Cross 20x", or "5x 10x" (two leverages: the long's,
 * then the short's, as OKX shows them in long/short mode), or null when it says none of these.
 */
function controlReading(el: Element, ctx: ReadContext): Partial<MarginAndLeverage> | null {
  const text = segmentedTextOf(el, ctx.sight);
  const mode = (word: string): MarginMode | null => (isLabel(word, ctx.labels.isolated) ? 'isolated' : isLabel(word, ctx.labels.cross) ? 'cross' : null);
  const alone = mode(text);
  if (alone) return { marginMode: ok(alone) };
  if (LEVERAGE.test(text)) return { leverage: readLeverage(text, ctx) };
  const parts = text.split(' ');
  if (parts.length === 2 && parts.every((p) => LEVERAGE.test(p))) {
    return { leverage: readLeverage(parts[0]!, ctx), shortLeverage: readLeverage(parts[1]!, ctx) };
  }
  const both = MODE_AND_LEVERAGE.exec(text);
  const combined = both ? mode(both[1]!) : null;
  if (both && combined) return { marginMode: ok(combined), leverage: readLeverage(both[2]!, ctx) };
  return null;
}

/**
 * Margin mode and leverage from the form's controls, in any order and however grouped. Two controls
 * saying different things (two leverages) are refused: we can't tell which one the order takes.
 */
function readMarginAndLeverage(form: Element, ctx: ReadContext): MarginAndLeverage {
  const found: Partial<MarginAndLeverage> = {};
  let modeConflict = false;
  let leverageConflict = false;
  const candidates = ctx.adapter.order.marginAndLeverage ?? 'button, a, [role="button"]';
  for (const el of form.querySelectorAll(candidates)) {
    // A segmented control shows every choice: only the pressed or selected one is the setting.
    if (!ctx.sight.shown(el) || UNCHOSEN.some((a) => el.getAttribute(a) === 'false')) continue;
    const read = controlReading(el, ctx);
    if (!read) continue;
    ctx.roles?.set(el, 'input');
    if (read.marginMode) {
      if (found.marginMode && !sameJson(found.marginMode, read.marginMode)) modeConflict = true;
      found.marginMode = read.marginMode;
    }
    if (read.leverage) {
      if (found.leverage && (!sameJson(found.leverage, read.leverage) || !sameJson(found.shortLeverage, read.shortLeverage))) leverageConflict = true;
      found.leverage = read.leverage;
      if (read.shortLeverage) found.shortLeverage = read.shortLeverage;
    }
  }
  const result: MarginAndLeverage = {
    marginMode: modeConflict ? fail(t('page_marginModeTwo')) : found.marginMode ?? fail(t('page_marginModeNotInForm')),
    leverage: leverageConflict ? fail(t('page_leverageTwo')) : found.leverage ?? fail(t('page_leverageNotInForm')),
  };
  if (found.shortLeverage) result.shortLeverage = leverageConflict ? fail(t('page_leverageTwo')) : found.shortLeverage;
  return result;
}

/** "20x" -> "20". */
export function readLeverage(text: string, ctx: ReadContext): Reading<Dec> {
  return checkNumber(t('page_fieldLeverage'), parseNumber(text, ctx.decimal), { units: ['X'], sign: 'positive' });
}

function readPositionMode(form: Element, ctx: ReadContext): Reading<'one-way' | 'hedge'> {
  let open = false;
  let close = false;
  for (const tab of form.querySelectorAll(ctx.adapter.order.positionModeTabs.candidates)) {
    const text = textOf(tab, ctx.sight);
    if (isLabel(text, ctx.labels.orderOpen)) open = true;
    else if (isLabel(text, ctx.labels.orderClose)) close = true;
  }
  if (open && close) return ok('hedge');
  if (!open && !close) {
    // One-way is read from the tabs' absence, so a tab the selector no longer finds (renamed classes)
    // must not pass for one: an Open or Close label anywhere in the form means we can't tell.
    // Hidden labels count too here: the cautious answer.
    const stray = Array.from(form.querySelectorAll('*')).some((el) => el.children.length === 0 && isOpenOrClose(textOf(el), ctx));
    if (!stray) return ok('one-way');
    // Open and Close side by side, as plain elements the declared selectors don't find: hedge mode.
    const opens = wordElements(form, ctx.labels.orderOpen, ctx);
    const closes = wordElements(form, ctx.labels.orderClose, ctx);
    if (opens.some((o) => closes.some((c) => c.parentElement === o.parentElement))) return ok('hedge');
    return fail(t('page_positionModeStray'));
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
  // In the order form "--" means nothing to estimate yet, not "no liquidation price": not read as 'none'.
  // The page's own figure is an estimate's input (the verdict); for a market order it follows the price.
  for (const hit of hits) if (hit.value) ctx.roles?.set(hit.value, 'follows-price');
  const rule = { units: quoteUnits(ctx), sign: 'positive' } as const;
  return { long: readDecimal(t('page_fieldPageLiqLong'), hits[0]!.text, ctx, rule), short: readDecimal(t('page_fieldPageLiqShort'), hits[1]!.text, ctx, rule) };
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
  ctx.roles?.set(el, 'input');
  const text = textOf(el, ctx.sight);
  if (isLabel(text, ctx.labels.sizeByQuantity)) return ok('quantity');
  if (isLabel(text, ctx.labels.sizeByCost)) return ok('cost');
  if (isLabel(text, ctx.labels.sizeByValue)) return ok('value');
  return fail(t('page_sizeSwitchUnknown', text.slice(0, 20)));
}

/** The size unit: an evidenced unit element, else the label's "(Unit)", else the suffix after the input. */
function sizeUnitText(form: Element, found: FoundInput, ctx: ReadContext): Reading<string> {
  const hint = ctx.adapter.order.sizeUnit;
  const unitEl = hint ? form.querySelector(hint) : null;
  if (unitEl) ctx.roles?.set(unitEl, 'input');
  const shown = unitEl ? textOf(unitEl, ctx.sight) : '';
  if (shown !== '') return ok(shown);
  const { labelUnit, suffix } = found;
  // A suffix that is a figure or a button word is not a unit; only a label and a suffix that disagree are refused.
  if (labelUnit !== '' && suffix !== '' && labelUnit.toUpperCase() !== suffix.toUpperCase() && UNIT_WORD.test(suffix)) {
    return fail(t('page_sizeTwoUnits', labelUnit.slice(0, 16), suffix.slice(0, 16)));
  }
  if (labelUnit !== '') return ok(labelUnit);
  return ok(UNIT_WORD.test(suffix) ? suffix : '');
}

// One word: "BTC", "USDT", "Cont", "Contracts", "张".
const UNIT_WORD = /^(?:[A-Za-z][A-Za-z0-9]{0,15}|张)$/;

function readSize(form: Element, ctx: ReadContext): OrderIntent['size'] {
  const o = ctx.adapter.order;
  const found = findInput(form, ctx.labels.sizeInput, ctx.sight);
  if (!found) return fail(t('page_sizeNoField'));
  const sizeInput = found.input;
  const what = t('page_fieldSize');
  if (sizeInput.value.trim() === '') return failAbout(what, t('page_nothingTyped'));
  const shownUnit = sizeUnitText(form, found, ctx);
  if (!shownUnit.ok) return shownUnit;
  const unitText = shownUnit.value;
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
  if (mode.value === 'cost') return unit === 'quote' ? ok({ amount, unit: 'cost' }) : fail(t('page_sizeCostNotQuote'));
  if (mode.value === 'value') return unit === 'quote' ? read.quantity : fail(t('page_sizeValueNotQuote'));
  return unit === 'quote' ? fail(t('page_sizeQtyIsQuote')) : read.quantity;
}

/**
 * A trigger price typed with the order, found like the price input. A label naming a unit other than
 * the quote asset ("Stop Loss (%)"), or a "%" after the input (an ROI input), is not a price: refused
 * rather than read as one.
 */
function readTrigger(form: Element, query: InputQuery, what: string, ctx: ReadContext): Reading<Dec> {
  const found = findInput(form, query, ctx.sight);
  if (!found) return failAbout(what, t('page_notSetWithOrder'));
  const units = quoteUnits(ctx);
  const unit = found.suffix === '%' ? '%' : found.labelUnit;
  if (unit !== '' && !units.includes(unit.toUpperCase())) return failAbout(what, t('page_triggerNotPrice', unit.slice(0, 16)));
  if (found.input.value.trim() === '') return failAbout(what, t('page_nothingTyped'));
  return readDecimal(what, found.input.value, ctx, { units, sign: 'positive' });
}

export function readOrder(form: Element, ctx: ReadContext): OrderIntent {
  const o = ctx.adapter.order;
  const orderType = readOrderType(form, ctx);
  let price: Reading<Dec>;
  if (orderType.ok && orderType.value === 'market') {
    price = fail(t('page_marketNoPrice'));
  } else {
    const input = findInput(form, ctx.labels.priceInput, ctx.sight)?.input;
    if (!input) price = fail(t('page_priceNoField'));
    else if (input.value.trim() === '') price = failAbout(t('page_fieldPrice'), t('page_nothingTyped'));
    else price = readDecimal(t('page_fieldPrice'), input.value, ctx, { units: quoteUnits(ctx), sign: 'positive' });
  }
  const size = readSize(form, ctx);
  const { marginMode, leverage, shortLeverage } = readMarginAndLeverage(form, ctx);
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
  if (shortLeverage) order.shortLeverage = shortLeverage;
  if (o.stopLoss) order.stopLoss = readTrigger(form, ctx.labels.stopLossInput, t('page_fieldStopLoss'), ctx);
  if (o.takeProfit) order.takeProfit = readTrigger(form, ctx.labels.takeProfitInput, t('page_fieldTakeProfit'), ctx);
  return order;
}
