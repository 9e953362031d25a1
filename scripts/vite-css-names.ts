// Short custom property names in the overlay's CSS as built: "--lc-fg-muted" becomes "--lcb". The
// source keeps the readable names; the names are the stylesheet's own (no script sets or reads one),
// so renaming every one of them, consistently, in the one file changes no colour. The "--lc" prefix
// stays, so the names still can't meet a page's own custom properties inherited into the shadow root.
import type { Plugin } from 'vite';
import { shortName } from './vite-short-keys';

/** Every --lc-* name in `css` renamed to --lc<a, b, …> in order of first appearance. */
export function shortenCssNames(css: string): string {
  const names = new Map<string, string>();
  return css.replace(/--lc-[a-z0-9-]+/g, (name) => {
    if (!names.has(name)) names.set(name, `--lc${shortName(names.size)}`);
    return names.get(name)!;
  });
}

/** Renames in the overlay's stylesheet, the one the content script inlines (src/overlay/overlay.css). */
export function cssNamesPlugin(): Plugin {
  return {
    name: 'liqcheck-css-names',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/overlay\/overlay\.css\?inline$/.test(id)) return null;
      return { code: shortenCssNames(code), map: null };
    },
  };
}
