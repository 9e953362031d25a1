// Bitget's answer to /api/v2/mix/market/contracts?productType=USDT-FUTURES&symbol=BTCUSDT as its API
// docs show it (data/sources/bitget/contracts-BTCUSDT-docs.json, requestTime 1695793701269 = 2023-09-27),
// kept to the fields the parser reads. Parsed by the live parser: the facts the worker falls back to.
import type { RecordedInstruments } from '../../market-data/recorded-answer';
import { parseBitgetContract } from './endpoints';

export const bitgetRecordedContracts: RecordedInstruments = {
  date: '2023-09-27',
  source: 'github:sebastianganser/Bitget_API@c21262e1973012792f10b2faa9a4dd223833f513:contract/market/Get-All-Symbols-Contracts.md (recorded answer of https://api.bitget.com/api/v2/mix/market/contracts?productType=USDT-FUTURES&symbol=BTCUSDT)',
  answer: {
    'code': '00000',
    'data': [
      {
        'symbol': 'BTCUSDT',
        'pricePlace': '1',
        'priceEndStep': '1',
        'fundInterval': '8'
      }
    ]
  },
  parse: parseBitgetContract,
};
