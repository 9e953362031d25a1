// Popup: this tab's read status, and the calculator (prefilled from the tab's order form when read).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import type { PageSnapshot } from '../protocol/snapshot';
import type { TabStatusAnswer } from '../protocol/tab-status';
import { Calculator } from './calculator';
import type { CalculatorForm } from './calculator-input';
import { TabStatusView } from './tab-status-view';
import './popup.css';

const DEFAULT_FORM: CalculatorForm = {
  venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', marginMode: 'isolated', size: '', entryPrice: '', leverage: '10', margin: '', wallet: '', markPrice: '',
};

/** The order form as read, where it was read, as calculator fields. */
function prefill(snapshot: PageSnapshot | null): CalculatorForm {
  const order = snapshot?.order;
  if (!snapshot || !order) return DEFAULT_FORM;
  const value = (r: { ok: boolean; value?: unknown } | undefined) => (r?.ok && typeof r.value === 'string' ? r.value : '');
  const size = order.size.ok && order.size.value.unit === 'base' ? order.size.value.amount : '';
  const mode = order.marginMode.ok ? order.marginMode.value : 'isolated';
  return {
    ...DEFAULT_FORM,
    venue: snapshot.venue,
    symbol: order.symbol,
    marginMode: mode,
    size,
    entryPrice: order.orderType.ok && order.orderType.value === 'market' ? value(snapshot.market.markPrice) : value(order.price),
    leverage: value(order.leverage) || DEFAULT_FORM.leverage,
    markPrice: value(snapshot.market.markPrice),
  };
}

async function askTab(): Promise<TabStatusAnswer | 'not-a-venue'> {
  try {
    // ?tab=<id> opens the popup as a page about another tab (tests, and "open in a tab").
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    const [active] = Number.isSafeInteger(requested) && requested > 0 ? [{ id: requested }] : await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === undefined) return 'not-a-venue';
    const answer = (await browser.tabs.sendMessage(active.id, { type: 'tab-status' })) as TabStatusAnswer | undefined;
    return answer?.type === 'tab-status' ? answer : 'not-a-venue';
  } catch {
    return 'not-a-venue'; // no content script in this tab
  }
}

function Popup() {
  const [status, setStatus] = useState<TabStatusAnswer | null | 'not-a-venue'>(null);
  useEffect(() => {
    void askTab().then(setStatus);
  }, []);
  const snapshot = status && status !== 'not-a-venue' ? status.snapshot : null;
  return (
    <main>
      <h1>Liqcheck</h1>
      <h2>This tab</h2>
      <TabStatusView status={status} />
      <h2>Calculator</h2>
      {status === null ? null : <Calculator initial={prefill(snapshot)} />}
      <p class="muted">An estimate from the venue's published rules and a snapshot of its tier tables; not trading advice.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
