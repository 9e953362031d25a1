// What the worker keeps per watched address (storage.local) and the popup shows. Decimals are strings.
import type { Dec } from '../../../model/types';
import type { EstimateValue, Verdict } from '../../../protocol/estimates';
import type { AccountMode } from './abstraction';

/** One perp position of clearinghouseState, checked (clearinghouse.ts). */
export interface HlPosition {
  coin: string;
  /** Signed size: the side is its sign. */
  szi: Dec;
  entryPx: Dec;
  /** |szi| x mark. */
  positionValue: Dec;
  marginMode: 'cross' | 'isolated';
  leverage: Dec;
  /** Isolated only: the isolated cash less szi x entryPx (reference §1.4). */
  rawUsd?: Dec;
  /** Hyperliquid's own figure; null when it says there is none. */
  liquidationPx: Dec | null;
  marginUsed: Dec;
  /** The asset's max leverage; older answers (2023) lack it. */
  maxLeverage?: Dec;
}

export interface HlAccount {
  /** The API's own time of the state (ms), when it sends one. */
  time?: number;
  positions: HlPosition[];
  /** crossMarginSummary: isolated positions left out (reference §1.5). */
  crossAccountValue: Dec;
  /** Missing in older answers (2023): then cross positions can't be checked. */
  crossMaintenanceMarginUsed?: Dec;
}

/** A position as the popup lists it: Liqcheck's estimate beside Hyperliquid's, and the verdict. */
export interface WatchedRow {
  coin: string;
  side: 'long' | 'short';
  size: Dec;
  marginMode: 'cross' | 'isolated';
  estimate: EstimateValue;
  hyperliquid: Dec | 'none';
  verdict: Verdict;
  differencePercent?: Dec;
  /** "Cannot verify" reasons (what is missing) or notes on a difference. */
  reasons: string[];
}

/** One good read of one dex's clearinghouse. */
export interface DexRead {
  fetchedAt: number;
  account: HlAccount;
  rows: WatchedRow[];
}

export interface Failure {
  at: number;
  reason: string;
}

/** A HIP-3 dex of this address: its last good read (with positions), and the failure since. */
export interface DexState {
  good?: DexRead;
  failure?: Failure;
}

export interface AccountState {
  /** The main dex's last good answer: kept through bad, slow, empty or absurd ones. */
  good?: DexRead;
  /** The last failure since that good answer, said beside it with its time. */
  failure?: Failure;
  /** After HTTP 429: no request to this address before `until`. */
  backoff?: { until: number; strikes: number };
  /** HIP-3 dexes by name ("xyz"): those where the address held a position, or whose read failed. */
  dexes?: Record<string, DexState>;
  /** When every HIP-3 dex was last asked whether this address has a position there. */
  scannedAt?: number;
  /** The account mode (userAbstraction), read while the address has cross positions. */
  mode?: { value: AccountMode; fetchedAt: number };
  modeFailure?: Failure;
}
