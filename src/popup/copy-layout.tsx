// "Copy page layout": asks the tab for the outline of the page's panels (numbers and texts other than
// the exchange's own labels masked there; a script injected on the click, src/popup/inject-layout.ts)
// and puts it on the clipboard, for a bug report about a page Liqcheck can't read.
import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { PageLayoutAnswer } from '../protocol/page-layout';

export interface CopyLayoutProps {
  /** The tab's answer; null when the page is no venue's. Rejects when the tab can't be asked. */
  ask: () => Promise<PageLayoutAnswer | null>;
  /** Puts text on the clipboard (navigator.clipboard.writeText). */
  write: (text: string) => Promise<void>;
}

type State = 'idle' | 'working' | 'copied' | 'copied-cut' | 'not-a-venue' | 'no-access' | 'failed';

const HEAD = 'Liqcheck page layout: every digit is #, every text but the exchange\'s labels is shown by its shape («aaa ###»)\n';

export function CopyLayout({ ask, write }: CopyLayoutProps) {
  const [state, setState] = useState<State>('idle');
  const [reason, setReason] = useState('');
  const copy = async () => {
    setState('working');
    let answer: PageLayoutAnswer | null;
    try {
      answer = await ask();
    } catch (error) {
      setReason(error instanceof Error ? error.message : String(error));
      return setState('no-access');
    }
    if (!answer) return setState('not-a-venue');
    try {
      await write(HEAD + answer.layout);
      setState(answer.cut ? 'copied-cut' : 'copied');
    } catch {
      setState('failed');
    }
  };
  const note =
    state === 'copied' ? t('popup_layoutCopied') : state === 'copied-cut' ? t('popup_layoutCopiedCut') : state === 'not-a-venue' ? t('popup_layoutNotAVenue') : state === 'no-access' ? t('popup_layoutNoAccess', reason) : state === 'failed' ? t('popup_layoutFailed') : null;
  return (
    <p class="copy-layout">
      <button type="button" data-liqcheck="copy-layout" title={t('popup_copyLayoutHint')} disabled={state === 'working'} onClick={() => void copy()}>
        {t('popup_copyLayout')}
      </button>{' '}
      {note !== null ? (
        <span class={state.startsWith('copied') ? 'muted' : 'problem'} role="status" data-liqcheck="copy-layout-status" data-state={state}>
          {note}
        </span>
      ) : null}
    </p>
  );
}
