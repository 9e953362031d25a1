// What declares a venue once: its id, its names, the pages it runs on, and the defaults no table
// gives. Data only (no page reader, no rule), so every runtime can import the registry cheaply.
import type { MessageKey } from '../i18n/catalog';

export interface VenueDeclaration {
  /** The venue's id everywhere: settings, messages, storage keys, the model's input. */
  id: string;
  /** Its name as exchanges and traders write it (the popup's lists, notes). */
  label: string;
  /** Its name in the options page, translated. */
  nameKey: MessageKey;
  /** manifest.json match patterns of its trading pages: its content script's matches and host permissions. */
  pageMatches: readonly string[];
  /** Hours between fundings by the venue's default (a symbol may differ). */
  fundingIntervalHours: string;
  /**
   * The shape of the venue's instrument symbols as its API spells them. Page text that fails it is
   * never requested nor stored (issue 17: a changing word in a cell became one request per variant).
   */
  symbolPattern: RegExp;
}
