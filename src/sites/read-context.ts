// What every part of the generic reader shares: the adapter's labels compiled once, the page's number
// format, and the few rules that turn a cell's text into a Reading.
import { t } from '../i18n/t';
import type { Dec } from '../model/types';
import type { Quantity, Reading } from '../protocol/snapshot';
import type { CellRoles } from './cell-roles';
import type { LabelSpots } from './dom/find-by-label';
import type { InputQuery } from './dom/find-input';
import type { Sight } from './dom/sight';
import { compileLabels, type LabelMatcher } from './dom/labels';
import { parseNumber, type DecimalSeparator, type NumberReading } from './parse-number';
import type { Assets, InputSpec, PositionColumn, SiteAdapter } from './types';

export interface CompiledAdapter {
  isolated: LabelMatcher;
  cross: LabelMatcher;
  long: LabelMatcher;
  short: LabelMatcher;
  markPrice: LabelMatcher;
  fundingRate: LabelMatcher;
  limitTab: LabelMatcher;
  /** The order form's inputs as findInput looks for them: the adapter's hooks, the labels compiled. */
  priceInput: InputQuery;
  sizeInput: InputQuery;
  marketTab: LabelMatcher;
  sizeByQuantity: LabelMatcher;
  sizeByCost: LabelMatcher;
  sizeByValue: LabelMatcher;
  orderOpen: LabelMatcher;
  orderClose: LabelMatcher;
  orderLiquidation: LabelMatcher;
  stopLossInput: InputQuery;
  takeProfitInput: InputQuery;
  countTab: LabelMatcher;
  /** Only the columns the adapter declares. */
  columns: Partial<Record<PositionColumn, LabelMatcher>>;
  symbolNoise: LabelMatcher;
  walletBalance: LabelMatcher;
  equity: LabelMatcher;
  availableBalance: LabelMatcher;
  accountMaintenanceMarginRate: LabelMatcher;
  accountMode: LabelMatcher;
}

export interface ReadContext {
  adapter: SiteAdapter;
  labels: CompiledAdapter;
  /** The symbol of the page, from its URL. */
  symbol: string;
  /** The page's contract kind; linear when absent. */
  contract?: 'linear' | 'inverse';
  decimal: DecimalSeparator | null;
  /** Where labels were found by the previous reading of this page (see read-page's `relocate`). */
  spots?: LabelSpots;
  /** What the trader can see, for this reading only: nothing else is read. */
  sight: Sight;
  /** Where the cells read are noted with what they are to an estimate (the content script's fast lane). */
  roles?: CellRoles;
}

export function contractOf(ctx: ReadContext): 'linear' | 'inverse' {
  return ctx.contract ?? 'linear';
}

function inputQuery(spec: InputSpec | undefined): InputQuery {
  return { hooks: spec?.hooks ?? [], labels: compileLabels(spec?.labels) };
}

const compiled = new WeakMap<SiteAdapter, CompiledAdapter>();

