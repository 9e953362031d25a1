// OKX's answer to /api/v5/public/instruments?instType=SWAP as recorded on 2025-10-24 (data/sources/okx/
// instruments-swap-2025-10-24.json, from nautilus_trader's test data), kept to the fields the parser
// reads. The worker parses it with the live parser: the instrument facts it falls back to before a fetch.
import type { RecordedInstruments } from '../../market-data/recorded-answer';
import { parseOkxInstrument } from './endpoints';

export const okxRecordedInstruments: RecordedInstruments = {
  date: '2025-10-24',
  source: 'github:nautechsystems/nautilus_trader@65cc3a56918b1e128134eeb643b22ca86ecefa52:crates/adapters/okx/test_data/http_get_instruments_swap.json (recorded answer of https://www.okx.com/api/v5/public/instruments?instType=SWAP)',
  answer: {
    'code': '0',
    'data': [
      {
        'instId': 'BTC-USD-SWAP',
        'ctType': 'inverse',
        'ctVal': '100',
        'tickSz': '0.1',
        'settleCcy': 'BTC'
      },
      {
        'instId': 'ETH-USDT-SWAP',
        'ctType': 'linear',
        'ctVal': '0.1',
        'tickSz': '0.01',
        'settleCcy': 'USDT'
      },
      {
        'instId': 'BTC-USDT-SWAP',
        'ctType': 'linear',
        'ctVal': '0.01',
        'tickSz': '0.1',
        'settleCcy': 'USDT'
      }
    ]
  },
  parse(answer, symbol) {
    const parsed = parseOkxInstrument(answer, symbol);
    return parsed.ok ? { ok: true, value: parsed.value.instrument ?? {} } : parsed;
  },
};
