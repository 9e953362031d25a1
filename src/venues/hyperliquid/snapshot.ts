// Not generated yet: `npm run data:update` writes this file from the venue's public endpoints, which
// the build environment could not reach. A networked run fills in the 30 largest perpetuals; until
// then the tables come from src/venues/<venue>/tiers.ts (taken from the references) and live fetches.
import type { BundledTables } from '../../data/bundled-table';

export const hyperliquidSnapshot: BundledTables = {};
