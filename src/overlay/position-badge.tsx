/** @jsxImportSource ./dom-jsx */
// The badge placed in the exchange's Liq. Price cell. Compact: Liqcheck's estimate and the verdict,
// with the exchange's figure, reasons, assumptions and table date in the tooltip. Expanded (the
// toggle): the likely cause, the figures at the mark, the risk view, assumptions and table.
import { Fragment } from './dom-jsx/jsx-runtime';
import { t } from '../i18n/t';
import type { PositionResult } from '../protocol/estimates';
import { displayedText, estimateText, sideText, withReason } from './estimate-text';
import { formatPercentMagnitude } from './format-decimal';
import { partialText, PositionDetails } from './position-details';
import { UnconfirmedMark, UnconfirmedNote } from './unconfirmed-mark';
import { warningNames } from './warning-names';
import { severityOf } from './warning-severity';

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
  /** The expanded view is open. */
  expanded?: boolean;
  onToggle?: () => void;
  /** Amounts show as "•••". */
  privacy?: boolean;
  /** The page reading behind this badge has not been checked against a real page: a quiet mark says so. */
  unconfirmed?: boolean;
}

/** "liquidates sooner than shown", "… later …", or "differs" when the worker could not tell the side. */
function differsText(result: Pick<PositionResult, 'direction'>): string {
  return t(result.direction === 'sooner' ? 'overlay_sooner' : result.direction === 'later' ? 'overlay_later' : 'overlay_verdictDiffers');
}

export function verdictText(result: Pick<PositionResult, 'verdict' | 'differencePercent' | 'reasons' | 'estimate' | 'displayed' | 'direction'>, locale?: string): string {
  if (result.verdict === 'agree') return t('overlay_verdictAgree');
  if (result.verdict === 'differs') {
    const percent = formatPercentMagnitude(result.differencePercent, locale);
    // Which way it cuts, where the worker knows the side: the words say it, the percentage stays.
    if (percent !== null) return result.direction ? t('overlay_byPercent', differsText(result), percent) : t('overlay_verdictDiffersBy', percent);
    return withReason(differsText(result), result.reasons);
  }
  return withReason(t('overlay_cannotVerify'), result.reasons);
}

/** The verdict in words for a screen reader: changes only when the verdict or its reason does, not with each tick. */
function verdictAnnouncement(result: PositionResult): string {
  const verdict =
    result.verdict === 'differs' ? withReason(differsText(result), result.likelyCause ? [result.likelyCause.message] : []) : verdictText(result);
  const said = t('overlay_announceBadge', result.symbol, sideText(result.side), verdict);
  return result.alert ? t('overlay_announceAlert', said) : said;
}

function detailLines(result: PositionResult, locale?: string): string[] {
  const separator = t('overlay_listSeparator');
  const lines = [
    t('overlay_lineEstimate', estimateText(result.estimate, result.displayed, locale)),
    t('overlay_lineExchange', displayedText(result.displayed, locale)),
    t('overlay_lineVerdict', verdictText(result, locale)),
  ];
  if (result.reasons.length > 0) lines.push(t('overlay_lineWhy', result.reasons.join(separator)));
  if (result.assumptions.length > 0) lines.push(t('overlay_lineAssumptions', result.assumptions.join(separator)));
  if (result.tableText) lines.push(result.tableText);
  if (result.partialLiquidation) lines.push(partialText(result, locale));
  for (const warning of result.warnings ?? []) lines.push(t('overlay_lineNote', warning.message));
  return lines;
}

export function PositionBadge({ result, pending, stale, symbol, side, locale, expanded, onToggle, privacy, unconfirmed }: PositionBadgeProps) {
  if (stale || pending || !result) {
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
        title={stale ? t('overlay_staleTitle') : t('overlay_checkingTitle')}
      >
        <span class="brand">{t('overlay_brand')}</span> <span class="verdict">{stale ? t('overlay_stale') : t('overlay_checking')}</span>
        {unconfirmed && <UnconfirmedMark />}
      </span>
    );
  }

  const showValue = result.estimate !== 'unknown';
  const cause = result.verdict === 'differs' ? result.likelyCause?.kind : undefined;
  const open = expanded === true;
  return (
    <>
      <span
        class={`badge badge-${result.verdict}${result.alert ? ' badge-alert' : ''}`}
        data-liqcheck="position"
        data-symbol={result.symbol}
        data-side={result.side}
        data-estimate={result.estimate}
        data-displayed={result.displayed ?? undefined}
        data-verdict={result.verdict}
        data-cause={cause}
        data-direction={result.verdict === 'differs' ? result.direction : undefined}
        data-partial={result.partialLiquidation ? 'true' : undefined}
        data-alert={result.alert ? 'true' : undefined}
        data-expanded={open}
        title={detailLines(result, locale).join('\n')}
      >
        {/* Spaces between the parts so copied text and screen readers get words, not "Liqcheck58,123.5agrees". */}
        <span class="brand">{t('overlay_brand')}</span>{' '}
        {showValue && <><span class="value">{estimateText(result.estimate, result.displayed, locale)}</span>{' '}</>}
        {/* "agrees" stays on one line; a difference or a reason wraps in a narrow cell rather than cover the next column. */}
        <span class={result.verdict === 'agree' ? 'verdict verdict-fixed' : 'verdict'}>{verdictText(result, locale)}</span>
        {result.alert && (
          <>
            {' '}
            <span class="tag tag-alert" data-liqcheck="alert" title={t('overlay_alertTitle')}>{t('overlay_alertTag')}</span>
          </>
        )}
        {unconfirmed && <UnconfirmedMark />}
        {/* The table's age and refresh state: one quiet mark, their words visually hidden beside it (for
            screen readers; the messages are in the tooltip and the expanded view). Anything louder (a stop
            beyond liquidation) stays in sight as a tag in its own look, its name shown. */}
        {result.warnings?.some((w) => severityOf(w.kind) === 'note') && <span class="mark" data-liqcheck="market-data" />}
        {result.warnings?.map((w) => {
          const severity = severityOf(w.kind);
          return (
            <Fragment key={w.kind}>
              {' '}
              <span class={severity === 'note' ? 'sr-only' : `tag warning-${severity}`} data-liqcheck="warning" data-kind={w.kind} data-severity={severity} title={severity === 'note' ? undefined : w.message}>
                {severity === 'note' ? w.message : warningNames([w])}
              </span>
            </Fragment>
          );
        })}
        {/* The label is an attribute and the chevron is CSS, so the badge's text stays the verdict. */}
        <button
          type="button"
          class="toggle"
          data-liqcheck="toggle"
          data-focus="toggle"
          aria-expanded={open}
          aria-controls={open ? 'lc-details' : undefined}
          aria-label={open ? t('overlay_hideDetails') : t('overlay_showDetails')}
          title={open ? t('overlay_hideDetails') : t('overlay_showDetails')}
          onClick={(event) => {
            // Rows on exchange pages are often clickable (open the chart, select the symbol).
            event.stopPropagation();
            onToggle?.();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && open) onToggle?.();
          }}
        />
      </span>
      {/* Outside the badge, so its words don't join the badge's text; role=status is polite. */}
      <span class="sr-only" role="status" aria-atomic="true">{verdictAnnouncement(result)}</span>
      {open && unconfirmed && <UnconfirmedNote />}
      {open && <PositionDetails id="lc-details" result={result} privacy={privacy === true} locale={locale} />}
    </>
  );
}
