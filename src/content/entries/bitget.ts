// The content script for bitget's pages (manifest.json lists it with this adapter's matches).
import { bitget } from '../../venues/bitget/page';
import { runOnVenuePage } from '../run';

runOnVenuePage(bitget);
