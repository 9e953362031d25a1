// Popup <- injected script: the outline of the page's panels for a bug report ("Copy page layout").
// The script the popup injects on the click answers (src/inject/page-layout.ts); every digit and
// every text outside the adapter's labels is masked (src/sites/dom/page-layout.ts).

export interface PageLayoutAnswer {
  type: 'page-layout';
  /** The outline, one element a line. */
  layout: string;
  /** Elements in it. */
  elements: number;
  /** A size limit cut it short. */
  cut: boolean;
}

export function isPageLayoutAnswer(raw: unknown): raw is PageLayoutAnswer {
  const a = raw as Partial<PageLayoutAnswer> | null;
  return typeof a === 'object' && a !== null && a.type === 'page-layout' && typeof a.layout === 'string' && typeof a.elements === 'number' && typeof a.cut === 'boolean';
}
