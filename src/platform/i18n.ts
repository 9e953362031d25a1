// The browser's i18n API as the t() lookup: entry points call useMessages(browserMessages).
import type { Lookup } from '../i18n/t';
import { contentApi } from './content-api';

export const browserMessages: Lookup = (key, substitutions) => contentApi.getMessage(key, substitutions);

/** The browser's UI language (e.g. "zh-CN"): the locale for Intl number formats. */
export const uiLanguage = (): string => contentApi.getUILanguage();
