// The reasons a reading could not become a model input, collected as the builders go (inputs.ts and
// the rules it uses, such as cross-from-equity.ts, share it without importing each other).
import { t } from '../i18n/t';
import type { Reading } from '../protocol/snapshot';

/**
 * Collects readings; remembers why the ones that failed could not be read. The adapter's reasons
 * already name the field as the page labels it; `about` says whose field it is when it isn't the
 * position the badge belongs to ("ETHUSDT, which shares the cross wallet").
 */
export class Needs {
  constructor(
    readonly reasons: string[] = [],
    private readonly prefix = '',
  ) {}
  /** The same list of reasons, with every reason said about another thing. */
  about(subject: string): Needs {
    const about = new Needs(this.reasons, `${subject}: `);
    about.wasMisread = this.wasMisread;
    return about;
  }
  get<T>(reading: Reading<T> | undefined, what: string): T | undefined {
    if (!reading) this.fail(t('worker_notOnPage', what));
    else if (!reading.ok) this.fail(reading.reason);
    else return reading.value;
    return undefined;
  }
  fail(reason: string): void {
    // The same field may be needed twice (entry price for the wallet and for the position).
    const said = `${this.prefix}${reason}`;
    if (!this.reasons.includes(said)) this.reasons.push(said);
  }
  /** A figure the page shows that no open position can have: read from the wrong place. */
  misread(reason: string): void {
    this.wasMisread.value = true;
    this.fail(reason);
  }
  get anyMisread(): boolean {
    return this.wasMisread.value;
  }
  // Shared with the Needs made by `about`, like the reasons.
  private wasMisread = { value: false };
}
