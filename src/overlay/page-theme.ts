// Theme "auto" follows the page, not the operating system: an exchange in its dark theme on a light
// system would otherwise get white boxes. The colour behind a host is the background of its nearest
// ancestor that paints one (mostly opaque), up to <body> and <html>.

/** 'dark' or 'light' from the page's background behind `element`; null when no ancestor paints one. */
export function pageTheme(element: Element): 'dark' | 'light' | null {
  const view = element.ownerDocument.defaultView;
  for (let el: Element | null = element; el && view; el = el.parentElement) {
    const colour = view.getComputedStyle(el).backgroundColor;
    // "rgb(r, g, b)" or "rgba(r, g, b, a)"; anything else (transparent, other colour spaces) is skipped.
    const [r, g, b, alpha = 1] = /^rgba?\(/.test(colour) ? colour.match(/[\d.]+/g)!.map(Number) : [];
    if (b === undefined || alpha < 0.5) continue;
    // Perceived brightness (ITU-R BT.601 weights, 0..255): below the middle is a dark page.
    return 0.299 * r! + 0.587 * g! + 0.114 * b < 128 ? 'dark' : 'light';
  }
  return null;
}
