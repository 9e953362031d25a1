// The content script for binance-coinm's pages (manifest.json lists it with this adapter's matches).
import { binanceCoinm } from '../../venues/binance-coinm/page';
import { runOnVenuePage } from '../run';

runOnVenuePage(binanceCoinm);
