// An account mode as a venue's page names it. The page reader looks for the names in the account
// panel and reports the one it saw; the worker decides from this declaration whether Liqcheck's
// model covers it (src/background/account-mode-gate.ts).
import type { Labels } from '../sites/dom/labels';

/** A venue's list: the first mode the model covers is the one assumed when the page shows none. */
export interface AccountMode {
  /** The mode's name in the answer: "cannot verify: <name> account". */
  name: string;
  /** What the page shows for it, per locale. */
  texts: Labels;
  /**
   * Which estimates the model can't make in this mode: those of cross positions (the mode changes
   * only what the cross margin counts) or all of them (the whole account is margined as one).
   * Absent: the model covers the mode.
   */
  notModelled?: 'cross' | 'all';
}
