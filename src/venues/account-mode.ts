// A venue's account modes as its page names them. The page reader looks for the names in the account
// panel and reports the mode it saw (only the texts travel in the content script); the worker decides
// from the rest whether Liqcheck's model covers it (src/background/account-mode-gate.ts).

/** Mode name -> what the page shows for it, in any language. The name is the answer's: "cannot verify: <name> account". */
export type AccountModeTexts = Readonly<Record<string, readonly string[]>>;

export interface AccountModes {
  texts: AccountModeTexts;
  /** The mode assumed when the page shows none: the venue's default, one the model covers. */
  assumed: string;
  /**
   * The modes whose estimates the model can't make: those of cross positions (the mode changes only
   * what the cross margin counts) or all of them (the whole account is margined as one).
   */
  notModelled: Readonly<Record<string, 'cross' | 'all'>>;
}
