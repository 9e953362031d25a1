// One warning line. The message is page/worker text: rendered as a text node only.
import type { Warning } from '../protocol/estimates';

export function WarningItem({ warning }: { warning: Warning }) {
  return (
    <li class={`warning warning-${warning.kind}`} data-liqcheck="warning" data-kind={warning.kind} data-side={warning.side}>
      <span class="warning-text">{warning.message}</span>
    </li>
  );
}
