// What marks Liqcheck's own nodes on a page: the overlay's hosts are custom elements named
// liqcheck-*. A script that does not hold the overlay (the injected "Copy page layout") knows them by name.
export const BADGE_TAG = 'liqcheck-badge';
export const ORDER_TAG = 'liqcheck-order';

/** True for our overlay's hosts (their shadow roots hang off them, so skipping the host skips all). */
export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('liqcheck-');
}
