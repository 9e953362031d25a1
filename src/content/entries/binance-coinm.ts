// The content script for binance-coinm's pages (manifest.json lists it with this adapter's matches).
import { binanceCoinm } from '../../sites/binance-coinm';
import { runOnVenuePage } from '../run';

runOnVenuePage(binanceCoinm);
