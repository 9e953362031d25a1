// The content script for bybit's pages (manifest.json lists it with this adapter's matches).
import { bybit } from '../../venues/bybit/page';
import { runOnVenuePage } from '../run';

runOnVenuePage(bybit);
