// The content script for okx's pages (manifest.json lists it with this adapter's matches).
import { okx } from '../../venues/okx/page';
import { runOnVenuePage } from '../run';

runOnVenuePage(okx);
