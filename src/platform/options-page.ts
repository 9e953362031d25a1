// The options page (options/index.html, manifest options_ui), opened the way each browser shows it.
import browser from './browser';

export const openOptionsPage = (): Promise<void> => browser.runtime.openOptionsPage();
