/** @jsxImportSource ./dom-jsx */
// One warning line. The message is page/worker text: rendered as a text node only. The severity
// shows as colour, weight and the icon's shape, never colour alone.
import type { Warning } from '../protocol/estimates';
import { severityOf } from './warning-severity';

/** quiet: read by screen readers only (a note the panel shows as one mark). */
export function WarningItem({ warning, quiet }: { warning: Warning; quiet?: boolean }) {
  const severity = severityOf(warning.kind);
  return (
    <li class={`warning warning-${severity} warning-${warning.kind}${quiet ? ' sr-only' : ''}`} data-liqcheck="warning" data-kind={warning.kind} data-side={warning.side} data-severity={severity}>
      <span class="warning-text">{warning.message}</span>
    </li>
  );
}
