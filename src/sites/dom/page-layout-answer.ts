// The injected script's answer to the popup's "Copy page layout": this page's outline with the
// adapter's labels as the only texts shown.
import type { PageLayoutAnswer } from '../../protocol/page-layout';
import type { SiteAdapter } from '../types';
import { knownLabels, pageLayout } from './page-layout';

export function pageLayoutAnswer(adapter: SiteAdapter, doc: Document, skip: (el: Element) => boolean): PageLayoutAnswer {
  const { text, elements, cut } = pageLayout(doc, knownLabels(adapter), skip);
  return { type: 'page-layout', layout: text, elements, cut };
}
