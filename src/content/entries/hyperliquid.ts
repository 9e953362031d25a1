// The content script for hyperliquid's pages (manifest.json lists it with this adapter's matches).
import { hyperliquid } from '../../sites/hyperliquid';
import { runOnVenuePage } from '../run';

runOnVenuePage(hyperliquid);
