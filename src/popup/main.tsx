// Popup: this tab's read status (and its masked page layout to copy), the calculator (prefilled from a position or the order form the tab
// read) and the risk tools, with a link to the settings.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledMarket, marketLookup } from '../market-data/lookup';
import { positionInput } from '../model-inputs/inputs';
import { TableStore } from '../market-data/table-store';
import { VolatilityStore } from '../volatility/volatility-store';
import { t, useMessages } from '../i18n/t';
import type { Venue } from '../model/types';
import browser from '../platform/browser';
import { browserMessages, uiLanguage } from '../platform/i18n';
import { openOptionsPage } from '../platform/options-page';
import { localArea } from '../platform/storage';
import type { PageSnapshot } from '../protocol/snapshot';
import type { TabStatusAnswer } from '../protocol/tab-status';
import type { PageLayoutAnswer } from '../protocol/page-layout';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { loadSettings } from '../settings/store';
import { Calculator } from './calculator';
import { DEFAULT_FORM, formFromInput, formFromOrder, type CalculatorForm } from './calculator-form';
import { termsFor } from './calculator-tables';
import { TabStatusView } from './tab-status-view';
import { CopyLayout } from './copy-layout';
import { injectLayout } from './inject-layout';
import { WatchedAccounts } from './watched-accounts';
import { onStorageChanged } from '../platform/storage';
import './popup.css';

useMessages(browserMessages);

interface Source {
  id: string;
  label: string;
  form: CalculatorForm | null;
  problem?: string;
}

/** What the calculator can be filled from: the order form, then each position row the tab read. */
async function sourcesOf(snapshot: PageSnapshot | null): Promise<Source[]> {
  if (!snapshot) return [];
  const sources: Source[] = [];
  const order = formFromOrder(snapshot, termsFor);
  if (order && order.size !== '') sources.push({ id: 'order', label: t('popup_prefillOrder'), form: order });
  const rows = snapshot.positions?.rows ?? [];
  if (rows.length > 0) {
    // The worker's own reading of the page, with the tier tables it fetched (else the bundled ones).
    const symbols = [...new Set(rows.map((r) => r.symbol))];
    const stored = await new TableStore(localArea).read(snapshot.venue, symbols).catch(() => null);
    const market = stored ? marketLookup(Date.now(), snapshot.venue, stored) : bundledMarket(Date.now());
    for (const row of rows) {
      const side = row.side.ok ? t(row.side.value === 'long' ? 'popup_long' : 'popup_short') : '?';
      const built = positionInput(snapshot, row, market);
      sources.push({ id: row.key, label: t('popup_prefillPosition', row.symbol, side), form: built.ok ? formFromInput(built.value, snapshot) : null, ...(built.ok ? {} : { problem: built.reasons.join('; ') }) });
    }
  }
  if (order && order.size === '' && sources.length === 0) sources.push({ id: 'order', label: t('popup_prefillOrder'), form: order });
  return sources;
}

/** The tab this popup is about: ?tab=<id> opens the popup as a page about another tab (tests, and "open in a tab"). */
async function tabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isSafeInteger(requested) && requested > 0) return requested;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

async function askTab(): Promise<TabStatusAnswer | 'not-a-venue'> {
  try {
    const id = await tabId();
    if (id === undefined) return 'not-a-venue';
    const answer = (await browser.tabs.sendMessage(id, { type: 'tab-status' })) as TabStatusAnswer | undefined;
    return answer?.type === 'tab-status' ? answer : 'not-a-venue';
  } catch {
    return 'not-a-venue'; // no content script in this tab
  }
}

/** The tab's masked page layout, or null when the page is no venue's; rejects when it can't be asked. */
async function askLayout(): Promise<PageLayoutAnswer | null> {
  const id = await tabId();
  if (id === undefined) return null;
  return injectLayout(id);
}

const writeClipboard = (text: string) => navigator.clipboard.writeText(text);

const volatilityFor = async (venue: Venue, symbol: string) => (await new VolatilityStore(localArea).read(venue, [symbol])).get(symbol)?.volatility;

function Popup() {
  const [status, setStatus] = useState<TabStatusAnswer | null | 'not-a-venue'>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [sources, setSources] = useState<Source[] | null>(null);
  const [chosen, setChosen] = useState<{ id: string; form: CalculatorForm } | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings).catch(() => undefined);
    void askTab().then(async (answer) => {
      setStatus(answer);
      const found = await sourcesOf(answer !== 'not-a-venue' ? answer.snapshot : null).catch(() => []);
      setSources(found);
      const first = found.find((s) => s.form);
      setChosen(first?.form ? { id: first.id, form: first.form } : { id: 'default', form: DEFAULT_FORM });
    });
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    document.documentElement.lang = uiLanguage();
  }, [settings.theme]);
  const problem = sources?.find((s) => s.id === chosen?.id)?.problem;
  return (
    <main>
      <header>
        <h1>Liqcheck</h1>
        <button type="button" class="link" onClick={() => void openOptionsPage().catch(() => undefined)}>
          {t('popup_openOptions')}
        </button>
      </header>
      <h2>{t('popup_thisTab')}</h2>
      <TabStatusView status={status} />
      {status !== null && status !== 'not-a-venue' ? <CopyLayout ask={askLayout} write={writeClipboard} /> : null}
      <h2>{t('popup_calculator')}</h2>
      {settings.privacyMode ? <p class="muted">{t('popup_privacyOn')}</p> : null}
      {sources && sources.length > 0 ? (
        <div class="prefill" role="group" aria-label={t('popup_prefillFrom')}>
          <span class="muted">{t('popup_prefillFrom')}</span>
          {sources.map((s) => (
            <button type="button" data-liqcheck="prefill" data-source={s.id} aria-pressed={chosen?.id === s.id} onClick={() => setChosen({ id: s.id, form: s.form ?? DEFAULT_FORM })}>
              {s.label}
            </button>
          ))}
        </div>
      ) : null}
      {problem ? <p class="problem">{t('popup_prefillFailed', problem)}</p> : null}
      {chosen ? <Calculator key={chosen.id} initial={chosen.form} privacy={settings.privacyMode} locale={uiLanguage()} volatilityFor={volatilityFor} /> : null}
      <WatchedAccounts area={localArea} subscribe={subscribeLocal} now={Date.now} privacy={settings.privacyMode} locale={uiLanguage()} />
      <p class="muted">{t('popup_disclaimer')}</p>
    </main>
  );
}

const subscribeLocal = (callback: () => void) => onStorageChanged('local', callback);

render(<Popup />, document.getElementById('app')!);
