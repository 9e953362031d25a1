// This tab's read status: which parts of the page were read and what was missing, so a trader can
// tell when a site update broke reading.
import { describeStatus } from '../protocol/read-status';
import type { TabStatusAnswer } from '../protocol/tab-status';

export function TabStatusView({ status }: { status: TabStatusAnswer | null | 'not-a-venue' }) {
  if (status === null) return <p class="muted">Reading this tab…</p>;
  if (status === 'not-a-venue') return <p class="muted">Liqcheck reads the supported exchanges' trading pages; this tab is not one.</p>;
  return (
    <section aria-label="This tab">
      <p>
        {status.venue} · <strong>{status.symbol}</strong>
      </p>
      <ul class="status" data-liqcheck="read-status">
        {status.parts.map((part) => (
          <li key={part.part} class={part.read === part.total ? 'ok' : 'partial'} data-part={part.part}>
            {part.part}: {describeStatus(part)}
          </li>
        ))}
      </ul>
    </section>
  );
}
