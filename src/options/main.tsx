// The options page: the trader's settings in storage.sync. The page follows the theme setting.
import { render } from 'preact';
import { useMessages } from '../i18n/t';
import { browserMessages, uiLanguage } from '../platform/i18n';
import type { Settings } from '../settings/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/store';
import { localArea } from '../platform/storage';
import { readWatchList } from '../venues/hyperliquid/account/watch-store';
import { OptionsForm } from './options-form';
import { WatchList } from './watch-list';
import './options.css';

useMessages(browserMessages);

function applyTheme(settings: Settings): void {
  document.documentElement.dataset.theme = settings.theme;
}

async function start(): Promise<void> {
  const locale = uiLanguage();
  document.documentElement.lang = locale;
  const settings = await loadSettings();
  const watched = await readWatchList(localArea).catch(() => []);
  applyTheme(settings);
  onSettingsChanged(applyTheme);
  const root = document.getElementById('app');
  if (root) {
    render(
      <>
        <OptionsForm initial={settings} save={saveSettings} locale={locale} />
        <WatchList initial={watched} area={localArea} />
      </>,
      root,
    );
  }
}

void start();
