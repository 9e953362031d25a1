// The shape of a string in every locale Liqcheck ships. en is the source; zh_CN must be present.
export interface Message {
  en: string;
  zh_CN: string;
  /** For translators: where the string appears. */
  description?: string;
}

export type Messages = Record<string, Message>;

export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];
