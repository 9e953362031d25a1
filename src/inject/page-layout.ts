// Injected by the popup's "Copy page layout" (scripting.executeScript), only when the trader clicks
// it: kept out of the content script, which every venue page loads, for its size budget. It finds the
// adapter for this page's URL and outlines the page (masked: src/sites/dom/page-layout.ts). Its
// value is the script's last expression (vite.config.ts appends it), which executeScript hands back:
// the PageLayoutAnswer, or null on a page no adapter reads.
import { isOwnElement } from '../overlay/own-tags';
import type { PageLayoutAnswer } from '../protocol/page-layout';
import { adapterFor } from '../sites';
import { pageLayoutAnswer } from '../sites/dom/page-layout-answer';

function answer(): PageLayoutAnswer | null {
  const adapter = adapterFor(new URL(location.href));
  return adapter ? pageLayoutAnswer(adapter, document, isOwnElement) : null;
}

export default answer();
