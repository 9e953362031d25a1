// The content script for binance-usdm's pages (manifest.json lists it with this adapter's matches).
import { binanceUsdm } from '../../venues/binance-usdm/page';
import { runOnVenuePage } from '../run';

runOnVenuePage(binanceUsdm);
