// The settings form: every field saved as soon as it is valid; an invalid field shows why and keeps
// the last valid value saved.
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/catalog';
import type { Venue } from '../model/types';
import { venues } from '../venues';
import {
  ALERT_PERCENT_RULE,
  checkDecimal,
  COOLDOWN_MINUTES_RULE,
  HIGH_LEVERAGE_RULE,
  NEAR_ENTRY_RULE,
  TAKER_FEE_RULE,
  type DecimalRule,
} from '../settings/field-rules';
import { DEFAULT_SETTINGS, VENUES, type Settings, type Theme } from '../settings/settings';
import { DecimalField } from './decimal-field';
import { problemText } from './problem-text';

/** Each venue's name in the options page, from the registry. */
export const VENUE_NAME_KEYS = Object.fromEntries(venues.map((v) => [v.id, v.nameKey])) as Record<Venue, MessageKey>;

type Field = 'nearEntryPercent' | 'highLeverage' | 'alertPercent' | 'alertCooldownMinutes' | `fee:${Venue}`;

interface FieldSpec {
  rule: DecimalRule;
  example: string;
  /** Empty is allowed and means "not set" (fees: the venue's base rate). */
  optional?: boolean;
  apply(settings: Settings, value: string | undefined): Settings;
}

function spec(field: Field): FieldSpec {
  switch (field) {
    case 'nearEntryPercent':
      return { rule: NEAR_ENTRY_RULE, example: '5', apply: (s, v) => ({ ...s, nearEntryPercent: v! }) };
    case 'highLeverage':
      return { rule: HIGH_LEVERAGE_RULE, example: '20', apply: (s, v) => ({ ...s, highLeverage: v! }) };
    case 'alertPercent':
      return { rule: ALERT_PERCENT_RULE, example: '2', apply: (s, v) => ({ ...s, alertPercent: v! }) };
    case 'alertCooldownMinutes':
      return { rule: COOLDOWN_MINUTES_RULE, example: '15', apply: (s, v) => ({ ...s, alertCooldownMinutes: Number(v) }) };
    default: {
      const venue = field.slice('fee:'.length) as Venue;
      return {
        rule: TAKER_FEE_RULE,
        example: '0.05',
        optional: true,
        apply: (s, v) => {
          const { takerFeePercent: _old, ...rest } = s.venues[venue];
          return { ...s, venues: { ...s.venues, [venue]: v === undefined ? rest : { ...rest, takerFeePercent: v } } };
        },
      };
    }
  }
}

function textsOf(s: Settings): Record<Field, string> {
  const fees = Object.fromEntries(VENUES.map((v) => [`fee:${v}`, s.venues[v].takerFeePercent ?? '']));
  return {
    nearEntryPercent: s.nearEntryPercent,
    highLeverage: s.highLeverage,
    alertPercent: s.alertPercent,
    alertCooldownMinutes: String(s.alertCooldownMinutes),
    ...fees,
  } as Record<Field, string>;
}

export interface OptionsFormProps {
  initial: Settings;
  save(settings: Settings): Promise<void>;
  /** Intl locale for numbers in messages; undefined: the browser's. */
  locale?: string;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; detail: string };

