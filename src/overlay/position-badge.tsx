// The badge placed right after the exchange's Liq. Price cell: Liqcheck's estimate and the verdict,
// with the exchange's figure, reasons, assumptions and table date in the tooltip.
import { Fragment } from 'preact';
import type { PositionResult, TableInfo } from '../protocol/estimates';
import { displayedAttribute, displayedText, estimateText } from './estimate-text';
import { formatPercentMagnitude } from './format-decimal';

export interface PositionBadgeProps {
  /** The worker's answer for this row; null when there is none yet. */
  result: PositionResult | null;
  /** Waiting for the first answer: shows "checking…". */
  pending?: boolean;
  /** The last answer is too old to trust: shows "stale" and hides the number. */
  stale?: boolean;
  /** Identity to expose while there is no result. */
  symbol?: string;
  side?: string;
  locale?: string;
}

export function verdictText(result: PositionResult, locale?: string): string {
  if (result.verdict === 'agree') return 'agrees';
  if (result.verdict === 'differs') {
    const percent = result.differencePercent ? formatPercentMagnitude(result.differencePercent, locale) : null;
    return percent !== null ? `differs by ${percent} %` : withReason('differs', result.reasons);
  }
  return withReason('cannot verify', result.reasons);
}

function withReason(text: string, reasons: string[]): string {
  return reasons[0] ? `${text}: ${reasons[0]}` : text;
}

function detailLines(result: PositionResult, locale?: string): string[] {
  const lines = [
    `Liqcheck estimate: ${estimateText(result.estimate, result.displayed, locale)}`,
    `Exchange shows: ${displayedText(result.displayed, locale)}`,
    `Verdict: ${verdictText(result, locale)}`,
  ];
  if (result.reasons.length > 0) lines.push(`Why: ${result.reasons.join('; ')}`);
  if (result.assumptions.length > 0) lines.push(`Assumptions: ${result.assumptions.join('; ')}`);
  if (result.table) lines.push(result.table.ageDays === undefined ? `Undated tier table (${tableOrigin(result.table)})` : `Tier table of ${result.table.date} (${tableOrigin(result.table)})`);
  else if (result.tableDate) lines.push(`Tier table of ${result.tableDate}`);
  for (const warning of result.warnings ?? []) lines.push(`Note: ${warning.message}`);
  return lines;
}

function tableOrigin(table: TableInfo): string {
  return table.origin === 'fetched' && table.fetchedAt ? `fetched ${table.fetchedAt.slice(0, 16).replace('T', ' ')} UTC` : table.origin;
}

/** A few words for a market-data warning; the full message is in its tooltip. */
function tagText(kind: string, table: TableInfo | undefined): string {
  if (kind === 'stale-market-data') return table?.ageDays !== undefined ? `table ${table.ageDays} d old` : 'undated table';
  if (kind === 'market-data-refresh-failed') return 'refresh failed';
  return kind;
}

export function PositionBadge({ result, pending, stale, symbol, side, locale }: PositionBadgeProps) {
  if (stale || pending || !result) {
    const text = stale ? 'stale: no fresh estimate' : 'checking…';
    const title = stale
      ? 'Liqcheck has no fresh estimate for this position; the last one is not shown because it may be wrong.'
      : 'Liqcheck is computing its estimate.';
    return (
      <span
        class={`badge ${stale ? 'badge-stale' : 'badge-pending'}`}
        data-liqcheck="position"
        data-symbol={result?.symbol ?? symbol}
        data-side={result?.side ?? side}
        data-estimate="unknown"
        data-verdict="unknown"
        data-stale={stale ? 'true' : undefined}
        data-pending={!stale ? 'true' : undefined}
        title={title}
      >
        <span class="brand">Liqcheck</span> <span class="verdict">{text}</span>
      </span>
    );
  }

  const showValue = result.estimate !== 'unknown';
  return (
    <span
      class={`badge badge-${result.verdict}`}
      data-liqcheck="position"
      data-symbol={result.symbol}
      data-side={result.side}
      data-estimate={result.estimate}
      data-displayed={displayedAttribute(result.displayed)}
      data-verdict={result.verdict}
      title={detailLines(result, locale).join('\n')}
      // Focusable so keyboard users reach the details too; keys pressed here stop at the host.
      tabIndex={0}
    >
      {/* Spaces between the parts so copied text and screen readers get words, not "Liqcheck58,123.5agrees". */}
      <span class="brand">Liqcheck</span>{' '}
      {showValue && <><span class="value">{estimateText(result.estimate, result.displayed, locale)}</span>{' '}</>}
      <span class="verdict">{verdictText(result, locale)}</span>
      {(result.warnings ?? []).map((w) => (
        <Fragment key={w.kind}>
          {' '}
          <span class={`tag tag-${w.kind}`} data-liqcheck="warning" data-kind={w.kind} title={w.message}>
            {tagText(w.kind, result.table)}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
