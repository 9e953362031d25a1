// The content script for bitget's pages (manifest.json lists it with this adapter's matches).
import { bitget } from '../../sites/bitget';
import { runOnVenuePage } from '../run';

runOnVenuePage(bitget);
