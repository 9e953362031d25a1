// Bybit's answer to /v5/market/instruments-info?category=linear&symbol=BTCUSDT as its v5 docs show it
// (data/sources/bybit/instruments-info-linear-BTCUSDT-docs.json, time 1735809771618 = 2025-01-02), kept to
// the fields the parser reads. Parsed by the live parser: the facts the worker falls back to before a fetch.
import type { RecordedInstruments } from '../../market-data/recorded-answer';
import { parseBybitInstrument } from './endpoints';

export const bybitRecordedInstruments: RecordedInstruments = {
  date: '2025-01-02',
  source: 'github:bybit-exchange/docs@b3f09bd5621e2b0edbb7639607d58b35de0c6505:docs/v5/market/instrument.mdx (recorded answer of https://api.bybit.com/v5/market/instruments-info?category=linear&symbol=BTCUSDT)',
  answer: {
    'retCode': 0,
    'result': {
      'list': [
        {
          'symbol': 'BTCUSDT',
          'priceFilter': {
            'tickSize': '0.10'
          },
          'fundingInterval': 480,
          'settleCoin': 'USDT'
        }
      ]
    }
  },
  parse: parseBybitInstrument,
};
