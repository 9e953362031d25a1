// Binance's answer to GET /fapi/v1/exchangeInfo as a Go SDK keeps it recorded (data/sources/binance-usdm/
// exchange-info-BTCUSDT-2025-05-30.json, serverTime 1748597014323 = 2025-05-30), kept to the fields the
// parser reads. Parsed by the live parser without a fundingInfo answer: the tick and margin asset the
// worker falls back to before a fetch; the funding interval stays the venue's default.
import type { RecordedInstruments } from '../../market-data/recorded-answer';
import { parseUsdmInstrument } from './endpoints';

export const binanceUsdmRecordedExchangeInfo: RecordedInstruments = {
  date: '2025-05-30',
  source: 'github:jekaxv/go-binance@a0298d2d30198de88680b3c21614932fba50fa02:futures/market_test.go (recorded answer of https://fapi.binance.com/fapi/v1/exchangeInfo)',
  answer: {
    'symbols': [
      {
        'symbol': 'BTCUSDT',
        'marginAsset': 'USDT',
        'filters': [
          {
            'filterType': 'PRICE_FILTER',
            'tickSize': '0.10'
          }
        ]
      }
    ]
  },
  parse: (answer, symbol) => parseUsdmInstrument([answer], symbol),
};
