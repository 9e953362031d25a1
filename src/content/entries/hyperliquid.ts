// The content script for hyperliquid's pages (manifest.json lists it with this adapter's matches).
import { hyperliquid } from '../../venues/hyperliquid/page';
import { runOnVenuePage } from '../run';

runOnVenuePage(hyperliquid);
