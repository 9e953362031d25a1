/** @jsxImportSource ./dom-jsx */
// One warning line. The message is page/worker text: rendered as a text node only. The severity
// shows as colour, weight and the icon's shape, never colour alone.
import type { Warning } from '../protocol/estimates';
import { severityOf } from './warning-severity';

export function WarningItem({ warning }: { warning: Warning }) {
  const severity = severityOf(warning.kind);
  return (
    <li class={`warning warning-${severity} warning-${warning.kind}`} data-liqcheck="warning" data-kind={warning.kind} data-side={warning.side} data-severity={severity}>
      <span class="warning-text">{warning.message}</span>
    </li>
  );
}