export function compiledLabels(adapter: SiteAdapter): CompiledAdapter {
  let c = compiled.get(adapter);
  if (!c) {
    const columns: Partial<Record<PositionColumn, LabelMatcher>> = {};
    for (const [field, labels] of Object.entries(adapter.positions.columns)) if (labels) columns[field as PositionColumn] = compileLabels(labels);
    c = {
      isolated: compileLabels(adapter.words.isolated),
      cross: compileLabels(adapter.words.cross),
      long: compileLabels(adapter.words.long),
      short: compileLabels(adapter.words.short),
      markPrice: compileLabels(adapter.market.markPrice),
      fundingRate: compileLabels(adapter.market.fundingRate),
      limitTab: compileLabels(adapter.order.tabs.limitLabels),
      priceInput: inputQuery(adapter.order.price),
      sizeInput: inputQuery(adapter.order.size),
      marketTab: compileLabels(adapter.order.tabs.marketLabels),
      sizeByQuantity: compileLabels(adapter.order.sizeMode?.quantity),
      sizeByCost: compileLabels(adapter.order.sizeMode?.cost),
      sizeByValue: compileLabels(adapter.order.sizeMode?.value),
      orderOpen: compileLabels(adapter.order.positionModeTabs.open),
      orderClose: compileLabels(adapter.order.positionModeTabs.close),
      orderLiquidation: compileLabels(adapter.order.liquidationLabels),
      stopLossInput: inputQuery(adapter.order.stopLoss),
      takeProfitInput: inputQuery(adapter.order.takeProfit),
      countTab: compileLabels(adapter.positions.countTab.labels),
      columns,
      symbolNoise: compileLabels(adapter.positions.symbolNoise),
      walletBalance: compileLabels(adapter.account.walletBalance),
      equity: compileLabels(adapter.account.equity),
      availableBalance: compileLabels(adapter.account.availableBalance),
      accountMaintenanceMarginRate: compileLabels(adapter.account.maintenanceMarginRate),
      accountMode: compileLabels(adapter.account.modes),
    };
    compiled.set(adapter, c);
  }
  return c;
}

const ZERO = /^-?0(\.0*)?$/;

/** True for "0", "0.000", "-0.0". */
export function isZero(value: Dec): boolean {
  return ZERO.test(value);
}

export function ok<T>(value: T): Reading<T> {
  return { ok: true, value };
}

export function fail<T>(reason: string): Reading<T> {
  return { ok: false, reason };
}

/** "<field>: <why>", the field as the reader names it (a page label, or a page_field* name). */
export function failAbout<T>(what: string, why: string): Reading<T> {
  return fail(t('page_reason', what, why));
}

