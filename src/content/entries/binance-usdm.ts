// The content script for binance-usdm's pages (manifest.json lists it with this adapter's matches).
import { binanceUsdm } from '../../sites/binance-usdm';
import { runOnVenuePage } from '../run';

runOnVenuePage(binanceUsdm);
