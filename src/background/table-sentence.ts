// The tier table behind an estimate in a few words: its date and where it came from ("Tier table of
// 2026-09-16 (bundled)"). Written by the worker into each position of its answer (answer-words.ts);
// the overlay shows it in the badge's tooltip and the expanded view.
import { t } from '../i18n/t';
import type { PositionResult, TableInfo } from '../protocol/estimates';

function origin(table: TableInfo): string {
  if (table.origin === 'fetched') {
    return table.fetchedAt ? t('overlay_originFetchedAt', table.fetchedAt.slice(0, 16).replace('T', ' ')) : t('overlay_originFetched');
  }
  return t('overlay_originBundled');
}

export function tableSentence(result: Pick<PositionResult, 'table' | 'tableDate'>): string | null {
  const { table, tableDate } = result;
  if (table) return table.ageDays === undefined ? t('overlay_tableUndated', origin(table)) : t('overlay_tableOf', table.date, origin(table));
  return tableDate ? t('overlay_tableOfDate', tableDate) : null;
}