/** The same values (readings, views), by their JSON. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** First element matching any of the selectors, tried in order. */
export function firstMatch(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = scope.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** First shown element matching any of the selectors, tried in order: a hidden copy placed first is passed over. */
export function firstShown(scope: ParentNode, selectors: readonly string[], sight: Sight): Element | null {
  for (const s of selectors) {
    for (const el of scope.querySelectorAll(s)) if (sight.shown(el)) return el;
  }
  return null;
}

/** Splits "BTCUSDT" (or "BTCUSDT_250926") into base and quote assets, or null. */
export function assetsOf(symbol: string, quotes: readonly string[]): Assets | null {
  const pair = symbol.split('_')[0]!;
  for (const quote of quotes) {
    if (pair.length > quote.length && pair.endsWith(quote)) return { base: pair.slice(0, -quote.length), quote };
  }
  return null;
}

/** The assets of a symbol by the adapter's own rule, else by its quote assets. */
export function symbolAssets(symbol: string, adapter: SiteAdapter): Assets | null {
  return adapter.assets ? adapter.assets(symbol) : assetsOf(symbol, adapter.quoteAssets);
}

/** The quote asset of a symbol as a unit list for number rules (empty when unknown). */
export function quoteUnitsOf(symbol: string, adapter: SiteAdapter): string[] {
  const assets = symbolAssets(symbol, adapter);
  return assets ? [assets.quote] : [];
}

export interface NumberRule {
  /** Units allowed beside the number, upper case; null means none allowed, undefined means any. */
  units?: readonly string[] | null;
  /** 'positive' (> 0), 'non-negative' or 'any'. */
  sign: 'positive' | 'non-negative' | 'any';
  percent?: boolean;
}

/** A number cell as a Reading; the reason names the field. */
export function readDecimal(what: string, text: string, ctx: ReadContext, rule: NumberRule): Reading<Dec> {
  const parsed = parseNumber(withoutGlyph(text, ctx.adapter), ctx.decimal);
  // "$1,474.08" on a venue where "$" stands for its settlement asset (Hyperliquid: USDC).
  const dollar = ctx.adapter.dollarAsset;
  if (dollar && parsed.ok && parsed.value.unit === '$') return checkNumber(what, ok({ ...parsed.value, unit: dollar }), rule);
  return checkNumber(what, parsed, rule);
}

/** "₮71,451.0" -> "USDT 71,451.0" where the adapter says what its glyph stands for. */
function withoutGlyph(text: string, adapter: SiteAdapter): string {
  const trimmed = text.trim();
  for (const [glyph, asset] of Object.entries(adapter.glyphs ?? {})) {
    if (trimmed.startsWith(glyph)) return `${asset} ${trimmed.slice(glyph.length)}`;
  }
  return text;
}

export function checkNumber(what: string, parsed: NumberReading, rule: NumberRule): Reading<Dec> {
  if (!parsed.ok) return failAbout(what, parsed.reason);
  const { value, unit, percent } = parsed.value;
  if ((rule.percent ?? false) !== percent) return failAbout(what, t(percent ? 'page_unexpectedPercent' : 'page_expectedPercent'));
  if (unit !== null && rule.units !== undefined && !(rule.units ?? []).includes(unit.toUpperCase())) {
    return failAbout(what, t('page_unexpectedUnit', unit.slice(0, 16)));
  }
  if (rule.sign === 'positive' && (value.startsWith('-') || isZero(value))) return failAbout(what, t('page_mustBePositive', value));
  if (rule.sign === 'non-negative' && value.startsWith('-')) return failAbout(what, t('page_mustNotBeNegative', value));
  return ok(value);
}

/** A size with its unit word mapped onto the symbol's assets. Returns the signed amount too. */
export function readQuantity(what: string, text: string, unitText: string | null, symbol: string, ctx: ReadContext,
  defaultUnit?: Quantity['unit']): { quantity: Reading<Quantity>; signed: Dec | null } {
  const refuse = (why: string, signed: Dec | null = null) => ({ quantity: failAbout<Quantity>(what, why), signed });
  const parsed = parseNumber(text, ctx.decimal);
  if (!parsed.ok) return refuse(parsed.reason);
  if (parsed.value.percent) return refuse(t('page_shownAsPercent'));
  const shownUnit = (unitText ?? parsed.value.unit ?? '').trim();
  if (unitText !== null && parsed.value.unit !== null && parsed.value.unit.toUpperCase() !== unitText.toUpperCase()) {
    return refuse(t('page_twoUnitsShown'));
  }
  const signed = parsed.value.value;
  const unit: Reading<Quantity['unit']> = shownUnit === '' && defaultUnit !== undefined
    ? ok(defaultUnit)
    : unitOf(shownUnit, symbol, ctx);
  if (!unit.ok) return refuse(unit.reason, signed);
  const amount = signed.startsWith('-') ? signed.slice(1) : signed;
  if (isZero(amount)) return refuse(t('page_zero'), signed);
  return { quantity: ok({ amount, unit: unit.value }), signed };
}

const CONTRACT_WORDS = new Set(['CONT', 'CONTS', 'CONTRACT', 'CONTRACTS', '张']);

function unitOf(word: string, symbol: string, ctx: ReadContext): Reading<Quantity['unit']> {
  if (word === '') return fail(t('page_noUnitBesideSize'));
  const upper = word.toUpperCase();
  if (CONTRACT_WORDS.has(upper)) return ok('contracts');
  const assets = symbolAssets(symbol, ctx.adapter);
  if (!assets) return fail(t('page_assetsUnknown', symbol.slice(0, 40)));
  // Case-insensitive: Hyperliquid's coins include kPEPE, kBONK.
  if (upper === assets.base.toUpperCase()) return ok('base');
  if (upper === assets.quote.toUpperCase()) return ok(ctx.adapter.quoteSizeIsContracts === contractOf(ctx) ? 'contracts' : 'quote');
  return fail(t('page_unitNeither', word.slice(0, 16), assets.base, assets.quote));
}
