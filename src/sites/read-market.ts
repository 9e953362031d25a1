// Reads the market figures (mark price, funding rate) by their labels: inside an evidenced ticker
// container when the page has one, else anywhere outside the order form and the positions panel.
import { t } from '../i18n/t';
import type { MarketView } from '../protocol/snapshot';
import { findAllByLabel, findByLabel, valueBeside, type LabelHit } from './dom/find-by-label';
import { isLabel, type LabelMatcher } from './dom/labels';
import { normalizeSpaces, textOf } from './dom/text';
import { fail, firstShown, readDecimal, type ReadContext } from './read-context';
import { quoteUnits } from './read-order';

const FIRST_FIGURE = /^[^\s/|]+/;
// "(8h)", "（8小时）": the funding interval some labels carry, which varies by instrument.
const INTERVAL = /\s*[(（][^()（）]{1,12}[)）]\s*/g;
const HAS_INTERVAL = /[(（][^()（）]{1,12}[)）]/;

/**
 * The market panel: an evidenced container holding the mark price label, else the nearest container
 * of the mark price's label and value found outside `exclude` (the order form, the positions panel).
 * `last`: the panel a reading found by content before (between full reads): while its label still
 * shows a price there it stays, without the walk of the whole body a full read makes.
 */
export function findMarketRoot(doc: Document, exclude: readonly (Element | null)[], ctx: ReadContext, last?: Element): Element | null {
  const hinted = firstShown(doc, ctx.adapter.market.roots, ctx.sight);
  if (hinted && findByLabel(hinted, ctx.labels.markPrice, ctx.spots, ctx.sight)) return hinted;
  const body = doc.body;
  if (!body) return hinted;
  // A figure outside the excluded panels; a column header "Mark Price" (of a positions table not
  // found as such) is not the market's figure.
  const fits = (hit: LabelHit) =>
    hit.value !== null && !exclude.some((root) => root?.contains(hit.label)) && !hit.label.closest('th, thead, [role="columnheader"]') && /\d/.test(hit.text);
  const again = last && last !== hinted && last.isConnected ? findByLabel(last, ctx.labels.markPrice, ctx.spots, ctx.sight) : null;
  const hit = again && fits(again) ? again : findAllByLabel(body, ctx.labels.markPrice, ctx.sight).find(fits);
  if (!hit) return hinted;
  // The item holding label and value, one level up so a strip's neighbouring items (funding) come along.
  let item: Element = hit.label;
  while (!item.contains(hit.value!) && item.parentElement && item.parentElement !== body) item = item.parentElement;
  return item.parentElement && item.parentElement !== body ? item.parentElement : item;
}

/** A funding label with its interval left out: "Funding rate (8h) / Countdown" is "Funding rate / Countdown". */
function findFunding(root: Element, matcher: LabelMatcher, ctx: ReadContext): string | null {
  const hit = findByLabel(root, matcher, ctx.spots, ctx.sight);
  if (hit) return hit.text;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = normalizeSpaces(node.nodeValue ?? '');
    if (!parent || !HAS_INTERVAL.test(text)) continue;
    if (!ctx.sight.shown(parent) || !isLabel(text.replace(INTERVAL, ' '), matcher)) continue;
    return textOf(valueBeside(parent, root, ctx.sight), ctx.sight);
  }
  return null;
}

export function readMarket(root: Element | null, ctx: ReadContext): MarketView {
  if (!root) return { markPrice: fail(t('page_markNoHeader')) };
  const hit = findByLabel(root, ctx.labels.markPrice, ctx.spots, ctx.sight);
  if (!hit) return { markPrice: fail(t('page_markNoLabel')) };
  // A position's margin or cross liquidation figure moving with the mark is no news (cell-roles.ts).
  if (hit.value) ctx.roles?.set(hit.value, 'price');
  const market: MarketView = { markPrice: readDecimal(t('page_fieldMarkPrice'), hit.text, ctx, { units: quoteUnits(ctx), sign: 'positive' }) };
  if (ctx.adapter.market.fundingRate) {
    // "0.0100% 03:12:45" or "0.0100% / 03:12:45": the rate is the first figure.
    const funding = findFunding(root, ctx.labels.fundingRate, ctx);
    const first = funding === null ? null : FIRST_FIGURE.exec(funding)?.[0] ?? '';
    market.fundingRate = first === null ? fail(t('page_fundingNotShown')) : readDecimal(t('page_fieldFundingRate'), first, ctx, { units: null, sign: 'any', percent: true });
  }
  return market;
}
