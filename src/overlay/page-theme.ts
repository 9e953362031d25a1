// Theme "auto" follows the page, not the operating system: an exchange in its dark theme on a light
// system would otherwise get white boxes. The colour behind a host is the background of its nearest
// ancestor that paints one (mostly opaque), up to <body> and <html>.

/** Relative luminance of an sRGB colour given as 0..255 channels (WCAG 2). */
function luminance(channels: number[]): number {
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** 'dark' or 'light' from the page's background behind `element`; null when no ancestor paints one. */
export function pageTheme(element: Element): 'dark' | 'light' | null {
  const view = element.ownerDocument.defaultView;
  for (let el: Element | null = element; el && view; el = el.parentElement) {
    const colour = view.getComputedStyle(el).backgroundColor;
    // "rgb(r, g, b)" or "rgba(r, g, b, a)"; anything else (transparent, other colour spaces) is skipped.
    const channels = /^rgba?\(/.test(colour) ? colour.match(/[\d.]+/g)?.map(Number) : undefined;
    if (!channels || channels.length < 3 || (channels[3] ?? 1) < 0.5) continue;
    // Where white text and black text contrast equally with it (WCAG): darker is a dark page.
    return luminance(channels.slice(0, 3)) < 0.179 ? 'dark' : 'light';
  }
  return null;
}