export function OptionsForm({ initial, save, locale }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [texts, setTexts] = useState(() => textsOf(initial));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Saves in the order they were asked for: the last change wins in storage too.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const commit = (next: Settings) => {
    setSettings(next);
    const run = saving.current.then(() => save(next));
    saving.current = run.catch(() => undefined);
    run.then(
      () => setStatus({ kind: 'saved' }),
      (error: unknown) => setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
    );
  };

  const onText = (field: Field, text: string) => {
    setTexts((old) => ({ ...old, [field]: text }));
    const s = spec(field);
    if (s.optional && text.trim() === '') {
      setProblems((old) => ({ ...old, [field]: undefined }));
      commit(s.apply(settings, undefined));
      return;
    }
    const checked = checkDecimal(text, s.rule);
    if (!checked.ok) {
      setProblems((old) => ({ ...old, [field]: problemText(checked.problem, s.rule, s.example, locale) }));
      setStatus({ kind: 'invalid' });
      return;
    }
    setProblems((old) => ({ ...old, [field]: undefined }));
    commit(s.apply(settings, checked.value));
  };

  const field = (name: Field, label: string, extra: { hint?: string; placeholder?: string } = {}) => (
    <DecimalField id={name.replace(':', '-')} label={label} value={texts[name]} problem={problems[name]} onInput={(text) => onText(name, text)} {...extra} />
  );

  const reset = () => {
    const defaults = structuredClone(DEFAULT_SETTINGS);
    setTexts(textsOf(defaults));
    setProblems({});
    commit(defaults);
  };

  const statusText =
    status.kind === 'saved' ? t('options_saved') : status.kind === 'invalid' ? t('options_notSaved') : status.kind === 'failed' ? t('options_saveFailed', status.detail) : '';

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p class="hint">{t('options_intro')}</p>

      <section aria-labelledby="section-warnings">
        <h2 id="section-warnings">{t('options_sectionWarnings')}</h2>
        {field('nearEntryPercent', t('options_nearEntryLabel'))}
        {field('highLeverage', t('options_highLeverageLabel'))}
      </section>

      <section aria-labelledby="section-alerts">
        <h2 id="section-alerts">{t('options_sectionAlerts')}</h2>
        <div class="check">
          <input id="alertsEnabled" type="checkbox" checked={settings.alertsEnabled} onChange={(e) => commit({ ...settings, alertsEnabled: e.currentTarget.checked })} />
          <label for="alertsEnabled">{t('options_alertsEnabled')}</label>
        </div>
        {field('alertPercent', t('options_alertPercentLabel'))}
        {field('alertCooldownMinutes', t('options_cooldownLabel'), { hint: t('options_cooldownHint') })}
      </section>

      <section aria-labelledby="section-venues">
        <h2 id="section-venues">{t('options_sectionVenues')}</h2>
        <p class="hint">{t('options_venuesHint')}</p>
        {VENUES.map((venue) => {
          const name = t(VENUE_NAME_KEYS[venue]);
          return (
            <fieldset key={venue} class="venue" data-venue={venue}>
              <legend>{name}</legend>
              <div class="check">
                <input
                  id={`venue-${venue}`}
                  type="checkbox"
                  checked={settings.venues[venue].enabled}
                  onChange={(e) => commit({ ...settings, venues: { ...settings.venues, [venue]: { ...settings.venues[venue], enabled: e.currentTarget.checked } } })}
                />
                <label for={`venue-${venue}`}>{t('options_venueOn', name)}</label>
              </div>
              {field(`fee:${venue}`, t('options_takerFeeLabel', name), { placeholder: t('options_takerFeePlaceholder') })}
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="section-display">
        <h2 id="section-display">{t('options_sectionDisplay')}</h2>
        <div class="check">
          <input id="privacyMode" type="checkbox" checked={settings.privacyMode} onChange={(e) => commit({ ...settings, privacyMode: e.currentTarget.checked })} />
          <label for="privacyMode">{t('options_privacyMode')}</label>
        </div>
        <div class="check">
          <input id="compact" type="checkbox" checked={settings.compact} onChange={(e) => commit({ ...settings, compact: e.currentTarget.checked })} />
          <label for="compact">{t('options_compact')}</label>
        </div>
        <div class="field">
          <label for="theme">{t('options_themeLabel')}</label>
          <select id="theme" value={settings.theme} onChange={(e) => commit({ ...settings, theme: e.currentTarget.value as Theme })}>
            <option value="auto">{t('options_themeAuto')}</option>
            <option value="dark">{t('options_themeDark')}</option>
            <option value="light">{t('options_themeLight')}</option>
          </select>
        </div>
      </section>

      <div class="actions">
        <button type="button" onClick={reset}>
          {t('options_reset')}
        </button>
        <p id="status" class={`status status-${status.kind}`} role="status" aria-live="polite">
          {statusText}
        </p>
      </div>
    </main>
  );
}
