// The Hyperliquid watch list: addresses typed one per line, saved to storage.local only when every
// one is valid. An invalid entry is an error in the form and is neither saved nor sent (issue 19).
import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { PrunableArea } from '../platform/key-value-area';
import { parseWatchList } from '../venues/hyperliquid/account/address';
import { writeWatchList } from '../venues/hyperliquid/account/watch-store';

export interface WatchListProps {
  initial: readonly string[];
  area: PrunableArea;
}

export function WatchList({ initial, area }: WatchListProps) {
  const [text, setText] = useState(initial.join('\n'));
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  const save = async () => {
    const parsed = parseWatchList(text);
    if (!parsed.ok) {
      setProblem(parsed.error);
      setStatus('');
      return;
    }
    setProblem('');
    try {
      await writeWatchList(area, parsed.addresses);
      setText(parsed.addresses.join('\n'));
      setStatus(t('watch_saved', parsed.addresses.length));
    } catch (error) {
      setStatus(t('watch_saveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <section aria-labelledby="section-watch" class="watch-list">
      <h2 id="section-watch">{t('watch_section')}</h2>
      <div class="field">
        <label for="watchAddresses">{t('watch_label')}</label>
        <textarea
          id="watchAddresses"
          rows={3}
          spellcheck={false}
          autoComplete="off"
          value={text}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? 'watchAddresses-hint watchAddresses-problem' : 'watchAddresses-hint'}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id="watchAddresses-hint" class="hint">{t('watch_hint')}</p>
        {problem ? <p id="watchAddresses-problem" class="problem" role="alert">{problem}</p> : null}
      </div>
      <div class="actions">
        <button type="button" id="watchSave" onClick={() => void save()}>
          {t('watch_save')}
        </button>
        <p class="status" role="status" aria-live="polite">{status}</p>
      </div>
    </section>
  );
}
