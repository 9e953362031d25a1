// A tier table pasted into the calculator: one tier per line, "floor, maintenance rate, maintenance
// amount, max leverage" (the last two may be empty), rates as fractions (0.004 = 0.4 %); or the JSON
// list the model takes. Checked by the same validator the worker applies to fetched tables.
import { validateTiers } from '../market-data/validate-tiers';
import { t } from '../i18n/t';
import type { Tier } from '../model/types';

export type ParsedTierText = { ok: true; tiers: Tier[] } | { ok: false; reason: string };

export function tiersToText(tiers: readonly Tier[]): string {
  return tiers.map((tier) => [tier.floor, tier.maintenanceMarginRate, tier.maintenanceAmount ?? '', tier.maxLeverage ?? ''].join(', ')).join('\n');
}

export function parseTierText(text: string): ParsedTierText {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: t('popup_tiersEmpty') };
  let raw: unknown;
  if (trimmed.startsWith('[')) {
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return { ok: false, reason: t('popup_tiersNotJson') };
    }
  } else {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
    const rows: Tier[] = [];
    for (const [i, line] of lines.entries()) {
      const [floor, rate, amount, leverage, extra] = line.split(/[,;\t]/).map((c) => c.trim());
      if (!floor || !rate || extra !== undefined) return { ok: false, reason: t('popup_tiersLine', i + 1) };
      rows.push({ floor, maintenanceMarginRate: rate, ...(amount ? { maintenanceAmount: amount } : {}), ...(leverage ? { maxLeverage: leverage } : {}) });
    }
    // Each tier ends where the next begins.
    raw = rows.map((r, i) => (rows[i + 1] ? { ...r, cap: rows[i + 1]!.floor } : r));
  }
  const checked = validateTiers(raw);
  return checked.ok ? { ok: true, tiers: checked.tiers } : { ok: false, reason: checked.reason };
}
