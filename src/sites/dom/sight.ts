// What the trader can see. A page can put text the trader never sees beside a figure (off-screen,
// hidden, clipped to nothing) or place a hidden copy of a panel first; the reader reads only what is
// shown. One Sight per reading: every answer is cached for that reading only, so each element's style
// is asked once per read.
//
// Without layout (unit tests under happy-dom) only styles tell; with layout (the content script in a
// real browser) the boxes of out-of-flow, transformed or clipping elements are checked too.

/** How an element itself shows, its ancestors aside. 'own-text-hidden': visibility: hidden, which children may undo. */
export type Look = 'shown' | 'own-text-hidden' | 'hidden';

export interface Sight {
  /** How `el` shows inside `within` (the element being read, whose box a shown child must overlap). */
  look(el: Element, within: Element): Look;
  /** True when `el` is shown on the page, its ancestors included: for panels and rows. */
  shown(el: Element): boolean;
}

export interface SightOptions {
  /** Ask the engine for boxes (never in happy-dom, which has no layout). */
  layout: boolean;
  /** The extension's own elements (the overlay's hosts): never read, whatever they contain. */
  own?: (el: Element) => boolean;
}

// Beyond this many pixels out, a positioned element is off the page (the usual -9999px).
const FAR_OUT_PX = -500;
const FAR_OUT_PROPERTIES = ['left', 'top', 'right', 'bottom', 'textIndent'] as const;
const NOTHING_LEFT = /inset\(\s*50%|rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)|circle\(\s*0(px)?\s*[ )]/;

/** Zero wide or zero high with its overflow cut: nothing of it shows (a style fact, no layout needed). */
function clippedToNothing(s: CSSStyleDeclaration): boolean {
  if (![s.overflow, s.overflowX, s.overflowY].some((v) => v === 'hidden' || v === 'clip')) return false;
  return [s.width, s.height, s.maxWidth, s.maxHeight].some((v) => v !== undefined && v !== '' && /^0(px)?$/.test(v.trim()));
}

export function makeSight({ layout, own }: SightOptions): Sight {
  const styles = new Map<Element, CSSStyleDeclaration>();
  const looks = new Map<Element, Look>();
  const shownCache = new Map<Element, boolean>();
  const styleOf = (el: Element): CSSStyleDeclaration => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = (el.ownerDocument.defaultView ?? globalThis).getComputedStyle(el)));
    return s;
  };
  /** Hidden by its own style, whatever surrounds it. */
  const hiddenByStyle = (el: Element, s: CSSStyleDeclaration): boolean =>
    (own !== undefined && own(el)) ||
    el.hasAttribute('hidden') ||
    s.display === 'none' ||
    s.opacity === '0' ||
    s.fontSize === '0px' ||
    NOTHING_LEFT.test(s.clipPath || '') ||
    NOTHING_LEFT.test(s.clip || '') ||
    clippedToNothing(s);
  /** Placed out of the flow and far out of the page (without layout, the only way styles say it). */
  const farOut = (s: CSSStyleDeclaration): boolean =>
    (s.position === 'absolute' || s.position === 'fixed') && FAR_OUT_PROPERTIES.some((p) => parseFloat(s[p] || '') <= FAR_OUT_PX);
  /** Could be moved or clipped away from where it sits in the flow: only these need a box. */
  const movable = (s: CSSStyleDeclaration): boolean =>
    (s.position !== '' && s.position !== 'static') || (s.transform !== '' && s.transform !== 'none') ||
    (s.overflow !== '' && s.overflow !== 'visible') || (s.clipPath !== '' && s.clipPath !== 'none') || (s.clip !== '' && s.clip !== 'auto');
  const boxGone = (el: Element, within: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width * box.height < 2) return true;
    const area = within.getBoundingClientRect();
    return box.right <= area.left || box.left >= area.right || box.bottom <= area.top || box.top >= area.bottom;
  };

  const look = (el: Element, within: Element): Look => {
    let found = looks.get(el);
    if (found) return found;
    const s = styleOf(el);
    if (hiddenByStyle(el, s)) found = 'hidden';
    else if (el !== within && (layout ? movable(s) && boxGone(el, within) : farOut(s))) found = 'hidden';
    else found = s.visibility === 'hidden' || s.visibility === 'collapse' ? 'own-text-hidden' : 'shown';
    looks.set(el, found);
    return found;
  };

  const shownHere = (el: Element): boolean => {
    const s = styleOf(el);
    if (hiddenByStyle(el, s)) return false;
    if (!layout) return !farOut(s);
    if (!movable(s)) return true;
    // Off the page altogether: left of or above its start, where no scrolling reaches.
    const box = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    return box.width * box.height >= 2 && box.right + (view?.scrollX ?? 0) > 0 && box.bottom + (view?.scrollY ?? 0) > 0;
  };
  const shown = (el: Element): boolean => {
    let known = shownCache.get(el);
    if (known !== undefined) return known;
    const s = styleOf(el);
    // visibility is inherited: the element's own value already says what its ancestors set.
    known = s.visibility !== 'hidden' && s.visibility !== 'collapse' && shownHere(el) && (el.parentElement === null || shown(el.parentElement));
    shownCache.set(el, known);
    return known;
  };
  return { look, shown };
}

/** Styles only: for unit tests and callers outside the content script. */
export const styleSight = (): Sight => makeSight({ layout: false });
